package org.hetao.registry.lucene.query;

import static org.hetao.registry.lucene.index.IndexFields.*;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hetao.registry.lucene.Audience;

/**
 * Which fields a query searches, with their boosts: exact identifiers highest, then title, then the
 * everyday names of the institutions (aliases), then summary and abstract, then keywords, then
 * other text; Chinese text is searched as words and, at half the weight, as Han character pairs.
 * Identifier matches are constant-scored at
 * their boost, far above what text can score, so an exact identifier always ranks first. The
 * spelling fields serve typo-tolerant matching only. Investors search the investor copies of the
 * public fields, which only investor-visible records have (see {@link
 * org.hetao.registry.lucene.index.IndexFields#INVESTOR_TITLE_EN}).
 */
public final class QueryFields {

    static final float IDENTIFIER_BOOST = 1000f;
    static final float INTERNAL_IDENTIFIER_BOOST = 800f;
    static final float TITLE_BOOST = 5f;
    static final float ALIAS_BOOST = 4f;
    static final float SUMMARY_BOOST = 2.5f;
    static final float ABSTRACT_BOOST = 2.5f;
    static final float KEYWORDS_BOOST = 2f;
    static final float OTHER_BOOST = 1f;
    /**
     * A Chinese field's character-pair companion weighs this share of the field: a match of whole
     * words ranks above a match of the same characters alone.
     */
    static final float BIGRAM_SHARE = 0.5f;

    static final float SPELLING_PUBLIC_BOOST = 2f;
    static final float SPELLING_INTERNAL_BOOST = 1f;

    private static final Map<String, Float> INVESTOR = investorFields();
    private static final Map<String, Float> ALL = allFields();

    private QueryFields() {}

    /** Field name to boost, in a fixed order. */
    public static Map<String, Float> forAudience(Audience audience) {
        return audience.publicTextOnly() ? INVESTOR : ALL;
    }

    /** The spelling fields an audience may match, with boosts. */
    public static Map<String, Float> spellingFor(Audience audience) {
        return audience.publicTextOnly()
                ? Map.of(INVESTOR_SPELLING, SPELLING_PUBLIC_BOOST)
                : Map.of(SPELLING_PUBLIC, SPELLING_PUBLIC_BOOST, SPELLING_INTERNAL, SPELLING_INTERNAL_BOOST);
    }

    private static Map<String, Float> publicFields() {
        Map<String, Float> fields = new LinkedHashMap<>();
        fields.put(IDENT_PUBLIC, IDENTIFIER_BOOST);
        fields.put(TITLE_EN, TITLE_BOOST);
        fields.put(TITLE_ZH, TITLE_BOOST);
        fields.put(ALIAS_EN, ALIAS_BOOST);
        fields.put(ALIAS_ZH, ALIAS_BOOST);
        fields.put(SUMMARY_EN, SUMMARY_BOOST);
        fields.put(SUMMARY_ZH, SUMMARY_BOOST);
        return fields;
    }

    private static Map<String, Float> investorFields() {
        Map<String, Float> fields = new LinkedHashMap<>();
        fields.put(INVESTOR_IDENT, IDENTIFIER_BOOST);
        fields.put(INVESTOR_TITLE_EN, TITLE_BOOST);
        fields.put(INVESTOR_TITLE_ZH, TITLE_BOOST);
        fields.put(INVESTOR_ALIAS_EN, ALIAS_BOOST);
        fields.put(INVESTOR_ALIAS_ZH, ALIAS_BOOST);
        fields.put(INVESTOR_SUMMARY_EN, SUMMARY_BOOST);
        fields.put(INVESTOR_SUMMARY_ZH, SUMMARY_BOOST);
        return withBigrams(fields);
    }

    private static Map<String, Float> allFields() {
        Map<String, Float> fields = new LinkedHashMap<>(publicFields());
        fields.put(IDENT_INTERNAL, INTERNAL_IDENTIFIER_BOOST);
        fields.put(ABSTRACT_EN, ABSTRACT_BOOST);
        fields.put(ABSTRACT_ZH, ABSTRACT_BOOST);
        fields.put(KEYWORDS_EN, KEYWORDS_BOOST);
        fields.put(KEYWORDS_ZH, KEYWORDS_BOOST);
        fields.put(OTHER_EN, OTHER_BOOST);
        fields.put(OTHER_ZH, OTHER_BOOST);
        return withBigrams(fields);
    }

    /** The fields, then each Chinese field's character-pair companion at {@link #BIGRAM_SHARE} of its boost. */
    private static Map<String, Float> withBigrams(Map<String, Float> fields) {
        Map<String, Float> all = new LinkedHashMap<>(fields);
        fields.forEach((field, boost) -> {
            if (CHINESE_FIELDS.contains(field)) {
                all.put(bigrams(field), boost * BIGRAM_SHARE);
            }
        });
        return Collections.unmodifiableMap(all);
    }
}
