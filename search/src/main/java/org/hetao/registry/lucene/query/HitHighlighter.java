package org.hetao.registry.lucene.query;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.hetao.registry.lucene.Audience;
import org.hetao.registry.lucene.HighlightedText;
import org.hetao.registry.lucene.Language;
import org.hetao.registry.lucene.LocalizedText;
import org.hetao.registry.lucene.Snippet;
import org.hetao.registry.lucene.index.FieldAnalyzers;
import org.hetao.registry.lucene.index.IndexFields;

/**
 * Marks the query's matches in a hit's stored title and text with Lucene's {@link
 * UnifiedHighlighter}, re-analysing the text of the display language (or the closest language
 * with a match) with the analyzer of the field the query searched. Every query term is marked
 * wherever it occurs in the text (phrases only as phrases), even when the text alone would not
 * satisfy the whole query. Investors get the public summary only; the abstract is never read for
 * them.
 */
final class HitHighlighter {

    /** Aimed-for length of a snippet, in characters. */
    static final int SNIPPET_LENGTH = 160;

    /** A stored text and the fields whose query terms may be marked in it. */
    private record Section(
            String name, String storedPrefix, String englishField, String chineseField, String spellingField) {

        /**
         * The fields to try for text in a language: the analysed field, then the spelling field
         * (English) or the Han character pairs (Chinese).
         */
        List<String> fields(Language language) {
            return language.isChinese()
                    ? List.of(chineseField, IndexFields.bigrams(chineseField))
                    : List.of(englishField, spellingField);
        }
    }

    private static final Section TITLE = new Section(
            "title", IndexFields.STORED_TITLE, IndexFields.TITLE_EN, IndexFields.TITLE_ZH, IndexFields.SPELLING_PUBLIC);
    private static final Section SUMMARY = new Section(
            "summary",
            IndexFields.STORED_SUMMARY,
            IndexFields.SUMMARY_EN,
            IndexFields.SUMMARY_ZH,
            IndexFields.SPELLING_PUBLIC);
    private static final Section INVESTOR_TITLE = new Section(
            "title",
            IndexFields.STORED_TITLE,
            IndexFields.INVESTOR_TITLE_EN,
            IndexFields.INVESTOR_TITLE_ZH,
            IndexFields.INVESTOR_SPELLING);
    private static final Section INVESTOR_SUMMARY = new Section(
            "summary",
            IndexFields.STORED_SUMMARY,
            IndexFields.INVESTOR_SUMMARY_EN,
            IndexFields.INVESTOR_SUMMARY_ZH,
            IndexFields.INVESTOR_SPELLING);
    private static final Section ABSTRACT = new Section(
            "abstract",
            IndexFields.STORED_ABSTRACT,
            IndexFields.ABSTRACT_EN,
            IndexFields.ABSTRACT_ZH,
            IndexFields.SPELLING_INTERNAL);

    private final Query query;
    private final Language language;
    private final Section title;
    private final List<Section> sections;
    private final UnifiedHighlighter passages;
    private final UnifiedHighlighter whole;

    HitHighlighter(Query query, Audience audience, Language language) {
        this.query = query;
        this.language = language;
        this.title = audience.publicTextOnly() ? INVESTOR_TITLE : TITLE;
        this.sections = audience.publicTextOnly() ? List.of(INVESTOR_SUMMARY) : List.of(SUMMARY, ABSTRACT);
        this.passages = UnifiedHighlighter.builderWithoutSearcher(FieldAnalyzers.perField())
                .withFormatter(new SegmentPassageFormatter())
                .withMaxNoHighlightPassages(0)
                .withWeightMatches(false)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.3f))
                .build();
        this.whole = UnifiedHighlighter.builderWithoutSearcher(FieldAnalyzers.perField())
                .withFormatter(new SegmentPassageFormatter())
                .withMaxNoHighlightPassages(0)
                .withWeightMatches(false)
                .withBreakIterator(WholeBreakIterator::new)
                .build();
    }

    /** Titles of a stored document by language. */
    static LocalizedText storedText(Document document, String storedPrefix) {
        Map<Language, String> values = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            String value = document.get(IndexFields.stored(storedPrefix, l));
            if (value != null) {
                values.put(l, value);
            }
        }
        return new LocalizedText(values);
    }

    /** The whole title in {@code titleLanguage} with matches marked. */
    HighlightedText title(String title, Language titleLanguage) throws IOException {
        return highlight(whole, this.title.fields(titleLanguage), title).orElseGet(() -> HighlightedText.plain(title));
    }

    /**
     * One snippet per section that has a match, preferring the display language; if nothing
     * matched, the start of the summary.
     */
    List<Snippet> snippets(Document document) throws IOException {
        List<Snippet> snippets = new ArrayList<>();
        for (Section section : sections) {
            LocalizedText text = storedText(document, section.storedPrefix());
            for (Language l : language.fallbackOrder()) {
                Optional<String> value = text.get(l);
                if (value.isEmpty()) {
                    continue;
                }
                Optional<HighlightedText> marked = highlight(passages, section.fields(l), value.get());
                if (marked.isPresent()) {
                    snippets.add(new Snippet(section.name(), l, marked.get()));
                    break;
                }
            }
        }
        return snippets.isEmpty() ? openings(document) : snippets;
    }

    /** The start of the summary, unmarked (or nothing when there is no summary). */
    List<Snippet> openings(Document document) {
        LocalizedText summary = storedText(document, SUMMARY.storedPrefix());
        return summary.bestLanguageFor(language)
                .map(l -> List.of(
                        new Snippet(SUMMARY.name(), l, opening(summary.get(l).orElseThrow()))))
                .orElse(List.of());
    }

    private Optional<HighlightedText> highlight(UnifiedHighlighter highlighter, List<String> fields, String text)
            throws IOException {
        for (String field : fields) {
            Object result = highlighter.highlightWithoutSearcher(field, query, text, 1);
            if (result instanceof HighlightedText marked && marked.hasHighlights()) {
                return Optional.of(marked);
            }
        }
        return Optional.empty();
    }

    private static HighlightedText opening(String text) {
        if (text.codePointCount(0, text.length()) <= SNIPPET_LENGTH) {
            return HighlightedText.plain(text);
        }
        int end = text.offsetByCodePoints(0, SNIPPET_LENGTH);
        return HighlightedText.plain(text.substring(0, end) + SegmentPassageFormatter.ELLIPSIS);
    }
}
