package org.hetao.registry.agreement.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.hetao.registry.agreement.Party;
import org.hetao.registry.agreement.Script;

/** The parties table (names in English and Chinese, where established, who signs) and the signature blocks. */
final class PartyTables {
    private PartyTables() {}

    static PdfPTable parties(RenderContext ctx) {
        PdfPTable t = PdfTables.compact(10, 27, 26, 13, 24);
        t.setHeaderRows(1);
        for (String key : new String[] {
            "column.code", "column.legalNameEn", "column.legalNameZh", "column.jurisdiction", "column.signatory"
        }) {
            t.addCell(PdfTables.header(ctx.header(key)));
        }
        for (Party p : ctx.doc().parties()) {
            t.addCell(PdfTables.cell(ctx.plain(p.code())));
            t.addCell(PdfTables.cell(ctx.partyName(p, false)));
            t.addCell(PdfTables.cell(ctx.chineseName(p)));
            t.addCell(PdfTables.cell(ctx.label("jurisdiction." + p.jurisdiction())));
            t.addCell(PdfTables.cell(ctx.plain(p.signatoryName() + "\n" + p.signatoryTitle())));
        }
        return t;
    }

    /** One block per party, two to a row: "Signed for and on behalf of", the name, then lines to sign on. */
    static PdfPTable signatures(RenderContext ctx) {
        PdfPTable t = PdfTables.table(1, 1);
        t.setSpacingBefore(10);
        // a signature block is never split across two pages
        t.setSplitRows(false);
        for (Party p : ctx.doc().parties()) {
            t.addCell(block(ctx, p));
        }
        if (ctx.doc().parties().size() % 2 == 1) {
            t.addCell(PdfTables.plain(ctx.paragraph(ctx.plain(" "))));
        }
        return t;
    }

    private static PdfPCell block(RenderContext ctx, Party p) {
        PdfPCell c = new PdfPCell();
        c.setBorderColor(PdfTables.RULE);
        c.setBorderWidth(0.5f);
        c.setPadding(8);
        c.addElement(ctx.paragraph(ctx.lines(ctx.fw().label("signedFor"), PdfFonts.SMALL, Font.NORMAL)));
        c.addElement(ctx.paragraph(ctx.partyName(p, true)));
        c.addElement(line(ctx, "signature", null, 26));
        c.addElement(line(ctx, "name", p.signatoryName(), 8));
        c.addElement(line(ctx, "title", p.signatoryTitle(), 8));
        c.addElement(line(ctx, "date", null, 12));
        return c;
    }

    /** "Signature / 簽署: ________" or "Name / 姓名: Chan Tai Man". */
    private static Paragraph line(RenderContext ctx, String labelKey, String value, float spaceBefore) {
        Paragraph p = ctx.paragraph(ctx.fonts().phrase(PdfFonts.BODY));
        p.setSpacingBefore(spaceBefore);
        String label = String.join(
                " / ",
                ctx.scripts().stream()
                        .map(s -> s.pick(ctx.fw().label(labelKey)))
                        .toList());
        Script labelScript = ctx.scripts().get(ctx.scripts().size() - 1);
        p.add(ctx.fonts().chunk(label + ": ", labelScript, PdfFonts.SMALL, Font.NORMAL, PdfFonts.MUTED));
        if (value == null) {
            p.add(ctx.fonts()
                    .chunk("______________________________", Script.EN, PdfFonts.BODY, Font.NORMAL, PdfFonts.MUTED));
        } else {
            p.add(ctx.fonts().chunk(value, Script.EN, PdfFonts.BODY, Font.NORMAL));
        }
        p.setAlignment(Element.ALIGN_LEFT);
        return p;
    }

    static Phrase party(RenderContext ctx, String partyCode) {
        return ctx.partyName(ctx.doc().party(partyCode), true);
    }
}
