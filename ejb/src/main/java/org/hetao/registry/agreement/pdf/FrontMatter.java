package org.hetao.registry.agreement.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.hetao.registry.agreement.AgreementDocument;
import org.hetao.registry.agreement.AgreementStatus;
import org.hetao.registry.agreement.AgreementWarning;
import org.hetao.registry.agreement.Placeholders;
import org.hetao.registry.agreement.Script;

/** The opening of an agreement: title, identification, the template notice and, on a draft, the warnings box. */
final class FrontMatter {
    private static final Color WARNING_BORDER = new Color(0xd9, 0x8c, 0x1f);
    private static final Color WARNING_FILL = new Color(0xfd, 0xf5, 0xe6);

    private FrontMatter() {}

    static void write(Document pdf, RenderContext ctx) throws DocumentException {
        AgreementDocument doc = ctx.doc();
        for (Script s : ctx.scripts()) {
            Paragraph title = ctx.fonts().paragraph(s.pick(ctx.fw().title()), s, 18, Font.BOLD, PdfFonts.TEXT);
            title.setAlignment(Element.ALIGN_CENTER);
            pdf.add(title);
        }
        Paragraph subtitle = ctx.paragraph(ctx.lines(
                ctx.filled(
                        "subtitle",
                        Map.of("projectCode", Placeholders.same(doc.project().code()))),
                11,
                Font.NORMAL));
        subtitle.setAlignment(Element.ALIGN_CENTER);
        subtitle.setSpacingAfter(10);
        pdf.add(subtitle);

        PdfPTable meta = PdfTables.table(22, 78);
        row(meta, ctx, "agreement", ctx.plain(doc.agreementId()));
        row(meta, ctx, "version", ctx.plain(Integer.toString(doc.version())));
        row(meta, ctx, "status", ctx.label("status." + doc.status()));
        row(
                meta,
                ctx,
                "framework",
                ctx.lines(
                        ctx.filled(
                                "frameworkValue",
                                Map.of(
                                        "frameworkVersion",
                                                Placeholders.same(ctx.fw().version()),
                                        "published", Placeholders.same(ctx.fw().published()))),
                        PdfFonts.BODY,
                        Font.NORMAL));
        row(
                meta,
                ctx,
                "created",
                ctx.plain(doc.createdAt().atOffset(ZoneOffset.UTC).toLocalDate().toString()));
        pdf.add(meta);

        Paragraph notice = ctx.paragraph(ctx.lines(ctx.fw().templateNotice(), PdfFonts.SMALL, Font.NORMAL));
        notice.setSpacingAfter(6);
        pdf.add(notice);

        if (doc.status() == AgreementStatus.DRAFT) {
            pdf.add(warnings(ctx));
        }
    }

    private static PdfPTable warnings(RenderContext ctx) {
        PdfPTable box = PdfTables.table(1);
        box.setSpacingBefore(4);
        PdfPCell c = new PdfPCell();
        c.setBorderColor(WARNING_BORDER);
        c.setBorderWidth(1.2f);
        c.setBackgroundColor(WARNING_FILL);
        c.setPadding(8);
        c.addElement(ctx.paragraph(ctx.lines(ctx.fw().label("warnings.title"), 10, Font.BOLD)));
        List<AgreementWarning> warnings = ctx.doc().warnings();
        if (warnings.isEmpty()) {
            c.addElement(ctx.paragraph(ctx.label("warnings.none")));
        }
        for (AgreementWarning w : warnings) {
            Paragraph title = ctx.fonts().paragraph(ctx.lines(w.title(), PdfFonts.SMALL, Font.BOLD));
            title.setSpacingBefore(5);
            c.addElement(title);
            for (Script s : ctx.scripts()) {
                Paragraph text = ctx.fonts().paragraph(s.pick(w.text()), s, PdfFonts.SMALL, Font.NORMAL, PdfFonts.TEXT);
                text.setIndentationLeft(8);
                text.setSpacingAfter(2);
                c.addElement(text);
            }
        }
        box.addCell(c);
        return box;
    }

    private static void row(PdfPTable t, RenderContext ctx, String labelKey, Phrase value) {
        t.addCell(PdfTables.header(ctx.header(labelKey)));
        t.addCell(PdfTables.cell(value));
    }
}
