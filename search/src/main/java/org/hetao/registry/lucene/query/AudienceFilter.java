package org.hetao.registry.lucene.query;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.hetao.registry.lucene.Audience;
import org.hetao.registry.lucene.Visibility;
import org.hetao.registry.lucene.index.IndexFields;

/** The filter clause that keeps only what an {@link Audience} may see. */
public final class AudienceFilter {

    private AudienceFilter() {}

    /** The filter, or null when the audience may see everything. */
    public static Query of(Audience audience) {
        if (audience instanceof Audience.Investor) {
            return new TermQuery(new Term(IndexFields.INVESTOR_VISIBLE, "true"));
        }
        if (audience instanceof Audience.Institutions institutions) {
            BooleanQuery.Builder visible = new BooleanQuery.Builder();
            visible.add(
                    new TermQuery(new Term(IndexFields.VISIBILITY, Visibility.PUBLIC.name())),
                    BooleanClause.Occur.SHOULD);
            if (!institutions.institutionIds().isEmpty()) {
                visible.add(
                        LongPoint.newSetQuery(IndexFields.PARTY, institutions.institutionIds()),
                        BooleanClause.Occur.SHOULD);
            }
            return visible.setMinimumNumberShouldMatch(1).build();
        }
        return null;
    }
}
