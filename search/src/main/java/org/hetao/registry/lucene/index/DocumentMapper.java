package org.hetao.registry.lucene.index;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.analysis.icu.ICUCollationDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.hetao.registry.lucene.DocType;
import org.hetao.registry.lucene.InternalText;
import org.hetao.registry.lucene.Language;
import org.hetao.registry.lucene.LocalizedText;
import org.hetao.registry.lucene.PublicText;
import org.hetao.registry.lucene.SearchDocument;
import org.hetao.registry.lucene.analysis.ChineseTextAnalyzer;

/** Turns a {@link SearchDocument} into the Lucene document described by {@link IndexFields}. */
public final class DocumentMapper {

    private static final Map<Language, Collator> TITLE_COLLATORS = titleCollators();

    /** Words for fuzzy matching only: no positions, no norms, not stored. */
    private static final FieldType SPELLING_TYPE = spellingType();

    private DocumentMapper() {}

    /** The unique key of a record: its type's URL name and id, e.g. {@code ip-asset:42}. */
    public static Term uid(DocType type, long id) {
        return new Term(IndexFields.UID, type.urlName() + ":" + id);
    }

    /** Every document not written by the given rebuild generation. */
    public static Query notOfGeneration(long generation) {
        return new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                .add(
                        new TermQuery(new Term(IndexFields.GENERATION, Long.toString(generation))),
                        BooleanClause.Occur.MUST_NOT)
                .build();
    }

    /**
     * The Lucene document for {@code source}.
     *
     * @param generation the rebuild generation to stamp it with
     */
    public static Document toDocument(SearchDocument source, long generation) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.GENERATION, Long.toString(generation), Field.Store.NO));
        String uid = uid(source.type(), source.id()).text();
        doc.add(new StringField(IndexFields.UID, uid, Field.Store.NO));
        doc.add(new SortedDocValuesField(IndexFields.UID, new BytesRef(uid)));
        doc.add(new StoredField(IndexFields.TYPE, source.type().urlName()));
        doc.add(new StoredField(IndexFields.ID, source.id()));
        doc.add(new StringField(IndexFields.VISIBILITY, source.visibility().name(), Field.Store.NO));
        if (source.investorVisible()) {
            doc.add(new StringField(IndexFields.INVESTOR_VISIBLE, "true", Field.Store.NO));
        }
        for (long party : source.partyInstitutionIds()) {
            doc.add(new LongPoint(IndexFields.PARTY, party));
        }

        PublicText publicText = source.publicText();
        addText(doc, publicText.title(), IndexFields.TITLE_EN, IndexFields.TITLE_ZH);
        addStored(doc, publicText.title(), IndexFields.STORED_TITLE);
        addText(doc, publicText.summary(), IndexFields.SUMMARY_EN, IndexFields.SUMMARY_ZH);
        addStored(doc, publicText.summary(), IndexFields.STORED_SUMMARY);
        publicText.identifiers().forEach(id -> doc.add(text(IndexFields.IDENT_PUBLIC, id)));
        addAliases(doc, publicText.aliases(), IndexFields.ALIAS_EN, IndexFields.ALIAS_ZH);
        addSpelling(doc, IndexFields.SPELLING_PUBLIC, publicText.title(), publicText.summary());
        if (source.investorVisible()) {
            addText(doc, publicText.title(), IndexFields.INVESTOR_TITLE_EN, IndexFields.INVESTOR_TITLE_ZH);
            addText(doc, publicText.summary(), IndexFields.INVESTOR_SUMMARY_EN, IndexFields.INVESTOR_SUMMARY_ZH);
            publicText.identifiers().forEach(id -> doc.add(text(IndexFields.INVESTOR_IDENT, id)));
            addAliases(doc, publicText.aliases(), IndexFields.INVESTOR_ALIAS_EN, IndexFields.INVESTOR_ALIAS_ZH);
            addSpelling(doc, IndexFields.INVESTOR_SPELLING, publicText.title(), publicText.summary());
        }

        InternalText internal = source.internalText();
        addText(doc, internal.abstractText(), IndexFields.ABSTRACT_EN, IndexFields.ABSTRACT_ZH);
        addStored(doc, internal.abstractText(), IndexFields.STORED_ABSTRACT);
        addText(doc, internal.otherText(), IndexFields.OTHER_EN, IndexFields.OTHER_ZH);
        for (String keyword : internal.keywords()) {
            doc.add(text(IndexFields.KEYWORDS_EN, keyword));
            doc.add(text(IndexFields.KEYWORDS_ZH, keyword));
            doc.add(text(IndexFields.bigrams(IndexFields.KEYWORDS_ZH), keyword));
        }
        internal.identifiers().forEach(id -> doc.add(text(IndexFields.IDENT_INTERNAL, id)));
        addSpelling(doc, IndexFields.SPELLING_INTERNAL, internal.abstractText(), internal.otherText());
        internal.keywords().forEach(k -> doc.add(new Field(IndexFields.SPELLING_INTERNAL, k, SPELLING_TYPE)));

        if (source.sortDate() != null) {
            doc.add(new NumericDocValuesField(
                    IndexFields.SORT_DATE, source.sortDate().toEpochDay()));
        }
        for (Language language : Language.values()) {
            publicText
                    .title()
                    .bestLanguageFor(language)
                    .flatMap(publicText.title()::get)
                    .ifPresent(title -> {
                        var key = new ICUCollationDocValuesField(
                                IndexFields.sortTitle(language), TITLE_COLLATORS.get(language));
                        key.setStringValue(title);
                        doc.add(key);
                    });
        }
        source.facets()
                .forEach((facet, values) ->
                        values.forEach(v -> doc.add(new SortedSetDocValuesFacetField(facet.dimension(), v))));
        return FacetSchema.config().build(doc);
    }

    /**
     * Each language's text into its analysed field. Traditional and Simplified text share the
     * Chinese field, where both are folded to Simplified; when they fold to the same string (the
     * usual case: one is the other converted), the Simplified text alone is analysed, since the
     * Traditional one would add the same words again at the cost of a second segmentation. Chinese
     * text also goes to the field's Han character-pair companion ({@link IndexFields#bigrams}).
     */
    private static void addText(Document doc, LocalizedText text, String englishField, String chineseField) {
        Map<Language, String> values = text.values();
        boolean sameChinese = sameOnceFolded(values.get(Language.ZH_HANT), values.get(Language.ZH_HANS));
        values.forEach((language, value) -> {
            if (!(sameChinese && language == Language.ZH_HANT)) {
                doc.add(text(IndexFields.analysed(englishField, chineseField, language), value));
                if (language.isChinese()) {
                    doc.add(text(IndexFields.bigrams(chineseField), value));
                }
            }
        });
    }

    private static boolean sameOnceFolded(String traditional, String simplified) {
        return traditional != null
                && simplified != null
                && ChineseTextAnalyzer.folded(traditional).equals(ChineseTextAnalyzer.folded(simplified));
    }

    /**
     * Each alias into both fields, as keywords are: an alias may be of either language or mix them
     * (港科大, CityU), and a query's words meet it in the field of their analysis.
     */
    private static void addAliases(Document doc, Iterable<String> aliases, String englishField, String chineseField) {
        for (String alias : aliases) {
            doc.add(text(englishField, alias));
            doc.add(text(chineseField, alias));
        }
    }

    private static void addSpelling(Document doc, String field, LocalizedText... texts) {
        for (LocalizedText text : texts) {
            text.get(Language.EN).ifPresent(english -> doc.add(new Field(field, english, SPELLING_TYPE)));
        }
    }

    private static FieldType spellingType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    private static void addStored(Document doc, LocalizedText text, String storedPrefix) {
        text.values()
                .forEach((language, value) ->
                        doc.add(new StoredField(IndexFields.stored(storedPrefix, language), value)));
    }

    private static Field text(String field, String value) {
        return new TextField(field, value, Field.Store.NO);
    }

    private static Map<Language, Collator> titleCollators() {
        Map<Language, Collator> collators = new EnumMap<>(Language.class);
        collators.put(Language.EN, collator(ULocale.ENGLISH));
        collators.put(Language.ZH_HANT, collator(ULocale.forLanguageTag("zh-Hant")));
        collators.put(Language.ZH_HANS, collator(ULocale.forLanguageTag("zh-Hans")));
        return collators;
    }

    private static Collator collator(ULocale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        return collator.freeze();
    }
}
