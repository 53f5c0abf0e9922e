package org.hetao.registry.lucene.analysis;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English text: ICU NFKC normalisation with case folding (so full-width ＡＩ is ai), Unicode word
 * tokenisation, possessive removal, ASCII folding (café is cafe), English stop words, and light
 * stemming that keeps words apart which only share letters:
 *
 * <ol>
 *   <li>irregular forms to their base form ({@code mice} is mouse, {@code analyses} analysis),
 *       from the reviewed list en-word-forms.txt (see {@link EnglishWordForms});
 *   <li>KStem, a dictionary-checked stemmer: batteries is battery, robots and robotic robot, but
 *       university stays apart from universe, experience from experiment and organization from
 *       organ (the Porter stemmer, which reduced each pair to one stem, was too aggressive);
 *   <li>British to American spelling ({@code tumours} is tumor, {@code organisation}
 *       organization), from the reviewed list en-spellings.txt, before and after stemming.
 * </ol>
 *
 * <p>The {@link #unstemmed()} variant keeps words as written, for typo-tolerant (fuzzy) matching:
 * a typo near the end of a word ("recyclign") is one edit from the word but several from its
 * stem. Wildcard and fuzzy terms are normalised (folded) but not stemmed.
 */
public final class EnglishTextAnalyzer extends Analyzer {

    /** The stop words, shared with the other analyzers so a stop word never matches anywhere. */
    public static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    static final Normalizer2 NFKC_CASE_FOLD = Normalizer2.getNFKCCasefoldInstance();

    private static final Set<String> CJK_TYPES = Set.of(
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC],
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA],
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA],
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL]);

    private final boolean stem;

    /** The stemming analyzer. */
    public EnglishTextAnalyzer() {
        this(true);
    }

    private EnglishTextAnalyzer(boolean stem) {
        this.stem = stem;
    }

    /** The same analysis without stemming. */
    public static EnglishTextAnalyzer unstemmed() {
        return new EnglishTextAnalyzer(false);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ICUNormalizer2CharFilter(reader, NFKC_CASE_FOLD);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new ICUNormalizer2CharFilter(reader, NFKC_CASE_FOLD);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        // Han, kana and hangul are the Chinese analyzer's: single characters here would match (and
        // highlight) pieces of Chinese words regardless of script.
        TokenStream result = new TypeTokenFilter(source, CJK_TYPES);
        result = new EnglishPossessiveFilter(result);
        result = new ASCIIFoldingFilter(result);
        result = new StopFilter(result, STOP_WORDS);
        if (stem) {
            result = lightStemming(result);
        }
        return new TokenStreamComponents(source, result);
    }

    /**
     * The English stemming of this analyzer, for lower-case Latin words in any token stream: listed
     * word forms, KStem, British to American spelling. Other analyzers that meet English words use
     * it so that a word is stemmed alike in every field.
     */
    public static TokenStream lightStemming(TokenStream lowerCaseWords) {
        TokenStream result = new StemmerOverrideFilter(lowerCaseWords, EnglishWordForms.beforeStemming());
        result = new KStemFilter(result);
        return new StemmerOverrideFilter(result, EnglishWordForms.afterStemming());
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(in);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }
}
