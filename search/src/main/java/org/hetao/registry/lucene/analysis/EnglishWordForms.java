package org.hetao.registry.lucene.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The two reviewed word lists of the English analysis, beside this class, as the two maps {@link
 * EnglishTextAnalyzer} applies around its stemmer:
 *
 * <ul>
 *   <li>{@code en-word-forms.txt}: forms the light stemmer does not reduce (mice, analyses,
 *       criteria) and their base form;
 *   <li>{@code en-spellings.txt}: British spellings and the American spelling (tumour → tumor,
 *       organisation → organization).
 * </ul>
 *
 * Before stemming, every listed form becomes its base form, or the stem of its American spelling,
 * and is not stemmed further. After stemming, the stem of each British spelling becomes the stem of
 * the American one, so the inflections the stemmer reduces (tumours → tumour) follow their base
 * form; where two British forms share a stem, the one written as that stem decides.
 *
 * <p>Each list is loaded once per JVM. A line of the form {@code left => right}; {@code #} starts a
 * comment. Words are lower case; a left side listed twice with different right sides is an error.
 */
public final class EnglishWordForms {

    static final String WORD_FORMS_RESOURCE = "en-word-forms.txt";
    static final String SPELLINGS_RESOURCE = "en-spellings.txt";

    private EnglishWordForms() {}

    /** Listed form → base form (or American stem), for a {@link StemmerOverrideFilter} before the stemmer. */
    public static StemmerOverrideMap beforeStemming() {
        return Holder.BEFORE_STEMMING;
    }

    /** Stem of a British spelling → stem of the American spelling, for a filter after the stemmer. */
    public static StemmerOverrideMap afterStemming() {
        return Holder.AFTER_STEMMING;
    }

    /** The pairs of a list as written, in file order. */
    static Map<String, String> pairs(String resource) {
        Map<String, String> pairs = new LinkedHashMap<>();
        try (InputStream in = EnglishWordForms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                int comment = line.indexOf('#');
                String content = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (content.isEmpty()) {
                    continue;
                }
                String[] sides = content.split("=>");
                if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
                    throw new IllegalStateException(resource + " line " + number + ": expected 'word => word'");
                }
                String left = sides[0].strip();
                String right = sides[1].strip();
                if (!left.equals(left.toLowerCase(Locale.ROOT)) || !right.equals(right.toLowerCase(Locale.ROOT))) {
                    throw new IllegalStateException(resource + " line " + number + ": words are written in lower case");
                }
                String earlier = pairs.putIfAbsent(left, right);
                if (earlier != null && !earlier.equals(right)) {
                    throw new IllegalStateException(resource + " line " + number + ": " + left + " is listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
        return pairs;
    }

    /** The word as the light stemmer leaves it. */
    static String stem(String word) {
        try (KeywordTokenizer source = new KeywordTokenizer();
                TokenStream stemmed = new KStemFilter(source)) {
            source.setReader(new StringReader(word));
            CharTermAttribute term = stemmed.addAttribute(CharTermAttribute.class);
            stemmed.reset();
            String result = stemmed.incrementToken() ? term.toString() : word;
            stemmed.end();
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("stemming a string cannot fail", e);
        }
    }

    private static StemmerOverrideMap build(Map<String, String> pairs) {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        pairs.forEach(builder::add);
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("building a word map in memory cannot fail", e);
        }
    }

    /** The form a word is indexed as: its listed base form, or its stem. */
    private static String base(String word, Map<String, String> wordForms) {
        String listed = wordForms.get(word);
        return listed != null ? listed : stem(word);
    }

    private static Map<String, String> listedForms() {
        Map<String, String> wordForms = pairs(WORD_FORMS_RESOURCE);
        Map<String, String> forms = new LinkedHashMap<>(wordForms);
        pairs(SPELLINGS_RESOURCE).forEach((british, american) -> {
            String earlier = forms.putIfAbsent(british, base(american, wordForms));
            if (earlier != null) {
                throw new IllegalStateException(
                        british + " is listed in both " + WORD_FORMS_RESOURCE + " and " + SPELLINGS_RESOURCE);
            }
        });
        return forms;
    }

    private static Map<String, String> stemmedSpellings() {
        Map<String, String> wordForms = pairs(WORD_FORMS_RESOURCE);
        Map<String, String> pairs = pairs(SPELLINGS_RESOURCE);
        Map<String, String> stemmed = new LinkedHashMap<>();
        // base forms first: organise decides where organis(e) goes, not organisation, which the
        // stemmer also reduces to organise while it keeps organization whole
        pairs.forEach((british, american) -> {
            if (stem(british).equals(british) && !british.equals(base(american, wordForms))) {
                stemmed.put(british, base(american, wordForms));
            }
        });
        pairs.forEach((british, american) -> {
            String from = stem(british);
            if (!from.equals(base(american, wordForms))) {
                stemmed.putIfAbsent(from, base(american, wordForms));
            }
        });
        return stemmed;
    }

    private static final class Holder {
        static final StemmerOverrideMap BEFORE_STEMMING = build(listedForms());
        static final StemmerOverrideMap AFTER_STEMMING = build(stemmedSpellings());
    }
}
