package org.hetao.registry.lucene.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.hetao.registry.lucene.SearchLimitException;
import org.hetao.registry.lucene.SearchLimits;
import org.hetao.registry.lucene.index.FieldAnalyzers;
import org.hetao.registry.lucene.index.IndexFields;

/**
 * Lucene's classic query parser, searching each term over several fields with their own analyzers.
 * Each whitespace-separated term, phrase or wildcard of the query becomes one {@link
 * DisjunctionMaxQuery} over the fields (best field wins, others add a little), and the terms are
 * combined with AND unless the query says otherwise. So one word may match the English title and
 * the next the Chinese summary. Identifier fields are constant-scored (see {@link QueryFields}).
 *
 * <p>Not offered: field syntax (the caller escapes colons), ranges and regular expressions (a
 * {@link ParseException}, which the caller answers with a plain-text search). Limits: {@link
 * SearchLimits#MAX_QUERY_CLAUSES}, {@link SearchLimits#MAX_MULTI_TERM_CLAUSES}, {@link
 * SearchLimits#MIN_WILDCARD_PREFIX}, {@link SearchLimits#MAX_WILDCARDS_PER_TERM} and {@link
 * SearchLimits#DETERMINIZE_WORK_LIMIT}, each refused with a {@link SearchLimitException}; wildcard, prefix and fuzzy terms keep the best {@link
 * SearchLimits#MAX_TERM_EXPANSIONS} index terms per field.
 *
 * <p>Prefix and fuzzy terms go through the same analysis as plain words (see {@link AnalysedWords}):
 * {@code batteries*} and {@code battery~} meet the stem {@code batteri} that {@code batteries} is
 * indexed as, and {@code 固態電池*}, {@code 機械人~} meet the folded, segmented Chinese words. A
 * prefix term matches either its normalised spelling as a prefix of an indexed word ({@code 紅樹*}
 * finds 红树林) or its analysed words, all but the last exactly and the last as a prefix ({@code
 * 香港科技大學*} finds 香港 科技 大学…). A fuzzy term matches its analysed words in the text fields,
 * each within the edits asked for (Chinese words: one edit per three characters, so {@code 电池~}
 * stays 电池; other words: at most one edit below {@link TypoTolerance#TWO_EDITS_FROM} letters), and
 * as written in the unstemmed spelling fields and the identifiers, where a typo near the end of a
 * word ({@code recyclign~}) is closest. Quoted phrases are analysed per field like plain words. A
 * plain word or phrase also matches the Chinese fields' Han character pairs
 * ({@link IndexFields#bigrams}) as a phrase, so 中药 finds 中药 however the segmentation of the
 * record cut it; prefix, wildcard and fuzzy terms match words only. Every expansion reads only the
 * fields the caller searches, so investors' terms expand over investor-visible records only. With a
 * {@link TypoTolerance}, the plain words it judges possible typos (long enough, and not in the
 * index) are also matched fuzzily in the spelling fields: used when an exact search found nothing.
 *
 * <p>Not thread-safe: one parser per query.
 */
final class RegistryQueryParser extends QueryParser {

    /** The pseudo-field a term without a field is parsed in, expanded to the real fields. */
    private static final String ALL_FIELDS = "_all";

    /** Weight of the non-best fields in each per-term disjunction. */
    private static final float TIE_BREAKER = 0.1f;

    /** A fuzzy Chinese word allows one edit per this many characters. */
    private static final int HAN_CHARACTERS_PER_EDIT = 3;

    private final Map<String, Float> fields;
    private final Map<String, Float> wordAndBigramFields;
    private final Map<String, Float> spellingFields;
    private final Map<String, Float> fieldsWithSpelling;
    private final Map<String, Float> fuzzyFields;
    private final TypoTolerance typoTolerance;
    private int clauses;
    private int multiTermClauses;
    private int approximateWords;

    @FunctionalInterface
    private interface PerField {
        Query build(String field) throws ParseException;
    }

    /**
     * @param fields the fields searched, with boosts
     * @param spellingFields the spelling fields for fuzzy matching, with boosts
     * @param typoTolerance which plain words are matched fuzzily too
     */
    RegistryQueryParser(Map<String, Float> fields, Map<String, Float> spellingFields, TypoTolerance typoTolerance) {
        super(ALL_FIELDS, FieldAnalyzers.perField());
        this.wordAndBigramFields = fields;
        this.fields = new LinkedHashMap<>(fields);
        this.fields.keySet().removeAll(IndexFields.CHINESE_BIGRAM_FIELDS);
        this.spellingFields = spellingFields;
        this.fieldsWithSpelling = new LinkedHashMap<>(wordAndBigramFields);
        fieldsWithSpelling.putAll(spellingFields);
        this.fuzzyFields = new LinkedHashMap<>(this.fields);
        fuzzyFields.putAll(spellingFields);
        this.typoTolerance = typoTolerance;
        setSplitOnWhitespace(true);
        setDefaultOperator(QueryParser.Operator.AND);
        setAutoGeneratePhraseQueries(false);
        setAllowLeadingWildcard(false);
        setFuzzyPrefixLength(1);
        setDeterminizeWorkLimit(SearchLimits.DETERMINIZE_WORK_LIMIT);
        setMultiTermRewriteMethod(
                new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(SearchLimits.MAX_TERM_EXPANSIONS));
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (fieldsWithSpelling.containsKey(field)) {
            return super.getFieldQuery(field, queryText, quoted);
        }
        countClause(field);
        Map<String, Float> searched = typoTolerance.enabled() && !quoted ? fieldsWithSpelling : wordAndBigramFields;
        return acrossFields(f -> super.getFieldQuery(f, queryText, quoted || isBigrams(f)), searched);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (fields.containsKey(field)) {
            return super.getFieldQuery(field, queryText, slop);
        }
        countClause(field);
        return acrossFields(f -> super.getFieldQuery(f, queryText, slop), fields);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        countMultiTermClause(field, termStr.length());
        return acrossFields(f -> prefixIn(f, termStr), fields);
    }

    /** The normalised prefix, or the analysed words with the last one as a prefix. */
    private Query prefixIn(String field, String termStr) throws ParseException {
        Query literal = super.getPrefixQuery(field, termStr);
        if (IndexFields.IDENTIFIER_FIELDS.contains(field)) {
            return literal;
        }
        List<String> words = AnalysedWords.of(getAnalyzer(), field, termStr);
        if (words.isEmpty()) {
            return literal;
        }
        Query lastAsPrefix = newPrefixQuery(new Term(field, words.get(words.size() - 1)));
        Query analysedQuery = lastAsPrefix;
        if (words.size() > 1) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            words.subList(0, words.size() - 1)
                    .forEach(word -> all.add(new TermQuery(new Term(field, word)), BooleanClause.Occur.MUST));
            analysedQuery = all.add(lastAsPrefix, BooleanClause.Occur.MUST).build();
        }
        if (analysedQuery.equals(literal)) {
            return literal;
        }
        return new BooleanQuery.Builder()
                .add(literal, BooleanClause.Occur.SHOULD)
                .add(analysedQuery, BooleanClause.Occur.SHOULD)
                .build();
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        int firstWildcard = firstWildcard(termStr);
        countMultiTermClause(field, firstWildcard < 0 ? termStr.length() : firstWildcard);
        if (wildcards(termStr) > SearchLimits.MAX_WILDCARDS_PER_TERM) {
            throw new SearchLimitException(
                    "a term may contain at most " + SearchLimits.MAX_WILDCARDS_PER_TERM + " wildcards (* or ?)");
        }
        try {
            return acrossFields(f -> super.getWildcardQuery(f, termStr), fields);
        } catch (TooComplexToDeterminizeException tooComplex) {
            throw new SearchLimitException("the wildcard term is too complex; please use fewer wildcards");
        }
    }

    /** How many prefix, wildcard and fuzzy terms the query parsed so far contains. */
    int multiTermClauses() {
        return multiTermClauses;
    }

    /** How many plain words (per spelling field) the typo tolerance matched approximately. */
    int approximateWords() {
        return approximateWords;
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        countMultiTermClause(field, Integer.MAX_VALUE);
        return acrossFields(f -> fuzzyIn(f, termStr, minSimilarity), fuzzyFields);
    }

    /** As written in spelling and identifier fields; as analysed words in the text fields. */
    private Query fuzzyIn(String field, String termStr, float minSimilarity) throws ParseException {
        if (spellingFields.containsKey(field) || IndexFields.IDENTIFIER_FIELDS.contains(field)) {
            return super.getFuzzyQuery(field, termStr, minSimilarity);
        }
        List<String> words = AnalysedWords.of(getAnalyzer(), field, termStr);
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() == 1) {
            return newFuzzyQuery(new Term(field, words.get(0)), minSimilarity, getFuzzyPrefixLength());
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            all.add(
                    newFuzzyQuery(new Term(field, word), minSimilarity, getFuzzyPrefixLength()),
                    BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    @Override
    protected Query getRangeQuery(
            String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        throw new ParseException("range queries are not supported");
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        throw new ParseException("regular expressions are not supported");
    }

    @Override
    protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
        int length = term.text().codePointCount(0, term.text().length());
        int edits = FuzzyQuery.floatToEdits(minimumSimilarity, length);
        if (AnalysedWords.isHan(term.text())) {
            // a Chinese word is two to four characters: two edits would make 电池 match any 电 word
            edits = Math.min(edits, length / HAN_CHARACTERS_PER_EDIT);
        } else {
            // as asked, but one edit below TWO_EDITS_FROM letters: two make battery~ find better
            edits = Math.min(edits, length < TypoTolerance.TWO_EDITS_FROM ? 1 : 2);
        }
        if (edits == 0) {
            return new TermQuery(term);
        }
        return new FuzzyQuery(term, edits, prefixLength, SearchLimits.MAX_TERM_EXPANSIONS, true);
    }

    @Override
    protected Query newTermQuery(Term term, float boost) {
        int edits = spellingFields.containsKey(term.field())
                ? typoTolerance.editsFor(term.text(), spellingFields.keySet())
                : 0;
        if (edits > 0) {
            approximateWords++;
            Query fuzzy = new FuzzyQuery(term, edits, 1, SearchLimits.MAX_TERM_EXPANSIONS, true);
            return boost == 1f ? fuzzy : new BoostQuery(fuzzy, boost);
        }
        return super.newTermQuery(term, boost);
    }

    private Query acrossFields(PerField perField, Map<String, Float> searched) throws ParseException {
        List<Query> perFieldQueries = new ArrayList<>();
        for (Map.Entry<String, Float> field : searched.entrySet()) {
            Query query = perField.build(field.getKey());
            if (query == null) {
                continue;
            }
            if (IndexFields.IDENTIFIER_FIELDS.contains(field.getKey())) {
                query = new ConstantScoreQuery(query);
            }
            perFieldQueries.add(new BoostQuery(query, field.getValue()));
        }
        if (perFieldQueries.isEmpty()) {
            return null;
        }
        return perFieldQueries.size() == 1
                ? perFieldQueries.get(0)
                : new DisjunctionMaxQuery(perFieldQueries, TIE_BREAKER);
    }

    private void countClause(String field) throws ParseException {
        if (!ALL_FIELDS.equals(field)) {
            throw new ParseException("field queries are not supported");
        }
        if (++clauses > SearchLimits.MAX_QUERY_CLAUSES) {
            throw new SearchLimitException(
                    "the query has more than " + SearchLimits.MAX_QUERY_CLAUSES + " terms; please shorten it");
        }
    }

    private void countMultiTermClause(String field, int literalPrefixLength) throws ParseException {
        countClause(field);
        if (literalPrefixLength < SearchLimits.MIN_WILDCARD_PREFIX) {
            throw new SearchLimitException(
                    "a wildcard needs at least " + SearchLimits.MIN_WILDCARD_PREFIX + " characters before it");
        }
        if (++multiTermClauses > SearchLimits.MAX_MULTI_TERM_CLAUSES) {
            throw new SearchLimitException(
                    "a query may contain at most " + SearchLimits.MAX_MULTI_TERM_CLAUSES + " wildcard or fuzzy terms");
        }
    }

    /** The unescaped {@code *} and {@code ?} in a term. */
    private static int wildcards(String term) {
        int count = 0;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '?') {
                count++;
            }
        }
        return count;
    }

    private static int firstWildcard(String term) {
        int star = term.indexOf('*');
        int question = term.indexOf('?');
        if (star < 0) {
            return question;
        }
        return question < 0 ? star : Math.min(star, question);
    }

    private static boolean isBigrams(String field) {
        return IndexFields.CHINESE_BIGRAM_FIELDS.contains(field);
    }
}
