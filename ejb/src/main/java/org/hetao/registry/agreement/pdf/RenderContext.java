package org.hetao.registry.agreement.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hetao.registry.agreement.AgreementDocument;
import org.hetao.registry.agreement.Framework;
import org.hetao.registry.agreement.Party;
import org.hetao.registry.agreement.Placeholders;
import org.hetao.registry.agreement.Script;
import org.hetao.registry.common.LocalizedText;

/** What the parts of a rendering share: the framework, the document, the fonts, and phrases in the document's scripts. */
record RenderContext(Framework fw, AgreementDocument doc, PdfFonts fonts, List<Script> scripts) {

    /** A framework label in each of the document's scripts, one line each (bold, for table headers). */
    Phrase header(String labelKey) {
        return lines(fw.label(labelKey), PdfFonts.SMALL, Font.BOLD);
    }

    /** A framework label in each of the document's scripts, one line each. */
    Phrase label(String labelKey) {
        return lines(fw.label(labelKey), PdfFonts.BODY, Font.NORMAL);
    }

    Phrase text(LocalizedText text) {
        return lines(text, PdfFonts.BODY, Font.NORMAL);
    }

    Phrase plain(String text) {
        return fonts.phrase(text, Script.EN, PdfFonts.BODY, Font.NORMAL);
    }

    Paragraph paragraph(Phrase content) {
        return fonts.paragraph(content);
    }

    /** The text in each script, one line each; a line the same as one before it (a missing translation) is left out. */
    Phrase lines(LocalizedText text, float size, int style) {
        Phrase p = fonts.phrase(size);
        List<String> shown = new ArrayList<>();
        for (Script s : scripts) {
            String line = s.pick(text);
            if (!shown.contains(line)) {
                p.add(fonts.chunk((shown.isEmpty() ? "" : "\n") + line, s, size, style));
                shown.add(line);
            }
        }
        return p;
    }

    /** A party's English legal name (bold) and its Chinese legal names, Traditional and Simplified where they differ. */
    Phrase partyName(Party party, boolean withChinese) {
        LocalizedText name = party.legalName();
        Phrase p = fonts.phrase(PdfFonts.BODY);
        p.add(fonts.chunk(name.en(), Script.EN, PdfFonts.BODY, Font.BOLD));
        if (withChinese) {
            chineseName(p, name, "\n");
        }
        return p;
    }

    /** A party's Chinese legal names: Traditional and Simplified where they differ, each in its own font. */
    Phrase chineseName(Party party) {
        Phrase p = fonts.phrase(PdfFonts.BODY);
        chineseName(p, party.legalName(), "");
        return p;
    }

    private void chineseName(Phrase p, LocalizedText name, String before) {
        String separator = before;
        if (name.zhHant() != null) {
            p.add(fonts.chunk(separator + name.zhHant(), Script.ZH_HANT, PdfFonts.BODY, Font.NORMAL));
            separator = "\n";
        }
        if (name.zhHans() != null && !name.zhHans().equals(name.zhHant())) {
            p.add(fonts.chunk(separator + name.zhHans(), Script.ZH_HANS, PdfFonts.BODY, Font.NORMAL));
        }
    }

    /** A filled-in framework label in the document's scripts. */
    LocalizedText filled(String labelKey, Map<String, LocalizedText> values) {
        return Placeholders.fill(fw.label(labelKey), values);
    }
}
