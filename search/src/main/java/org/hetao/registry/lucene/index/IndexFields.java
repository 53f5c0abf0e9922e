package org.hetao.registry.lucene.index;

import java.util.List;
import org.hetao.registry.lucene.Language;

/**
 * The names of every field in the index, with the analysis each one gets. English text goes to
 * {@code *.en} fields, Chinese text of both scripts to {@code *.zh} fields; the display text of
 * each language is kept in stored-only {@code stored.*} fields. Facets live in Lucene's default
 * facet field ({@code $facets}, sorted-set doc values) and are not listed here.
 */
public final class IndexFields {

    // ---- identity and access ----

    /** "type:id"; StringField (not analysed) used to replace and delete, plus doc values to break sort ties. */
    public static final String UID = "uid";
    /** Document type URL name; stored only (read back into hits). */
    public static final String TYPE = "type";
    /** Record id; stored only (read back into hits). */
    public static final String ID = "id";
    /** Visibility enum name; StringField, matched exactly by audience filters. */
    public static final String VISIBILITY = "visibility";
    /** "true" on investor-visible records only; StringField, matched exactly by the investor filter. */
    public static final String INVESTOR_VISIBLE = "investor_visible";
    /** Ids of the institutions taking part; LongPoint, matched as a set by audience filters. */
    public static final String PARTY = "party";
    /** Rebuild generation that last wrote the document; StringField, so a rebuild can delete what it did not rewrite. */
    public static final String GENERATION = "generation";

    // ---- public text: investors may match these ----

    /** Title in English; EnglishTextAnalyzer (stemmed, stop words), positions for phrases. */
    public static final String TITLE_EN = "title.en";
    /** Title in Traditional and Simplified Chinese; ChineseTextAnalyzer (folded, segmented). */
    public static final String TITLE_ZH = "title.zh";
    /** Public summary in English; EnglishTextAnalyzer. */
    public static final String SUMMARY_EN = "summary.en";
    /** Public summary in Chinese; ChineseTextAnalyzer. */
    public static final String SUMMARY_ZH = "summary.zh";
    /** Disclosable identifiers; IdentifierAnalyzer (whole value, case-folded). */
    public static final String IDENT_PUBLIC = "ident.public";
    /** Everyday names of the institutions (港大, PolyU) in English words; EnglishTextAnalyzer. */
    public static final String ALIAS_EN = "alias.en";
    /** The same names in Chinese words; ChineseTextAnalyzer (folded, segmented as a query is). */
    public static final String ALIAS_ZH = "alias.zh";

    // ---- the public text again, on investor-visible records only: what investors match ----
    // Investors search these instead of the fields above, so every term a prefix, wildcard or fuzzy
    // term expands to and every statistic a score uses (document frequencies, lengths) comes from
    // records investors may see: a record they cannot see changes nothing in their results.

    /** TITLE_EN of investor-visible records; EnglishTextAnalyzer. */
    public static final String INVESTOR_TITLE_EN = "investor.title.en";
    /** TITLE_ZH of investor-visible records; ChineseTextAnalyzer. */
    public static final String INVESTOR_TITLE_ZH = "investor.title.zh";
    /** SUMMARY_EN of investor-visible records; EnglishTextAnalyzer. */
    public static final String INVESTOR_SUMMARY_EN = "investor.summary.en";
    /** SUMMARY_ZH of investor-visible records; ChineseTextAnalyzer. */
    public static final String INVESTOR_SUMMARY_ZH = "investor.summary.zh";
    /** IDENT_PUBLIC of investor-visible records; IdentifierAnalyzer. */
    public static final String INVESTOR_IDENT = "investor.ident";
    /** ALIAS_EN of investor-visible records; EnglishTextAnalyzer. */
    public static final String INVESTOR_ALIAS_EN = "investor.alias.en";
    /** ALIAS_ZH of investor-visible records; ChineseTextAnalyzer. */
    public static final String INVESTOR_ALIAS_ZH = "investor.alias.zh";
    /** SPELLING_PUBLIC of investor-visible records; unstemmed EnglishTextAnalyzer, no positions or norms. */
    public static final String INVESTOR_SPELLING = "investor.spelling";

    // ---- internal text: never matched for investors ----

    /** Abstract in English; EnglishTextAnalyzer. */
    public static final String ABSTRACT_EN = "abstract.en";
    /** Abstract in Chinese; ChineseTextAnalyzer. */
    public static final String ABSTRACT_ZH = "abstract.zh";
    /** Keywords of any language; EnglishTextAnalyzer (the same keywords also go to KEYWORDS_ZH). */
    public static final String KEYWORDS_EN = "keywords.en";
    /** Keywords of any language; ChineseTextAnalyzer. */
    public static final String KEYWORDS_ZH = "keywords.zh";
    /** Other text in English; EnglishTextAnalyzer. */
    public static final String OTHER_EN = "other.en";
    /** Other text in Chinese; ChineseTextAnalyzer. */
    public static final String OTHER_ZH = "other.zh";
    /** Identifiers not for disclosure (e.g. internal project codes); IdentifierAnalyzer. */
    public static final String IDENT_INTERNAL = "ident.internal";

    // ---- English words as written, for typo-tolerant matching only ----

    /** English title and summary words; unstemmed EnglishTextAnalyzer, no positions or norms. */
    public static final String SPELLING_PUBLIC = "spelling.public";
    /** English abstract, keyword and other-text words; unstemmed EnglishTextAnalyzer, no positions or norms. */
    public static final String SPELLING_INTERNAL = "spelling.internal";

    // ---- stored display text and sort keys ----

    /** Prefix of the stored-only display titles, one per language: {@code stored.title.zh-Hant}. */
    public static final String STORED_TITLE = "stored.title.";
    /** Prefix of the stored-only public summaries, one per language. */
    public static final String STORED_SUMMARY = "stored.summary.";
    /** Prefix of the stored-only abstracts, one per language (internal: never read for investors). */
    public static final String STORED_ABSTRACT = "stored.abstract.";
    /** Sort date as epoch day; NumericDocValues only. */
    public static final String SORT_DATE = "sort.date";
    /** Prefix of the title sort keys, one per language; ICU collation keys in SortedDocValues. */
    public static final String SORT_TITLE = "sort.title.";

    /** Every analysed English text field. */
    public static final List<String> ENGLISH_FIELDS = List.of(
            TITLE_EN,
            SUMMARY_EN,
            ABSTRACT_EN,
            KEYWORDS_EN,
            OTHER_EN,
            INVESTOR_TITLE_EN,
            INVESTOR_SUMMARY_EN,
            ALIAS_EN,
            INVESTOR_ALIAS_EN);
    /** Every analysed Chinese text field. */
    public static final List<String> CHINESE_FIELDS = List.of(
            TITLE_ZH,
            SUMMARY_ZH,
            ABSTRACT_ZH,
            KEYWORDS_ZH,
            OTHER_ZH,
            INVESTOR_TITLE_ZH,
            INVESTOR_SUMMARY_ZH,
            ALIAS_ZH,
            INVESTOR_ALIAS_ZH);
    /**
     * Each Chinese field's companion of Han character pairs ({@code title.zh.bigrams});
     * ChineseBigramAnalyzer. A query word matches here whatever way the word segmentation cut it.
     */
    public static final List<String> CHINESE_BIGRAM_FIELDS =
            CHINESE_FIELDS.stream().map(IndexFields::bigrams).toList();
    /** Every spelling field. */
    public static final List<String> SPELLING_FIELDS = List.of(SPELLING_PUBLIC, SPELLING_INTERNAL, INVESTOR_SPELLING);
    /** Every identifier field. */
    public static final List<String> IDENTIFIER_FIELDS = List.of(IDENT_PUBLIC, IDENT_INTERNAL, INVESTOR_IDENT);

    private IndexFields() {}

    /** A stored-only field name for a language, e.g. {@code stored(STORED_TITLE, ZH_HANT)}. */
    public static String stored(String prefix, Language language) {
        return prefix + language.tag();
    }

    /** The Han character-pair companion of a Chinese field: {@code title.zh.bigrams}. */
    public static String bigrams(String chineseField) {
        return chineseField + ".bigrams";
    }

    /** The title sort-key field for a display language. */
    public static String sortTitle(Language language) {
        return SORT_TITLE + language.tag();
    }

    /** The analysed field for a section's text in a language: {@code TITLE_EN} or {@code TITLE_ZH}. */
    public static String analysed(String englishField, String chineseField, Language language) {
        return language.isChinese() ? chineseField : englishField;
    }
}
