package org.hetao.registry.search.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.hetao.registry.search.SearchLimitException;
import org.hetao.registry.search.SearchLimits;
import org.hetao.registry.search.index.FieldAnalyzers;
import org.hetao.registry.search.index.IndexFields;

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
 * <p>Fuzzy terms ({@code battrey~}) are matched against the unstemmed spelling fields and the
 * identifiers. With {@code typoTolerant}, every plain word of four or more letters is also
 * matched fuzzily in the spelling fields (one edit, two from eight letters): used when an exact
 * search found nothing.
 *
 * <p>Not thread-safe: one parser per query.
 */
final class RegistryQueryParser extends QueryParser {

  /** The pseudo-field a term without a field is parsed in, expanded to the real fields. */
  private static final String ALL_FIELDS = "_all";

  /** Weight of the non-best fields in each per-term disjunction. */
  private static final float TIE_BREAKER = 0.1f;

  private final Map<String, Float> fields;
  private final Map<String, Float> spellingFields;
  private final Map<String, Float> fieldsWithSpelling;
  private final Map<String, Float> fuzzyFields;
  private final boolean typoTolerant;
  private int clauses;
  private int multiTermClauses;

  @FunctionalInterface
  private interface PerField {
    Query build(String field) throws ParseException;
  }

  /**
   * @param fields the fields searched, with boosts
   * @param spellingFields the spelling fields for fuzzy matching, with boosts
   * @param typoTolerant whether plain words are matched fuzzily too
   */
  RegistryQueryParser(Map<String, Float> fields, Map<String, Float> spellingFields, boolean typoTolerant) {
    super(ALL_FIELDS, FieldAnalyzers.perField());
    this.fields = fields;
    this.spellingFields = spellingFields;
    this.fieldsWithSpelling = new LinkedHashMap<>(fields);
    fieldsWithSpelling.putAll(spellingFields);
    this.fuzzyFields = new LinkedHashMap<>(spellingFields);
    fields.forEach((field, boost) -> {
      if (IndexFields.IDENTIFIER_FIELDS.contains(field)) {
        fuzzyFields.put(field, boost);
      }
    });
    this.typoTolerant = typoTolerant;
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
    Map<String, Float> searched = typoTolerant && !quoted ? fieldsWithSpelling : fields;
    return acrossFields(f -> super.getFieldQuery(f, queryText, quoted), searched);
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
    return acrossFields(f -> super.getPrefixQuery(f, termStr), fields);
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

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    countMultiTermClause(field, Integer.MAX_VALUE);
    return acrossFields(f -> super.getFuzzyQuery(f, termStr, minSimilarity), fuzzyFields);
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    throw new ParseException("range queries are not supported");
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    throw new ParseException("regular expressions are not supported");
  }

  @Override
  protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
    int edits = FuzzyQuery.floatToEdits(minimumSimilarity, term.text().codePointCount(0, term.text().length()));
    return new FuzzyQuery(term, edits, prefixLength, SearchLimits.MAX_TERM_EXPANSIONS, true);
  }

  @Override
  protected Query newTermQuery(Term term, float boost) {
    if (typoTolerant && spellingFields.containsKey(term.field()) && isWord(term.text())) {
      int edits = term.text().length() >= 8 ? 2 : 1;
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
          "a query may contain at most " + SearchLimits.MAX_MULTI_TERM_CLAUSES
              + " wildcard or fuzzy terms");
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

  private static boolean isWord(String term) {
    return term.length() >= 4 && term.chars().allMatch(Character::isLetter);
  }
}
