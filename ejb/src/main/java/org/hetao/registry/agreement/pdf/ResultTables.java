package org.hetao.registry.agreement.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hetao.registry.agreement.AgreementDocument;
import org.hetao.registry.agreement.BackgroundIp;
import org.hetao.registry.agreement.Filing;
import org.hetao.registry.agreement.FilingJurisdiction;
import org.hetao.registry.agreement.Inventor;
import org.hetao.registry.agreement.PartyShare;
import org.hetao.registry.agreement.Placeholders;
import org.hetao.registry.agreement.ProsecutionTerms;
import org.hetao.registry.agreement.Script;
import org.hetao.registry.common.BasisPoints;
import org.hetao.registry.common.LocalizedText;

/** The tables about the results: the project and result, Background IP, ownership shares, inventors, filing parties. */
final class ResultTables {
    private ResultTables() {}

    static PdfPTable project(RenderContext ctx) {
        AgreementDocument doc = ctx.doc();
        PdfPTable t = PdfTables.compact(22, 78);
        row(
                t,
                ctx,
                "column.project",
                withCode(ctx, doc.project().code(), doc.project().title()));
        row(t, ctx, "column.result", ctx.text(doc.asset().title()));
        row(t, ctx, "column.type", ctx.label("assetType." + doc.asset().type()));
        Phrase filings = ctx.fonts().phrase(PdfFonts.BODY);
        if (doc.asset().filings().isEmpty()) {
            filings.add(ctx.label("filing.pending"));
        }
        for (Filing f : doc.asset().filings()) {
            if (!filings.isEmpty()) {
                filings.add(ctx.fonts().chunk("\n", Script.EN, PdfFonts.BODY, Font.NORMAL));
            }
            filings.add(filing(ctx, f));
        }
        row(t, ctx, "column.filings", filings);
        return t;
    }

    static PdfPTable backgroundIp(RenderContext ctx) {
        PdfPTable t = PdfTables.compact(30, 42, 28);
        t.setHeaderRows(1);
        header(t, ctx, "column.party", "column.backgroundIp", "column.access");
        for (BackgroundIp b : ctx.doc().backgroundIp()) {
            t.addCell(PdfTables.cell(PartyTables.party(ctx, b.party())));
            t.addCell(PdfTables.cell(ctx.text(b.description())));
            t.addCell(PdfTables.cell(ctx.label("access." + b.access())));
        }
        return t;
    }

    static PdfPTable ownership(RenderContext ctx) {
        PdfPTable t = PdfTables.compact(75, 25);
        t.setHeaderRows(1);
        header(t, ctx, "column.owner", "column.share");
        for (PartyShare s : ctx.doc().owners()) {
            t.addCell(PdfTables.cell(PartyTables.party(ctx, s.party())));
            t.addCell(PdfTables.rightAligned(ctx.plain(BasisPoints.percent(s.basisPoints()))));
        }
        total(
                t,
                ctx,
                ctx.doc().owners().stream().mapToInt(PartyShare::basisPoints).sum(),
                1);
        return t;
    }

    static PdfPTable inventors(RenderContext ctx) {
        PdfPTable t = PdfTables.compact(25, 35, 16, 24);
        t.setHeaderRows(1);
        header(t, ctx, "column.inventor", "column.party", "column.contribution", "column.place");
        for (Inventor i : ctx.doc().inventors()) {
            t.addCell(PdfTables.cell(ctx.plain(i.name())));
            t.addCell(PdfTables.cell(PartyTables.party(ctx, i.party())));
            t.addCell(PdfTables.rightAligned(ctx.plain(BasisPoints.percent(i.contributionBasisPoints()))));
            t.addCell(PdfTables.cell(ctx.label(i.place() == null ? "notRecorded" : "place." + i.place())));
        }
        total(
                t,
                ctx,
                ctx.doc().inventors().stream()
                        .mapToInt(Inventor::contributionBasisPoints)
                        .sum(),
                2);
        return t;
    }

    /** The filing party per jurisdiction: those the options name, and the asset's filings no one is named for. */
    static PdfPTable filingParties(RenderContext ctx) {
        ProsecutionTerms p = ctx.doc().options().prosecution();
        List<FilingJurisdiction> jurisdictions = new ArrayList<>();
        p.filingParties().forEach(a -> jurisdictions.add(a.jurisdiction()));
        ctx.doc().asset().filings().stream()
                .map(Filing::jurisdiction)
                .filter(j -> !jurisdictions.contains(j))
                .distinct()
                .forEach(jurisdictions::add);
        if (jurisdictions.isEmpty()) {
            return null;
        }
        PdfPTable t = PdfTables.compact(40, 60);
        t.setHeaderRows(1);
        header(t, ctx, "column.filingJurisdiction", "column.filingParty");
        for (FilingJurisdiction j : jurisdictions) {
            t.addCell(PdfTables.cell(ctx.label("filingJurisdiction." + j)));
            t.addCell(PdfTables.cell(
                    p.filingParty(j).map(code -> PartyTables.party(ctx, code)).orElseGet(() -> ctx.label("notNamed"))));
        }
        return t;
    }

    /**
     * One filing, in each of the document's scripts on its own line: the office, the application
     * number, when it was filed and, where it says more than that, its status ("granted").
     */
    private static Phrase filing(RenderContext ctx, Filing f) {
        Phrase p = ctx.fonts().phrase(PdfFonts.BODY);
        List<String> shown = new ArrayList<>();
        for (Script s : ctx.scripts()) {
            String office = s.pick(ctx.fw().label("filingJurisdiction." + f.jurisdiction()));
            String rest = details(ctx, f, s);
            if (shown.contains(office + rest)) {
                continue;
            }
            p.add(ctx.fonts().chunk((shown.isEmpty() ? "" : "\n") + office, s, PdfFonts.BODY, Font.BOLD));
            p.add(ctx.fonts().chunk(rest, s, PdfFonts.BODY, Font.NORMAL));
            shown.add(office + rest);
        }
        return p;
    }

    private static String details(RenderContext ctx, Filing f, Script s) {
        String separator = s.pick(ctx.fw().label("enumSeparator"));
        StringBuilder rest = new StringBuilder();
        if (f.applicationNumber() != null) {
            rest.append(separator).append(f.applicationNumber());
        }
        if (f.filingDate() != null) {
            rest.append(separator)
                    .append(s.pick(ctx.filled("filedOn", Map.of("date", Placeholders.same(f.filingDate())))));
        }
        String status = f.status() == null ? null : f.status().toUpperCase(Locale.ROOT);
        // "filed" beside the filing date says nothing more; any other status does
        if (status != null && !(status.equals("FILED") && f.filingDate() != null)) {
            rest.append(separator)
                    .append(
                            ctx.fw().labels().containsKey("filingStatus." + status)
                                    ? s.pick(ctx.fw().label("filingStatus." + status))
                                    : f.status());
        }
        return rest.toString();
    }

    private static Phrase withCode(RenderContext ctx, String code, LocalizedText title) {
        Phrase p = ctx.fonts().phrase(PdfFonts.BODY);
        p.add(ctx.fonts().chunk(code + "\n", Script.EN, PdfFonts.BODY, Font.BOLD));
        p.add(ctx.text(title));
        return p;
    }

    private static void row(PdfPTable t, RenderContext ctx, String labelKey, Phrase value) {
        t.addCell(PdfTables.header(ctx.header(labelKey)));
        t.addCell(PdfTables.cell(value));
    }

    private static void header(PdfPTable t, RenderContext ctx, String... labelKeys) {
        for (String key : labelKeys) {
            t.addCell(PdfTables.header(ctx.header(key)));
        }
    }

    private static void total(PdfPTable t, RenderContext ctx, int basisPoints, int labelColumns) {
        for (int i = 0; i < labelColumns; i++) {
            t.addCell(PdfTables.header(i == 0 ? ctx.header("total") : ctx.plain("")));
        }
        t.addCell(PdfTables.rightAligned(
                ctx.lines(Placeholders.same(BasisPoints.percent(basisPoints)), PdfFonts.BODY, Font.BOLD)));
        for (int i = labelColumns + 1; i < t.getNumberOfColumns(); i++) {
            t.addCell(PdfTables.header(ctx.plain("")));
        }
    }
}
