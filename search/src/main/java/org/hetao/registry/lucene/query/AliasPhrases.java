package org.hetao.registry.lucene.query;

import java.util.regex.Pattern;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.hetao.registry.lucene.Audience;
import org.hetao.registry.lucene.index.FieldAnalyzers;
import org.hetao.registry.lucene.index.IndexFields;

/**
 * Ranks a record whose institutions are called by a Chinese word of the query first. Everyday
 * names are short (港大, 中大) and the segmenter splits them into single characters, which the
 * query then matches anywhere: 港大 would find 港中大 as well. A word of the query written in Han
 * characters only is therefore also searched as a phrase of the alias field; the phrase only
 * adds to the score (a constant one, so that a common character does not weigh less), it never
 * decides what matches.
 */
final class AliasPhrases {

    /** A matching phrase's constant score: above what text scores, below an exact identifier. */
    static final float PHRASE_SCORE = 100f;

    private static final Pattern HAN_WORD = Pattern.compile("\\p{IsHan}{2,}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AliasPhrases() {}

    /** The phrases of the query's Han words in the audience's alias field, or null when it has none. */
    static Query of(String query, Audience audience) {
        String field = audience.publicTextOnly() ? IndexFields.INVESTOR_ALIAS_ZH : IndexFields.ALIAS_ZH;
        QueryBuilder builder = new QueryBuilder(FieldAnalyzers.perField());
        BooleanQuery.Builder phrases = new BooleanQuery.Builder();
        int count = 0;
        for (String word : SPACES.split(query.strip())) {
            if (count < 8 && HAN_WORD.matcher(word).matches()) {
                Query phrase = builder.createPhraseQuery(field, word);
                if (phrase != null) {
                    phrases.add(new ConstantScoreQuery(phrase), BooleanClause.Occur.SHOULD);
                    count++;
                }
            }
        }
        return count == 0 ? null : new BoostQuery(phrases.build(), PHRASE_SCORE);
    }

    /** {@code query} with the phrases as optional clauses that only add to the score. */
    static Query rankingFirst(Query query, Query phrases) {
        if (phrases == null) {
            return query;
        }
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(phrases, BooleanClause.Occur.SHOULD)
                .build();
    }
}
