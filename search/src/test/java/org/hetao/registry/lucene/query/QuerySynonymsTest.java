package org.hetao.registry.lucene.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class QuerySynonymsTest {

    private static final QuerySynonyms SYNONYMS = QuerySynonyms.of("""
      # a comment
      covid-19, sars-cov-2, 新冠, 新型冠狀病毒
      lift, elevator
      mobile phone, cell phone
      """);

    private static String expand(String query) {
        return SYNONYMS.expand(query, UnaryOperator.identity(), true);
    }

    @Test
    void anEnglishWordBecomesItsGroup() {
        assertEquals("(\"lift\" OR \"elevator\") control", expand("lift control"));
        assertEquals("smart (\"lift\" OR \"elevator\")", expand("smart Lifts"), "after English analysis");
        assertEquals("(\"covid-19\" OR \"sars-cov-2\" OR \"新冠\" OR \"新型冠狀病毒\")", expand("COVID-19"));
    }

    @Test
    void phrasesOfSeveralWordsAreRecognised() {
        assertEquals("(\"mobile phone\" OR \"cell phone\") batteries", expand("cell phones batteries"));
        assertEquals("cell batteries", expand("cell batteries"));
    }

    @Test
    void chineseTermsAreFoundInsideChineseText() {
        assertEquals("(\"covid-19\" OR \"sars-cov-2\" OR \"新冠\" OR \"新型冠狀病毒\") 疫苗", expand("新冠疫苗"));
        assertEquals(
                "(\"covid-19\" OR \"sars-cov-2\" OR \"新冠\" OR \"新型冠狀病毒\")", expand("新型冠狀病毒"), "the longest term first");
        assertEquals("口服 (\"covid-19\" OR \"sars-cov-2\" OR \"新冠\" OR \"新型冠狀病毒\") 藥", expand("口服新冠藥"));
    }

    @Test
    void operatorsApplyToTheWholeGroup() {
        assertEquals("vaccine -(\"covid-19\" OR \"sars-cov-2\" OR \"新冠\" OR \"新型冠狀病毒\")", expand("vaccine -covid-19"));
        assertEquals("(robot OR (\"lift\" OR \"elevator\"))", expand("(robot OR lift)"));
        assertEquals("-新冠疫苗", expand("-新冠疫苗"), "an operator on a longer Chinese word keeps it whole");
    }

    @Test
    void quotedWildcardFuzzyAndEscapedWordsAreLeftAsTyped() {
        assertEquals("\"lift control\"", expand("\"lift control\""));
        assertEquals("lift* lift~ li\\ft", expand("lift* lift~ li\\ft"));
    }

    @Test
    void theRestOfTheQueryGoesThroughTheCallersFunction() {
        assertEquals(
                "A:B (\"lift\" OR \"elevator\") C:D",
                SYNONYMS.expand("a:b lift c:d", part -> part.toUpperCase(), true));
        assertEquals(
                "\\\"(\"lift\" OR \"elevator\")", SYNONYMS.expand("\"lift", part -> part.replace("\"", "\\\""), false));
    }

    @Test
    void groupsNeverMakeAQueryLongerThanItsLimit() {
        String longQuery = "word ".repeat(60) + "lift lift lift";
        String expanded = expand(longQuery);
        assertEquals(
                1,
                expanded.split("elevator", -1).length - 1,
                "63 words leave room for one more term: one group of two");
    }

    @Test
    void aTermInTwoGroupsIsAnError() {
        assertThrows(IllegalStateException.class, () -> QuerySynonyms.of("lift, elevator\nhoist, lift"));
        assertThrows(IllegalStateException.class, () -> QuerySynonyms.of("lonely"));
    }

    @Test
    void theReviewedListLoads() {
        assertEquals(
                "(\"lift\" OR \"elevator\")", QuerySynonyms.standard().expand("lift", UnaryOperator.identity(), true));
    }
}
