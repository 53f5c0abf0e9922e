package org.hetao.registry.lucene.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * The two maps the Chinese analyzers apply before segmentation, both with Lucene's {@code
 * MappingCharFilter} (longest match first, left to right, offsets kept right for highlighting):
 *
 * <ol>
 *   <li><b>Script</b>: Traditional to Simplified, from OpenCC's {@code TSPhrases} and {@code
 *       TSCharacters}, plus the Hong Kong and Taiwan standard character forms of OpenCC's {@code
 *       HKVariants} and {@code TWVariants} (衞 峯 滙 麪 ...) folded to the same Simplified
 *       character as the form they vary.
 *   <li><b>Terms</b>: regional words to the Mainland word, whole phrases only: OpenCC's {@code
 *       TWPhrasesRev} and {@code HKPhrasesRev} (軟體 → 软件, 記憶體 → 内存, 積體電路 → 集成电路 ...),
 *       corrected and completed by the reviewed table {@code zh-variants.txt} beside this class.
 *       A phrase is only replaced where it is the longest dictionary phrase starting there, so
 *       方程式 (equation) is read as one phrase and 偏微分方程式 never becomes 偏微分方 + 程序
 *       "program"; phrases that map to themselves (產品質量) keep longer words whole. A regional word that is also a Mainland word with a meaning of its
 *       own (Taiwan 程序 "process", Mainland 程序 "program") is not folded.
 * </ol>
 *
 * Every key and value is folded through the maps already built, every replacement is itself kept
 * whole, and chains are followed, so folding folded text changes nothing. The dictionaries are read once per JVM (a few tens of
 * milliseconds).
 */
public final class ChineseCharMaps {

    static final String VARIANTS_RESOURCE = "zh-variants.txt";

    private ChineseCharMaps() {}

    /** Traditional and regional standard character forms → Simplified. */
    public static NormalizeCharMap traditionalToSimplified() {
        return Holder.SCRIPT;
    }

    /** Regional words → the Mainland word, in Simplified characters; phrases that stay as they are. */
    public static NormalizeCharMap termVariants() {
        return Holder.TERMS;
    }

    /** The term map as entries (Simplified key → Simplified value; equal sides keep a phrase whole). */
    static Map<String, String> termEntries() {
        return Holder.TERM_ENTRIES;
    }

    /** Folds a string to Simplified characters (the script map only). */
    static String toSimplified(String text) {
        return apply(Holder.SCRIPT, text);
    }

    /** A phrase of a term dictionary as the term map meets it: NFKC + case folded, Simplified. */
    static String dictionaryForm(String phrase) {
        return toSimplified(EnglishTextAnalyzer.NFKC_CASE_FOLD.normalize(phrase));
    }

    /** Applies a map to a string as the char filter does. */
    static String apply(NormalizeCharMap map, String text) {
        StringBuilder out = new StringBuilder(text.length());
        char[] buffer = new char[256];
        try (Reader reader = new MappingCharFilter(map, new StringReader(text))) {
            for (int n; (n = reader.read(buffer)) != -1; ) {
                out.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return out.toString();
    }

    private static final class Holder {
        static final NormalizeCharMap SCRIPT = build(scriptEntries());
        static final Map<String, String> TERM_ENTRIES = Collections.unmodifiableMap(termEntries());
        static final NormalizeCharMap TERMS = build(TERM_ENTRIES);

        private static Map<String, String> scriptEntries() {
            Map<String, String> characters = new LinkedHashMap<>();
            OpenccDictionary.load("TSCharacters")
                    .entries()
                    .forEach((traditional, simplified) -> characters.put(traditional, simplified.get(0)));
            for (String name : List.of("HKVariants", "TWVariants")) {
                OpenccDictionary.load(name).entries().forEach((standard, variants) -> {
                    String target = characters.getOrDefault(standard, standard);
                    for (String variant : variants) {
                        if (variant.codePointCount(0, variant.length()) == 1 && !variant.equals(target)) {
                            characters.putIfAbsent(variant, target);
                        }
                    }
                });
            }
            followChains(characters);
            characters.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
            Map<String, String> entries = new LinkedHashMap<>();
            OpenccDictionary.load("TSPhrases")
                    .entries()
                    .forEach((traditional, simplified) -> entries.put(traditional, simplified.get(0)));
            protectValues(entries);
            characters.forEach(entries::putIfAbsent);
            followChains(entries);
            return entries;
        }

        private static Map<String, String> termEntries() {
            Map<String, String> entries = new LinkedHashMap<>(reviewed());
            Set<String> mainlandWords = new HashSet<>();
            for (String name : List.of("TWPhrases", "HKPhrases")) {
                OpenccDictionary.load(name).entries().keySet().forEach(word -> mainlandWords.add(dictionaryForm(word)));
            }
            for (String name : List.of("TWPhrasesRev", "HKPhrasesRev")) {
                OpenccDictionary.load(name).entries().forEach((regional, mainland) -> {
                    String key = dictionaryForm(regional);
                    String value = dictionaryForm(mainland.get(0));
                    if (key.codePointCount(0, key.length()) < 2) {
                        return; // one character is no phrase: it would be replaced inside words
                    }
                    if (!key.equals(value) && mainlandWords.contains(key)) {
                        return; // also a Mainland word with its own meaning
                    }
                    entries.putIfAbsent(key, value);
                });
            }
            protectValues(entries);
            followChains(entries);
            return entries;
        }

        /** The reviewed table: {@code variant[, variant...] => canonical}; a phrase mapped to itself stays whole. */
        private static Map<String, String> reviewed() {
            Map<String, String> entries = new LinkedHashMap<>();
            try (InputStream in = ChineseCharMaps.class.getResourceAsStream(VARIANTS_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + VARIANTS_RESOURCE);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    int hash = line.indexOf('#');
                    String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                    if (entry.isEmpty()) {
                        continue;
                    }
                    String[] sides = entry.split("=>");
                    if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
                        throw new IllegalStateException("bad line in " + VARIANTS_RESOURCE + ": " + line);
                    }
                    String canonical = dictionaryForm(sides[1].strip());
                    for (String variant : sides[0].split(",")) {
                        String key = dictionaryForm(variant.strip());
                        if (key.codePointCount(0, key.length()) < 2) {
                            throw new IllegalStateException(
                                    "a phrase needs two or more characters in " + VARIANTS_RESOURCE + ": " + line);
                        }
                        if (entries.putIfAbsent(key, canonical) != null) {
                            throw new IllegalStateException("repeated phrase in " + VARIANTS_RESOURCE + ": " + key);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return entries;
        }

        /**
         * Adds each phrase a phrase is replaced by as a phrase that stays as it is, so that it is kept
         * whole when folded again (伊利诺 → 伊利诺伊 would otherwise make 伊利诺伊伊).
         */
        private static void protectValues(Map<String, String> entries) {
            List<String> values = entries.values().stream()
                    .filter(v -> v.codePointCount(0, v.length()) > 1)
                    .toList();
            values.forEach(v -> entries.putIfAbsent(v, v));
        }

        /**
         * Replaces each value by what the map makes of it, until nothing changes, so that folding
         * folded text changes nothing (a value that itself contains a key is folded further).
         */
        private static void followChains(Map<String, String> entries) {
            for (int round = 0; round < 8; round++) {
                NormalizeCharMap map = build(entries);
                List<Map.Entry<String, String>> changed = new ArrayList<>();
                for (Map.Entry<String, String> entry : entries.entrySet()) {
                    String folded = apply(map, entry.getValue());
                    if (!folded.equals(entry.getValue())) {
                        changed.add(Map.entry(entry.getKey(), folded));
                    }
                }
                if (changed.isEmpty()) {
                    return;
                }
                changed.forEach(e -> entries.put(e.getKey(), e.getValue()));
            }
            throw new IllegalStateException("the Chinese folding maps do not settle: " + entries.size() + " entries");
        }

        private static NormalizeCharMap build(Map<String, String> entries) {
            NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
            entries.forEach(map::add);
            return map.build();
        }
    }
}
