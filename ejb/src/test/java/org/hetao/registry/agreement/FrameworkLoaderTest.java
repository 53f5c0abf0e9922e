package org.hetao.registry.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.common.NotFoundException;
import org.junit.jupiter.api.Test;

class FrameworkLoaderTest {
    private static final Set<String> SECTIONS = Set.of(
            "parties",
            "project",
            "definitions",
            "backgroundIp",
            "ownership",
            "inventors",
            "prosecution",
            "exploitation",
            "revenue",
            "publication",
            "confidentiality",
            "enforcement",
            "liability",
            "term",
            "assignment",
            "recording",
            "examination",
            "governingLaw",
            "disputes",
            "language",
            "signatures");
    private static final Set<String> CLAUSE_PLACEHOLDERS = Set.of(
            "projectCode",
            "projectTitle",
            "assetTitle",
            "assetType",
            "frameworkVersion",
            "leadParty",
            "costShares",
            "revenueShares",
            "abandonmentNoticeDays",
            "noticeDays",
            "maxDelayDays",
            "recordingParty",
            "seat",
            "seatLaw",
            "arbitrators",
            "arbitrationLanguage",
            "language",
            "languages",
            "prevailing");

    private final Framework fw = FrameworkLoader.current();

    @Test
    void versionOneIsPublishedAndKept() {
        assertEquals(1, fw.version());
        assertEquals(LocalDate.parse("2026-11-20"), fw.published());
        assertSame(fw, FrameworkLoader.load(1));
    }

    @Test
    void everySectionHasAHeadingInThreeScripts() {
        assertEquals(SECTIONS, fw.headings().keySet());
        fw.headings().values().forEach(h -> assertTrue(h.en() != null && h.zhHant() != null && h.zhHans() != null));
    }

    @Test
    void saysItIsATemplateNotLegalAdvice() {
        LocalizedText notice = fw.templateNotice();
        assertTrue(notice.en().contains("not legal advice"));
        assertTrue(notice.zhHant().contains("並不構成法律意見"));
        assertTrue(notice.zhHans().contains("不构成法律意见"));
    }

    @Test
    void clausesUseOnlyKnownPlaceholdersAndTheSameOnesInEveryScript() {
        fw.clauses().forEach((key, text) -> {
            Set<String> en = placeholders(text.en());
            assertEquals(en, placeholders(text.zhHant()), key);
            assertEquals(en, placeholders(text.zhHans()), key);
            assertTrue(CLAUSE_PLACEHOLDERS.containsAll(en), key + " uses " + en);
        });
    }

    @Test
    void traditionalAndSimplifiedTextsDiffer() {
        long same = fw.clauses().values().stream()
                .filter(t -> t.zhHant().equals(t.zhHans()))
                .count();
        assertEquals(0, same);
    }

    @Test
    void anUnknownVersionIsNotFound() {
        assertThrows(NotFoundException.class, () -> FrameworkLoader.load(99));
    }

    @Test
    void aTextMissingALanguageIsRejected() {
        String json = """
                {"version": 9, "published": "2026-01-01",
                 "title": {"en": "T", "zh-Hant": "T", "zh-Hans": "T"}, "templateNotice": {"en": "N", "zh-Hant": "N", "zh-Hans": "N"},
                 "headings": {}, "labels": {}, "warnings": {},
                 "clauses": {"term": {"en": "Term", "zh-Hant": "期限"}}}
                """;
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> FrameworkLoader.parse(
                        "test.json", Json.createReader(new StringReader(json)).readObject()));
        assertTrue(e.getMessage().contains("clauses.term") && e.getMessage().contains("zh-Hans"), e.getMessage());
    }

    @Test
    void aMissingKeyNamesTheFrameworkVersion() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fw.clause("nonsense"));
        assertTrue(e.getMessage().contains("version 1"));
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
