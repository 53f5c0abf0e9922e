package org.hetao.registry.lucene.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;

/**
 * Chinese text in either script, and the Latin words mixed into it, as words. Before segmentation
 * the text is normalised with ICU NFKC and case folding (full-width ＡＩ is ai), folded from
 * Traditional to Simplified characters and then from regional words to the Mainland word (see
 * {@link ChineseCharMaps}: OpenCC's dictionaries and a reviewed table); the same steps run at index
 * and query time, so 人工智慧 finds 人工智能, 記憶體 finds 内存 and 手部衞生 finds 手部卫生. The folded
 * text is segmented into words by smartcn's {@link HMMChineseTokenizer} (trained on Simplified
 * text, hence the folding first); Latin words are stemmed like English and punctuation and English
 * stop words dropped.
 *
 * <p>smartcn may cut the same characters differently alone and in a sentence (中药 alone is 中 +
 * 药), so every Chinese field has a companion field analysed by {@link ChineseBigramAnalyzer},
 * where the same text always gives the same tokens.
 */
public final class ChineseTextAnalyzer extends Analyzer {

    /** smartcn's punctuation stop list plus English stop words. */
    static final CharArraySet STOP_WORDS = stopWords();

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return fold(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return fold(reader);
    }

    /** NFKC + case folding, Traditional → Simplified, regional term → Mainland term. */
    public static Reader fold(Reader reader) {
        Reader normalised = new ICUNormalizer2CharFilter(reader, EnglishTextAnalyzer.NFKC_CASE_FOLD);
        Reader simplified = new MappingCharFilter(ChineseCharMaps.traditionalToSimplified(), normalised);
        return new MappingCharFilter(ChineseCharMaps.termVariants(), simplified);
    }

    /**
     * The text as the analyzer sees it before segmentation: NFKC + case folded, in Simplified
     * characters and Mainland terms. A Traditional text and its Simplified version usually fold to
     * the same string, and then give the same words.
     */
    public static String folded(String text) {
        StringBuilder out = new StringBuilder(text.length());
        char[] buffer = new char[256];
        try (Reader reader = fold(new StringReader(text))) {
            for (int n; (n = reader.read(buffer)) != -1; ) {
                out.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return out.toString();
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new HMMChineseTokenizer();
        TokenStream result = EnglishTextAnalyzer.lightStemming(source);
        result = new StopFilter(result, STOP_WORDS);
        return new TokenStreamComponents(source, result);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }

    private static CharArraySet stopWords() {
        CharArraySet stop = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
        stop.addAll(EnglishTextAnalyzer.STOP_WORDS);
        return CharArraySet.unmodifiableSet(stop);
    }
}
