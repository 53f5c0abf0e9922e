package org.hetao.registry.lucene;

import static org.hetao.registry.lucene.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hetao.registry.lucene.HighlightedText.Segment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HighlightTest {

    @TempDir
    static Path dir;

    static SearchIndex index;

    @BeforeAll
    static void index() throws IOException {
        index = indexWith(
                dir,
                licensable(1, "Solid-state <battery> & cells", "固態電池")
                        .summary(LocalizedText.of(
                                "en",
                                "We license a <script>alert(1)</script> electrolyte for solid-state batteries. "
                                        + "It is stable up to 80 degrees and was tested for two years in the field.",
                                "zh-Hant",
                                "一種用於固態電池的電解質，可授權使用。"))
                        .build(),
                SearchDocument.builder(DocType.PROJECT, 2)
                        .visibility(Visibility.PUBLIC)
                        .title(LocalizedText.of("zh-Hans", "人工智能医学影像"))
                        .summary(LocalizedText.of("zh-Hans", "基于人工智能的医学影像分析。"))
                        .build());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void matchesAreMarkedAsSegmentsAndEscapedInHtml() throws IOException {
        SearchHit hit = search(index, everything("battery")).hits().get(0);

        assertEquals("Solid-state <battery> & cells", hit.title());
        assertEquals(
                List.of(
                        new Segment("Solid-state <", false),
                        new Segment("battery", true),
                        new Segment("> & cells", false)),
                hit.highlightedTitle().segments());
        assertEquals(
                "Solid-state &lt;<mark>battery</mark>&gt; &amp; cells",
                hit.highlightedTitle().toHtml());

        Snippet snippet = hit.snippets().get(0);
        assertEquals("summary", snippet.section());
        assertEquals(Language.EN, snippet.language());
        String html = snippet.text().toHtml();
        assertTrue(html.contains("<mark>batteries</mark>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("<script>"), html);
    }

    @Test
    void everyTermIsMarkedEvenWhereTheTextAloneWouldNotMatchTheQuery() throws IOException {
        SearchHit hit = search(index, everything("cells licensing")).hits().get(0);
        assertEquals(
                "Solid-state &lt;battery&gt; &amp; <mark>cells</mark>",
                hit.highlightedTitle().toHtml());
        assertTrue(hit.snippets().get(0).text().toHtml().contains("<mark>license</mark>"));
    }

    @Test
    void displayLanguageIsPreferredThenTheClosestOne() throws IOException {
        SearchHit traditional =
                search(index, everything("固態電池").language("zh-Hant-HK")).hits().get(0);
        assertEquals("固態電池", traditional.title());
        assertEquals(Language.ZH_HANT, traditional.titleLanguage());
        assertEquals(Language.ZH_HANT, traditional.snippets().get(0).language());
        assertTrue(traditional.snippets().get(0).text().hasHighlights());

        SearchHit simplifiedOnly =
                search(index, everything("人工智慧").language("zh-Hant")).hits().get(0);
        assertEquals("人工智能医学影像", simplifiedOnly.title());
        assertEquals(Language.ZH_HANS, simplifiedOnly.titleLanguage());
        assertEquals("<mark>人工智能</mark>医学影像", simplifiedOnly.highlightedTitle().toHtml());

        SearchHit english =
                search(index, everything("人工智能").language("en")).hits().get(0);
        assertEquals(Language.ZH_HANS, english.titleLanguage(), "no English title: closest available");
    }

    @Test
    void typoMatchesAreHighlightedToo() throws IOException {
        SearchResult result = search(index, everything("electrolite"));
        assertTrue(result.approximate());
        assertTrue(result.hits().get(0).snippets().get(0).text().toHtml().contains("<mark>electrolyte</mark>"));
    }

    @Test
    void browsingShowsTheStartOfTheSummary() throws IOException {
        SearchHit hit =
                search(index, everything("").types(DocType.PROJECT)).hits().get(0);
        assertEquals(
                List.of(new Snippet("summary", Language.ZH_HANS, HighlightedText.plain("基于人工智能的医学影像分析。"))),
                hit.snippets());
    }
}
