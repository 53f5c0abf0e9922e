package org.hetao.registry.agreement.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import org.hetao.registry.agreement.AgreementClause;
import org.hetao.registry.agreement.AgreementSection;
import org.hetao.registry.agreement.BilingualLayout;
import org.hetao.registry.agreement.LanguageTerms;
import org.hetao.registry.agreement.Script;
import org.hetao.registry.common.LocalizedText;

/**
 * Writes numbered sections in the agreement's language or languages: one language as plain
 * paragraphs; two languages either side by side (a two-column table per section) or clause by
 * clause (each paragraph in English, then in Chinese).
 */
final class ClauseWriter {
    static final float HEADING = 11;
    /** A section starts on a new page rather than leave its heading at the foot of one with less room than this. */
    private static final float MIN_ROOM = 72;

    private final Document pdf;
    private final PdfWriter writer;
    private final PdfFonts fonts;
    private final List<Script> scripts;
    private final BilingualLayout layout;

    ClauseWriter(Document pdf, PdfWriter writer, PdfFonts fonts, LanguageTerms language) {
        this.pdf = pdf;
        this.writer = writer;
        this.fonts = fonts;
        this.scripts = language.language().scripts();
        this.layout = language.layout();
    }

    void write(int number, AgreementSection section) throws DocumentException {
        if (writer.getVerticalPosition(true) - pdf.bottom() < MIN_ROOM) {
            pdf.newPage();
        }
        if (scripts.size() == 2 && layout == BilingualLayout.SIDE_BY_SIDE) {
            sideBySide(number, section);
            return;
        }
        for (Script s : scripts) {
            Paragraph heading =
                    fonts.paragraph(number + ". " + s.pick(section.heading()), s, HEADING, Font.BOLD, PdfFonts.TEXT);
            heading.setSpacingBefore(s == scripts.get(0) ? 10 : 0);
            heading.setSpacingAfter(3);
            heading.setKeepTogether(true);
            pdf.add(heading);
        }
        List<AgreementClause> clauses = section.clauses();
        for (int i = 0; i < clauses.size(); i++) {
            for (Script s : scripts) {
                Paragraph p = paragraph(
                        label(number, i, clauses.size()), clauses.get(i).text(), s);
                p.setSpacingAfter(s == scripts.get(scripts.size() - 1) ? 6 : 3);
                pdf.add(p);
            }
        }
    }

    /** A bilingual label line or short text written once in each script, e.g. under a table. */
    void note(LocalizedText text) throws DocumentException {
        for (Script s : scripts) {
            Paragraph p = fonts.paragraph(s.pick(text), s, PdfFonts.SMALL, Font.NORMAL, PdfFonts.MUTED);
            p.setSpacingAfter(2);
            pdf.add(p);
        }
    }

    private void sideBySide(int number, AgreementSection section) throws DocumentException {
        PdfPTable t = PdfTables.table(1, 1);
        t.setSpacingBefore(8);
        t.setSpacingAfter(2);
        for (Script s : scripts) {
            Paragraph heading =
                    fonts.paragraph(number + ". " + s.pick(section.heading()), s, HEADING, Font.BOLD, PdfFonts.TEXT);
            t.addCell(column(heading, s));
        }
        List<AgreementClause> clauses = section.clauses();
        for (int i = 0; i < clauses.size(); i++) {
            for (Script s : scripts) {
                t.addCell(column(
                        paragraph(
                                label(number, i, clauses.size()), clauses.get(i).text(), s),
                        s));
            }
        }
        pdf.add(t);
    }

    private PdfPCell column(Paragraph content, Script script) {
        PdfPCell c = PdfTables.plain(content);
        if (script == scripts.get(0)) {
            c.setBorder(Rectangle.RIGHT);
            c.setBorderColor(PdfTables.RULE);
            c.setBorderWidth(0.5f);
            c.setPaddingRight(9);
        } else {
            c.setPaddingLeft(9);
            c.setPaddingRight(0);
        }
        return c;
    }

    /**
     * Chinese is justified by spacing its characters evenly. English is justified by its spaces
     * across the page, but set ragged-right in a narrow column, where justified lines gape.
     */
    private Paragraph paragraph(String label, LocalizedText text, Script s) {
        Paragraph p = fonts.paragraph(label + s.pick(text), s, PdfFonts.BODY, Font.NORMAL, PdfFonts.TEXT);
        boolean narrow = scripts.size() == 2 && layout == BilingualLayout.SIDE_BY_SIDE;
        p.setAlignment(s.isChinese() || !narrow ? Element.ALIGN_JUSTIFIED : Element.ALIGN_LEFT);
        return p;
    }

    /** "3.2 " for the second of several paragraphs of section 3; nothing for a section's only paragraph. */
    private static String label(int section, int index, int count) {
        return count == 1 ? "" : section + "." + (index + 1) + "  ";
    }
}
