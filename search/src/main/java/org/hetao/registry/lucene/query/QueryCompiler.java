package org.hetao.registry.lucene.query;

import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.hetao.registry.lucene.Audience;
import org.hetao.registry.lucene.SearchLimitException;

/**
 * Turns query text into the text part of a Lucene query (the audience filter and facet filters
 * are added by {@link SearchExecutor}).
 *
 * <p>Invalid syntax does not fail: the text is searched again as plain words (every operator
 * character escaped, AND/OR/NOT lower-cased into ordinary stop words) and the result says so. A
 * search should always answer something useful for what was typed; the flag lets the caller
 * tell the person that their operators were ignored. Limits still throw {@link
 * SearchLimitException}. Synonyms ({@link QuerySynonyms}) are expanded before parsing, in both
 * cases.
 */
public final class QueryCompiler {

    private static final Pattern OPERATOR_WORDS = Pattern.compile("\\b(AND|OR|NOT)\\b");

    /**
     * The text query, whether it was compiled as plain words after a syntax error, whether it is
     * expensive: it has prefix, wildcard or fuzzy terms (or words matched approximately), whose
     * expansion over the term dictionary is what makes a search costly, and whether the typo
     * tolerance matched any word approximately.
     */
    public record Compiled(Query query, boolean syntaxIgnored, boolean expensive, boolean approximate) {}

    private QueryCompiler() {}

    /**
     * @param text the query as typed (already length-checked)
     * @param audience decides the fields searched
     * @param typoTolerance which plain English words become fuzzy terms
     */
    public static Compiled compile(String text, Audience audience, TypoTolerance typoTolerance) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.equals("*")) {
            return new Compiled(new MatchAllDocsQuery(), false, false, false);
        }
        QuerySynonyms synonyms = QuerySynonyms.standard();
        String prepared =
                ChineseQuerySegmenter.segment(synonyms.expand(trimmed, QueryCompiler::escapeFieldSyntax, true));
        try {
            Compiled compiled = parse(prepared, audience, typoTolerance, false);
            if (compiled.query() instanceof MatchNoDocsQuery) {
                return compiled;
            }
            return new Compiled(
                    AliasPhrases.rankingFirst(compiled.query(), AliasPhrases.of(trimmed, audience)),
                    compiled.syntaxIgnored(),
                    compiled.expensive(),
                    compiled.approximate());
        } catch (ParseException syntaxError) {
            String plain = synonyms.expand(trimmed, QueryCompiler::asPlainWords, false);
            try {
                return parse(ChineseQuerySegmenter.segment(plain), audience, typoTolerance, true);
            } catch (ParseException tooComplex) {
                throw new SearchLimitException("the query is too complex; please use fewer words");
            }
        }
    }

    /** Every operator character escaped, AND/OR/NOT lower-cased into ordinary stop words. */
    private static String asPlainWords(String text) {
        return OPERATOR_WORDS
                .matcher(QueryParserBase.escape(text))
                .replaceAll(m -> m.group().toLowerCase());
    }

    private static Compiled parse(String text, Audience audience, TypoTolerance typoTolerance, boolean syntaxIgnored)
            throws ParseException {
        RegistryQueryParser parser = parser(audience, typoTolerance);
        try {
            Query query = orNothing(parser.parse(text));
            boolean approximate = parser.approximateWords() > 0;
            return new Compiled(query, syntaxIgnored, approximate || parser.multiTermClauses() > 0, approximate);
        } catch (TooComplexToDeterminizeException tooComplex) {
            throw new SearchLimitException("the query is too complex; please use fewer wildcards");
        }
    }

    private static RegistryQueryParser parser(Audience audience, TypoTolerance typoTolerance) {
        return new RegistryQueryParser(
                QueryFields.forAudience(audience), QueryFields.spellingFor(audience), typoTolerance);
    }

    /** Colons and slashes are ordinary characters here: no field syntax, no regular expressions. */
    static String escapeFieldSyntax(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                out.append(c).append(text.charAt(++i));
            } else {
                if (c == ':' || c == '/') {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Query orNothing(Query query) {
        return query == null ? new MatchNoDocsQuery("nothing searchable in the query") : query;
    }
}
