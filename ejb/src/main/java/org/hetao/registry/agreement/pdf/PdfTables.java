package org.hetao.registry.agreement.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/** The few table styles of an agreement: ruled data tables with a shaded header row, and borderless layout tables. */
final class PdfTables {
    static final Color RULE = new Color(0xb8, 0xbe, 0xc6);
    static final Color HEADER = new Color(0xe9, 0xee, 0xf4);

    private PdfTables() {}

    /** A full-width table with relative column widths that may break between (and inside) rows. */
    static PdfPTable table(float... widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSplitLate(false);
        t.setSpacingBefore(4);
        t.setSpacingAfter(8);
        return t;
    }

    /** A short table, moved whole to the next page rather than split when it does not fit. */
    static PdfPTable compact(float... widths) {
        PdfPTable t = table(widths);
        t.setKeepTogether(true);
        return t;
    }

    static PdfPCell header(Phrase content) {
        PdfPCell c = cell(content);
        c.setBackgroundColor(HEADER);
        return c;
    }

    static PdfPCell cell(Phrase content) {
        PdfPCell c = new PdfPCell(content);
        c.setBorderColor(RULE);
        c.setBorderWidth(0.5f);
        c.setPadding(4);
        c.setPaddingBottom(5);
        c.setVerticalAlignment(Element.ALIGN_TOP);
        return c;
    }

    static PdfPCell rightAligned(Phrase content) {
        PdfPCell c = cell(content);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    /** A cell without borders, for laying text out in columns. */
    static PdfPCell plain(Element content) {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        c.setPaddingRight(8);
        c.setPaddingBottom(5);
        c.addElement(content);
        return c;
    }
}
