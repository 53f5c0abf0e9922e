package org.hetao.registry.agreement.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import org.hetao.registry.agreement.AgreementClauses;
import org.hetao.registry.agreement.AgreementDocument;
import org.hetao.registry.agreement.AgreementSection;
import org.hetao.registry.agreement.AgreementStatus;
import org.hetao.registry.agreement.Framework;
import org.hetao.registry.agreement.FrameworkLoader;
import org.hetao.registry.agreement.LanguageTerms;
import org.hetao.registry.agreement.Placeholders;
import org.hetao.registry.agreement.Script;

/**
 * Renders an {@link AgreementDocument} to PDF with OpenPDF, in the document's language(s) and
 * layout, with the framework version it names. The output is a function of the document alone:
 * the file identifier is derived from the agreement id and the document's content, the creation
 * and modification dates are the document's creation time, and the font subset prefixes are drawn
 * from a source seeded by the content, so the same document always gives the same bytes.
 */
public final class AgreementRenderer {
    private static final String PRODUCER = "Hetao Registry (" + Document.getVersion() + ")";

    private final FontLocator fontLocator;

    public AgreementRenderer(FontLocator fontLocator) {
        this.fontLocator = fontLocator;
    }

    /** A renderer with the CJK font of the setting {@code registry.cjk.font}, else the Debian package's. */
    public AgreementRenderer() {
        this(FontLocator.configured());
    }

    /** Renders with the framework version the document names, read from the class path. */
    public byte[] render(AgreementDocument doc) {
        return render(doc, FrameworkLoader.load(doc.frameworkVersion()));
    }

    /** Renders with {@code fw}, which must be the framework version the document names (e.g. one read from the database). */
    public byte[] render(AgreementDocument doc, Framework fw) {
        if (fw.version() != doc.frameworkVersion()) {
            throw new IllegalArgumentException("Agreement " + doc.agreementId() + " uses IP framework version "
                    + doc.frameworkVersion() + ", not " + fw.version());
        }
        Path fontFile = fontLocator.locate();
        List<AgreementSection> sections = AgreementClauses.of(fw, doc);
        byte[] contentId = md5(doc + "|framework " + fw.version() + "|" + fw.published());
        LanguageTerms language = doc.options().language();
        List<Script> scripts = language.language().scripts();
        PdfFonts fonts = PdfFonts.load(fontFile, language.language().chineseScript(), contentId);
        try {
            return render(doc, fw, sections, contentId, language, scripts, fonts);
        } finally {
            fonts.release();
        }
    }

    private static byte[] render(
            AgreementDocument doc,
            Framework fw,
            List<AgreementSection> sections,
            byte[] contentId,
            LanguageTerms language,
            List<Script> scripts,
            PdfFonts fonts) {
        RenderContext ctx = new RenderContext(fw, doc, fonts, scripts);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 56, 56, 54, 78);
        try {
            PdfWriter writer = fonts.writer(pdf, out);
            // justified English widens its spaces, hardly its letters; Chinese, having no spaces, widens between
            // characters
            writer.setSpaceCharRatio(50);
            writer.setPageEvent(new PageDecorations(
                    fonts,
                    scripts,
                    ctx.filled(
                            "footer",
                            Map.of(
                                    "agreementId",
                                    Placeholders.same(doc.agreementId()),
                                    "version",
                                    Placeholders.same(doc.version()),
                                    "frameworkVersion",
                                    Placeholders.same(fw.version()))),
                    fw.label("page"),
                    doc.status() == AgreementStatus.DRAFT ? fw.label("stamp.DRAFT") : null));
            pdf.open();
            describe(writer, doc, fw, contentId, scripts.get(0));
            FrontMatter.write(pdf, ctx);
            ClauseWriter clauses = new ClauseWriter(pdf, writer, fonts, language);
            for (int i = 0; i < sections.size(); i++) {
                clauses.write(i + 1, sections.get(i));
                PdfPTable table = table(ctx, sections.get(i).key());
                if (table != null) {
                    pdf.add(table);
                } else if (emptySchedule(doc, sections.get(i).key())) {
                    clauses.note(fw.label("none"));
                }
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(
                    "Cannot render agreement " + doc.agreementId() + " version " + doc.version(), e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(RenderContext ctx, String sectionKey) {
        AgreementDocument doc = ctx.doc();
        return switch (sectionKey) {
            case "parties" -> PartyTables.parties(ctx);
            case "project" -> ResultTables.project(ctx);
            case "backgroundIp" -> doc.backgroundIp().isEmpty() ? null : ResultTables.backgroundIp(ctx);
            case "ownership" -> ResultTables.ownership(ctx);
            case "inventors" -> doc.inventors().isEmpty() ? null : ResultTables.inventors(ctx);
            case "prosecution" -> ResultTables.filingParties(ctx);
            case "signatures" -> PartyTables.signatures(ctx);
            default -> null;
        };
    }

    private static boolean emptySchedule(AgreementDocument doc, String sectionKey) {
        return "backgroundIp".equals(sectionKey) && doc.backgroundIp().isEmpty()
                || "inventors".equals(sectionKey) && doc.inventors().isEmpty();
    }

    /** The document information dictionary and the trailer's file identifier, all fixed by the document. */
    private static void describe(
            PdfWriter writer, AgreementDocument doc, Framework fw, byte[] contentId, Script first) {
        PdfDictionary info = writer.getInfo();
        PdfDate created = new PdfDate(GregorianCalendar.from(doc.createdAt().atZone(ZoneOffset.UTC)));
        info.put(PdfName.CREATIONDATE, created);
        info.put(PdfName.MODDATE, created);
        info.put(PdfName.PRODUCER, new PdfString(PRODUCER));
        info.put(PdfName.CREATOR, new PdfString("Hetao Registry"));
        info.put(
                PdfName.TITLE,
                new PdfString(
                        first.pick(fw.title()) + " " + doc.agreementId() + " v" + doc.version(),
                        PdfObject.TEXT_UNICODE));
        info.put(
                PdfName.SUBJECT,
                new PdfString(
                        doc.project().code() + " · " + first.pick(doc.asset().title()), PdfObject.TEXT_UNICODE));
        // OpenPDF takes the trailer /ID from this entry: the first part names the agreement, the second this version's
        // content
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(md5("hetao-agreement|" + doc.agreementId()), contentId));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(first.tag()));
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every Java platform", e);
        }
    }
}
