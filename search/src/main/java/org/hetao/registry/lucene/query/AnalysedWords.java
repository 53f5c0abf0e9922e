package org.hetao.registry.lucene.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words a field's analyzer makes of one query term, exactly as they are indexed: English
 * stemmed and folded ({@code Batteries} is {@code batteri}), Chinese folded to Simplified
 * characters and Mainland terms and segmented ({@code 固態電池} is {@code 固态} {@code 电池}). Prefix
 * and fuzzy terms are built from these words, so they meet the index in the same form as a plain
 * word does.
 */
final class AnalysedWords {

    private AnalysedWords() {}

    /** The indexed words of {@code text} in {@code field}, in order; empty when all are stop words. */
    static List<String> of(Analyzer analyzer, String field, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return words;
    }

    /** Whether the word is written in Han characters only. */
    static boolean isHan(String word) {
        return !word.isEmpty()
                && word.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
