package org.hetao.registry.lucene.analysis;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;

/**
 * Exact identifiers (HKUST, HT-2025-0042, CN202310123456.7, 0000-0002-1825-0097): the whole value
 * is one token, NFKC-normalised and case-folded, with punctuation trimmed from its ends only (so a
 * query {@code HKUST,} still matches). English stop words are dropped, so an ordinary word such
 * as "and" in a query never has to match as an identifier.
 */
public final class IdentifierAnalyzer extends Analyzer {

    /** Longer values are not identifiers and are dropped. */
    static final int MAX_LENGTH = 128;

    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$");

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ICUNormalizer2CharFilter(reader, EnglishTextAnalyzer.NFKC_CASE_FOLD);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new ICUNormalizer2CharFilter(reader, EnglishTextAnalyzer.NFKC_CASE_FOLD);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new KeywordTokenizer();
        TokenStream result = new PatternReplaceFilter(source, EDGE_PUNCTUATION, "", true);
        result = new LengthFilter(result, 1, MAX_LENGTH);
        result = new StopFilter(result, EnglishTextAnalyzer.STOP_WORDS);
        return new TokenStreamComponents(source, result);
    }
}
