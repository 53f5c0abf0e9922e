package org.hetao.registry.lucene.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.hetao.registry.lucene.analysis.ChineseTextAnalyzer;
import org.hetao.registry.lucene.index.FieldAnalyzers;
import org.hetao.registry.lucene.index.IndexFields;

/**
 * Puts spaces between the words of Chinese text in a query, outside quotes, using the same
 * analysis as the index. The query parser splits on spaces and lets each word match in any field,
 * so 香港科技大學機器人 finds a record whose title says 機器人 and whose summary names the university.
 *
 * <p>Each run of Han characters is first folded as the index folds text (Simplified characters,
 * Mainland words: 記憶體 is 内存), and the folded text is cut between its words, so a regional
 * word is never cut before it is folded. A word of one character is kept with its neighbour (中药,
 * which smartcn cuts into 中 + 药 when alone, stays 中药): every piece then has two or more
 * characters, which the index's Han character pairs match wherever the words of the record were
 * cut. Runs touching an operator ({@code -機器人}, {@code 機器*}) are left whole, and Latin text
 * glued to Chinese ({@code AI晶片}) is split from it.
 */
final class ChineseQuerySegmenter {

    private ChineseQuerySegmenter() {}

    static String segment(String query) {
        StringBuilder out = new StringBuilder(query.length() + 16);
        boolean inQuotes = false;
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '\\' && i + 1 < query.length()) {
                out.append(c).append(query.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '"') {
                inQuotes = !inQuotes;
            }
            if (inQuotes || !isHan(query.codePointAt(i))) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < query.length() && isHan(query.codePointAt(end))) {
                end += Character.charCount(query.codePointAt(end));
            }
            char before = i > 0 ? query.charAt(i - 1) : ' ';
            char after = end < query.length() ? query.charAt(end) : ' ';
            String run = query.substring(i, end);
            boolean attachedToOperator = "+-!".indexOf(before) >= 0 || "*?~^".indexOf(after) >= 0;
            if (Character.isLetterOrDigit(before)) {
                out.append(' ');
            }
            out.append(attachedToOperator ? run : String.join(" ", words(ChineseTextAnalyzer.folded(run))));
            if (Character.isLetterOrDigit(after)) {
                out.append(' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** Folded Chinese text cut between its words, a one-character word joined to the next (or last) one. */
    static List<String> words(String folded) {
        TreeSet<Integer> starts = new TreeSet<>();
        try (TokenStream tokens = FieldAnalyzers.chinese().tokenStream(IndexFields.TITLE_ZH, folded)) {
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                starts.add(offset.startOffset());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        starts.add(0);
        starts.add(folded.length());
        List<String> words = new ArrayList<>();
        String carried = "";
        Integer start = starts.first();
        for (Integer next = starts.higher(start); next != null; start = next, next = starts.higher(next)) {
            String word = carried + folded.substring(start, next);
            if (word.codePointCount(0, word.length()) < 2) {
                carried = word;
            } else {
                words.add(word);
                carried = "";
            }
        }
        if (!carried.isEmpty()) {
            if (words.isEmpty()) {
                words.add(carried);
            } else {
                words.set(words.size() - 1, words.get(words.size() - 1) + carried);
            }
        }
        return words;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
