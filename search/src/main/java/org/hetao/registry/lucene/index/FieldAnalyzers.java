package org.hetao.registry.lucene.index;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.hetao.registry.lucene.analysis.ChineseBigramAnalyzer;
import org.hetao.registry.lucene.analysis.ChineseTextAnalyzer;
import org.hetao.registry.lucene.analysis.EnglishTextAnalyzer;
import org.hetao.registry.lucene.analysis.IdentifierAnalyzer;

/** The analyzer of every field, as one per-field analyzer used for indexing, parsing and highlighting. */
public final class FieldAnalyzers {

    private static final Analyzer ENGLISH = new EnglishTextAnalyzer();
    private static final Analyzer CHINESE = new ChineseTextAnalyzer();
    private static final Analyzer CHINESE_BIGRAMS = new ChineseBigramAnalyzer();
    private static final Analyzer IDENTIFIER = new IdentifierAnalyzer();
    private static final Analyzer SPELLING = EnglishTextAnalyzer.unstemmed();
    private static final Analyzer PER_FIELD = build();

    private FieldAnalyzers() {}

    /** The per-field analyzer (thread-safe, shared). Unlisted fields are not analysed. */
    public static Analyzer perField() {
        return PER_FIELD;
    }

    /** The Chinese analyzer, also used to segment Chinese query text. */
    public static Analyzer chinese() {
        return CHINESE;
    }

    private static Analyzer build() {
        Map<String, Analyzer> byField = new HashMap<>();
        IndexFields.ENGLISH_FIELDS.forEach(f -> byField.put(f, ENGLISH));
        IndexFields.CHINESE_FIELDS.forEach(f -> byField.put(f, CHINESE));
        IndexFields.CHINESE_BIGRAM_FIELDS.forEach(f -> byField.put(f, CHINESE_BIGRAMS));
        IndexFields.IDENTIFIER_FIELDS.forEach(f -> byField.put(f, IDENTIFIER));
        IndexFields.SPELLING_FIELDS.forEach(f -> byField.put(f, SPELLING));
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), byField);
    }
}
