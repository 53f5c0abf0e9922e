package org.hetao.registry.lucene.query;

import com.ibm.icu.text.Normalizer2;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hetao.registry.lucene.SearchLimits;
import org.hetao.registry.lucene.index.FieldAnalyzers;
import org.hetao.registry.lucene.index.IndexFields;

/**
 * Query-time synonyms from the reviewed list {@code synonyms.txt} beside this class: a query word
 * or phrase of a group is replaced by the group, {@code ("covid-19" OR "新冠" OR ...)}, before
 * the query is parsed. Each term of the group is then searched as a phrase in every field with the
 * field's own analyzer, so one group reaches English and Chinese text alike; a synonym filter
 * inside one field's analyzer could not (the English analyzer never sees Chinese words).
 *
 * <p>English terms are recognised after English analysis (so Lifts is lift), across one to a few
 * words of the query; Chinese terms (any term with a Han character) wherever they occur in a word
 * of Chinese text, the longest first. Words inside quotes, with an escape, a wildcard or a fuzzy
 * mark are left as typed, and an operator before the first word ({@code -}, {@code +}, {@code !},
 * a parenthesis) applies to the whole group. Everything else of the query passes through a
 * function the caller gives (escaping, for instance). A group is expanded only while the query stays
 * within {@link SearchLimits#MAX_QUERY_CLAUSES} words: the rest are searched as typed, so synonyms
 * never make a query too long.
 */
final class QuerySynonyms {

    static final String RESOURCE = "synonyms.txt";

    private static final Normalizer2 NFKC_CASE_FOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Pattern DECORATED = Pattern.compile("^([+\\-!(\"]*)(.*?)([)\"]*)$", Pattern.DOTALL);
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||");

    private final Map<String, List<String>> byEnglishKey = new HashMap<>();
    private final Map<String, List<String>> byChineseTerm = new HashMap<>();
    private final List<String> chineseTermsLongestFirst;
    private final int maxEnglishWords;

    private QuerySynonyms(List<List<String>> groups) {
        int maxWords = 1;
        List<String> chinese = new ArrayList<>();
        for (List<String> group : groups) {
            for (String term : group) {
                if (hasHan(term)) {
                    addOnce(byChineseTerm, fold(term), group);
                    chinese.add(fold(term));
                } else {
                    String key = englishKey(term);
                    if (key.isEmpty()) {
                        throw new IllegalStateException(RESOURCE + ": '" + term + "' has no searchable word");
                    }
                    addOnce(byEnglishKey, key, group);
                    maxWords = Math.max(maxWords, term.strip().split("\\s+").length);
                }
            }
        }
        chinese.sort(Comparator.comparingInt(String::length).reversed());
        this.chineseTermsLongestFirst = List.copyOf(chinese);
        this.maxEnglishWords = maxWords;
    }

    private static void addOnce(Map<String, List<String>> map, String key, List<String> group) {
        List<String> earlier = map.putIfAbsent(key, group);
        if (earlier != null && earlier != group) {
            throw new IllegalStateException(
                    RESOURCE + ": '" + key + "' is in two groups: " + earlier + " and " + group);
        }
    }

    /** The reviewed list, loaded once. */
    static QuerySynonyms standard() {
        return Holder.STANDARD;
    }

    /** The groups of a list in the file's format, for tests. */
    static QuerySynonyms of(String text) {
        return new QuerySynonyms(groups(text.lines().toList(), "text"));
    }

    /**
     * The query with every recognised synonym replaced by its group.
     *
     * @param query the query as typed
     * @param rest applied to every part of the query that is not a group
     * @param respectQuotes whether words inside double quotes are left alone (false when the
     *     query's quotes are plain characters)
     */
    String expand(String query, UnaryOperator<String> rest, boolean respectQuotes) {
        List<Word> words = words(query);
        StringBuilder out = new StringBuilder(query.length() + 32);
        int copiedUpTo = 0;
        boolean inQuotes = false;
        int spareTerms = SearchLimits.MAX_QUERY_CLAUSES - words.size();
        int i = 0;
        while (i < words.size()) {
            Word word = words.get(i);
            boolean quoteInside = respectQuotes && word.text.indexOf('"') >= 0;
            if (inQuotes || quoteInside || !expandable(word.core)) {
                if (quoteInside) {
                    inQuotes ^= unescapedQuotes(word.text) % 2 == 1;
                }
                i++;
                continue;
            }
            Replacement replacement = hasHan(word.core) ? chinese(words, i) : english(words, i);
            if (replacement == null || replacement.addedTerms > spareTerms) {
                i++;
                continue;
            }
            spareTerms -= replacement.addedTerms;
            out.append(rest.apply(query.substring(copiedUpTo, words.get(i).start)));
            out.append(rest.apply(replacement.leading))
                    .append(replacement.text)
                    .append(rest.apply(replacement.trailing));
            copiedUpTo = words.get(replacement.lastWord).end;
            i = replacement.lastWord + 1;
        }
        out.append(rest.apply(query.substring(copiedUpTo)));
        return out.toString();
    }

    private record Word(String text, int start, int end, String leading, String core, String trailing) {}

    /** A group in place of words, adding some terms to the query. */
    private record Replacement(String leading, String text, String trailing, int lastWord, int addedTerms) {}

    private Replacement english(List<Word> words, int first) {
        for (int last = Math.min(words.size(), first + maxEnglishWords) - 1; last >= first; last--) {
            if (!joinable(words, first, last)) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (int w = first; w <= last; w++) {
                String part = englishKey(words.get(w).core);
                if (!part.isEmpty()) {
                    key.append(key.length() == 0 ? "" : " ").append(part);
                }
            }
            List<String> group = byEnglishKey.get(key.toString());
            if (group != null) {
                return new Replacement(
                        words.get(first).leading,
                        group(group),
                        words.get(last).trailing,
                        last,
                        group.size() - (last - first + 1));
            }
        }
        return null;
    }

    /**
     * Words first..last can form one phrase: plain words, no operators between them, and the first
     * and last are not stop words.
     */
    private static boolean joinable(List<Word> words, int first, int last) {
        if (englishKey(words.get(first).core).isEmpty()
                || englishKey(words.get(last).core).isEmpty()) {
            return false;
        }
        for (int w = first; w <= last; w++) {
            Word word = words.get(w);
            if (!expandable(word.core) || hasHan(word.core) || OPERATORS.contains(word.core)) {
                return false;
            }
            if ((w > first && !word.leading.isEmpty()) || (w < last && !word.trailing.isEmpty())) {
                return false;
            }
        }
        return true;
    }

    private Replacement chinese(List<Word> words, int index) {
        Word word = words.get(index);
        String core = fold(word.core);
        if (core.length() != word.core.length()) {
            // full-width or compatibility characters: positions differ; match the whole word only
            List<String> group = byChineseTerm.get(core);
            return group == null
                    ? null
                    : new Replacement(word.leading, group(group), word.trailing, index, group.size() - 1);
        }
        boolean decorated = !word.leading.isEmpty() || !word.trailing.isEmpty();
        StringBuilder text = new StringBuilder();
        int from = 0;
        int added = 0;
        boolean found = false;
        while (from < core.length()) {
            int at = -1;
            String term = null;
            for (String candidate : chineseTermsLongestFirst) {
                int position = core.indexOf(candidate, from);
                if (position >= 0 && (at < 0 || position < at)) {
                    at = position;
                    term = candidate;
                }
            }
            if (term == null) {
                break;
            }
            if (decorated && !(at == 0 && term.length() == core.length())) {
                return null;
            }
            appendSpaced(text, word.core.substring(from, at));
            appendSpaced(text, group(byChineseTerm.get(term)));
            added += byChineseTerm.get(term).size();
            from = at + term.length();
            found = true;
        }
        if (!found) {
            return null;
        }
        appendSpaced(text, word.core.substring(from));
        return new Replacement(word.leading, text.toString(), word.trailing, index, added);
    }

    private static void appendSpaced(StringBuilder text, String part) {
        if (part.isEmpty()) {
            return;
        }
        if (text.length() > 0) {
            text.append(' ');
        }
        text.append(part);
    }

    private static String group(List<String> terms) {
        StringBuilder group = new StringBuilder("(");
        for (String term : terms) {
            if (group.length() > 1) {
                group.append(" OR ");
            }
            group.append('"').append(term).append('"');
        }
        return group.append(')').toString();
    }

    private static List<Word> words(String query) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            while (i < query.length() && Character.isWhitespace(query.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < query.length() && !Character.isWhitespace(query.charAt(i))) {
                i++;
            }
            if (i > start) {
                String text = query.substring(start, i);
                Matcher parts = DECORATED.matcher(text);
                parts.matches();
                words.add(new Word(text, start, i, parts.group(1), parts.group(2), parts.group(3)));
            }
        }
        return words;
    }

    /** A plain word: no escape, wildcard, fuzzy or boost mark, quote or inner parenthesis. */
    private static boolean expandable(String core) {
        if (core.isEmpty()) {
            return false;
        }
        for (int i = 0; i < core.length(); i++) {
            if ("\\*?~^\"()".indexOf(core.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static int unescapedQuotes(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                count++;
            }
        }
        return count;
    }

    private static String englishKey(String text) {
        return String.join(" ", AnalysedWords.of(FieldAnalyzers.perField(), IndexFields.TITLE_EN, text));
    }

    private static String fold(String text) {
        return NFKC_CASE_FOLD.normalize(text);
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static List<List<String>> groups(List<String> lines, String source) {
        List<List<String>> groups = new ArrayList<>();
        int number = 0;
        for (String line : lines) {
            number++;
            int comment = line.indexOf('#');
            String content = (comment < 0 ? line : line.substring(0, comment)).strip();
            if (content.isEmpty()) {
                continue;
            }
            List<String> group = Arrays.stream(content.split(","))
                    .map(String::strip)
                    .filter(t -> !t.isEmpty())
                    .toList();
            if (group.size() < 2) {
                throw new IllegalStateException(source + " line " + number + ": a group needs two or more terms");
            }
            if (group.stream().anyMatch(t -> t.indexOf('"') >= 0 || t.indexOf('\\') >= 0)) {
                throw new IllegalStateException(
                        source + " line " + number + ": terms may not contain quotes or backslashes");
            }
            groups.add(group);
        }
        return groups;
    }

    private static List<String> read(String resource) {
        try (InputStream in = QuerySynonyms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }

    private static final class Holder {
        static final QuerySynonyms STANDARD = new QuerySynonyms(groups(read(RESOURCE), RESOURCE));
    }
}
