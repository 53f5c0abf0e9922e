package org.hetao.registry.lucene.analysis;

import java.io.Reader;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Chinese text as overlapping pairs of Han characters (机器人 is 机器 器人), after the same folding
 * as {@link ChineseTextAnalyzer}; a Han character standing alone is kept as itself. Unlike word
 * segmentation, this gives the same tokens for the same characters wherever they stand, so a word
 * searched alone finds the sentences that contain it. Only Han characters are kept: Latin words
 * and digits are matched by the word fields.
 */
public final class ChineseBigramAnalyzer extends Analyzer {

    private static final Set<String> HAN_TYPES = Set.of(CJKBigramFilter.DOUBLE_TYPE, CJKBigramFilter.SINGLE_TYPE);

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return ChineseTextAnalyzer.fold(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return ChineseTextAnalyzer.fold(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new CJKBigramFilter(source, CJKBigramFilter.HAN, false);
        result = new TypeTokenFilter(result, HAN_TYPES, true);
        return new TokenStreamComponents(source, result);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }
}
