package org.hetao.registry.agreement.pdf;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line may break: OpenPDF's default (spaces, hyphens, after any CJK character), except
 * that Chinese closing punctuation never starts a line and opening punctuation never ends one
 * (the basic rules of Chinese typesetting).
 */
final class LineBreaks extends DefaultSplitCharacter {
    static final LineBreaks CHINESE_PUNCTUATION_AWARE = new LineBreaks();

    private static final String NEVER_AT_LINE_START = "，。、；：？！」』）》〉】〕\u201d\u2019,.;:!?)]%";
    private static final String NEVER_AT_LINE_END = "「『（《〈【〔\u201c\u2018([";

    private LineBreaks() {}

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = getCurrentCharacter(current, cc, ck);
        if (NEVER_AT_LINE_END.indexOf(c) >= 0) {
            return false;
        }
        if (current + 1 < end
                && current + 1 < cc.length
                && NEVER_AT_LINE_START.indexOf(getCurrentCharacter(current + 1, cc, ck)) >= 0) {
            return false;
        }
        return super.isSplitCharacter(start, current, end, cc, ck);
    }
}
