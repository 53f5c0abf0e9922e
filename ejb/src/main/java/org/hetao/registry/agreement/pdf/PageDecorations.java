package org.hetao.registry.agreement.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.hetao.registry.agreement.Script;
import org.hetao.registry.common.LocalizedText;

/**
 * What every page carries: a footer with the agreement id, version and framework version,
 * "Page n of m" in each of the agreement's languages (m is written into a template once the last
 * page is known), and on a draft a large translucent "DRAFT" stamp.
 */
final class PageDecorations extends PdfPageEventHelper {
    private static final float TEMPLATE_WIDTH = 60;
    private static final float LINE = 10;
    /** Room below the baseline inside the template, for descenders. */
    private static final float DESCENT = 3;

    private static final Color STAMP = new Color(0xc0, 0x39, 0x2b);

    private final PdfFonts fonts;
    private final List<Script> scripts;
    private final List<Script> stampScripts;
    private final LocalizedText footer;
    private final LocalizedText pageLabel;
    private final LocalizedText stamp;
    private final List<PdfTemplate> totals = new ArrayList<>();

    /** {@code stamp} is the draft stamp text, or {@code null} for a document that is not a draft. */
    PageDecorations(
            PdfFonts fonts, List<Script> scripts, LocalizedText footer, LocalizedText pageLabel, LocalizedText stamp) {
        this.fonts = fonts;
        this.scripts = scripts;
        // "DRAFT" is always shown in English as well, so that any reader recognises it
        this.stampScripts = scripts.contains(Script.EN) ? scripts : List.of(Script.EN, scripts.get(0));
        this.footer = footer;
        this.pageLabel = pageLabel;
        this.stamp = stamp;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        for (int i = 0; i < scripts.size(); i++) {
            totals.add(writer.getDirectContent().createTemplate(TEMPLATE_WIDTH, LINE + DESCENT));
        }
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        if (stamp != null) {
            drawStamp(writer.getDirectContentUnder(), document);
        }
        PdfContentByte over = writer.getDirectContent();
        float y = document.bottom() - 24;
        float pageX = document.right() - 96;
        for (int i = 0; i < scripts.size(); i++) {
            Script script = scripts.get(i);
            float lineY = y - i * (LINE + 2);
            ColumnText.showTextAligned(
                    over,
                    Element.ALIGN_LEFT,
                    fonts.phrase(script.pick(footer), script, PdfFonts.SMALL, Font.NORMAL, PdfFonts.MUTED),
                    document.left(),
                    lineY,
                    0);
            String[] parts = split(script.pick(pageLabel));
            String before = parts[0].replace("{n}", Integer.toString(writer.getPageNumber()));
            BaseFont base = fonts.base(script);
            over.beginText();
            over.setFontAndSize(base, PdfFonts.SMALL);
            over.setColorFill(PdfFonts.MUTED);
            over.setTextMatrix(pageX, lineY);
            over.showText(before);
            over.endText();
            over.addTemplate(totals.get(i), pageX + base.getWidthPoint(before, PdfFonts.SMALL), lineY - DESCENT);
        }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        int total = writer.getPageNumber() - 1;
        for (int i = 0; i < scripts.size(); i++) {
            PdfTemplate t = totals.get(i);
            t.beginText();
            t.setFontAndSize(fonts.base(scripts.get(i)), PdfFonts.SMALL);
            t.setColorFill(PdfFonts.MUTED);
            t.setTextMatrix(0, DESCENT);
            t.showText(total + split(scripts.get(i).pick(pageLabel))[1]);
            t.endText();
        }
    }

    /** "Page {n} of {m}" becomes "Page {n} of " and the text after {m}. */
    private static String[] split(String label) {
        int at = label.indexOf("{m}");
        return new String[] {label.substring(0, at), label.substring(at + 3)};
    }

    private void drawStamp(PdfContentByte under, Document document) {
        under.saveState();
        PdfGState translucent = new PdfGState();
        translucent.setFillOpacity(0.13f);
        under.setGState(translucent);
        float cx = (document.left() + document.right()) / 2;
        float cy = (document.bottom() + document.top()) / 2;
        for (int i = 0; i < stampScripts.size(); i++) {
            Script script = stampScripts.get(i);
            float offset = (i - (stampScripts.size() - 1) / 2f) * -80;
            ColumnText.showTextAligned(
                    under,
                    Element.ALIGN_CENTER,
                    fonts.phrase(script.pick(stamp), script, 88, Font.NORMAL, STAMP),
                    cx + offset * 0.7071f,
                    cy - offset * 0.7071f,
                    45);
        }
        under.restoreState();
    }
}
