package org.hetao.registry.lucene.analysis;

import static org.hetao.registry.lucene.analysis.AnalyzersTest.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** English stemming, irregular forms and British/American spellings. */
class EnglishAnalysisTest {

    private static final Analyzer ENGLISH = new EnglishTextAnalyzer();

    @AfterAll
    static void close() {
        ENGLISH.close();
    }

    private static void sameTerms(String a, String b) throws IOException {
        assertEquals(terms(ENGLISH, a), terms(ENGLISH, b), a + " and " + b + " should be indexed alike");
    }

    private static void differentTerms(String a, String b) throws IOException {
        assertNotEquals(terms(ENGLISH, a), terms(ENGLISH, b), a + " and " + b + " should stay apart");
    }

    @Test
    void wordsThatOnlyShareLettersStayApart() throws IOException {
        differentTerms("universe", "university");
        differentTerms("universal", "university");
        differentTerms("experiment", "experience");
        differentTerms("organ", "organization");
        differentTerms("organs", "organisations");
        differentTerms("general", "generation");
        differentTerms("policy", "police");
        differentTerms("news", "new");
    }

    @Test
    void wordsTheStemmerWouldTurnIntoOtherWordsAreKept() throws IOException {
        differentTerms("aging", "age");
        sameTerms("ageing", "aging");
        differentTerms("machining", "machine");
    }

    @Test
    void regularInflectionsStillMeet() throws IOException {
        sameTerms("batteries", "battery");
        sameTerms("robots", "robot");
        sameTerms("robotic", "robot");
        sameTerms("universities", "university");
        sameTerms("experiments", "experiment");
        sameTerms("therapies", "therapy");
        sameTerms("detected", "detect");
        sameTerms("recycled", "recycling");
        sameTerms("licensing", "licensed");
    }

    @Test
    void irregularFormsMeetTheirBaseForm() throws IOException {
        sameTerms("mice", "mouse");
        sameTerms("analyses", "analysis");
        sameTerms("criteria", "criterion");
        sameTerms("hypotheses", "hypothesis");
        sameTerms("children", "child");
        sameTerms("Teeth", "tooth");
    }

    @Test
    void britishAndAmericanSpellingsMeet() throws IOException {
        sameTerms("tumour", "tumor");
        sameTerms("tumours", "tumors");
        sameTerms("Tumours", "tumor");
        sameTerms("organisation", "organization");
        sameTerms("organisations", "organizations");
        sameTerms("organised", "organized");
        sameTerms("colour", "color");
        sameTerms("centres", "centers");
        sameTerms("fibre", "fiber");
        sameTerms("ageing", "aging");
        sameTerms("aluminium", "aluminum");
        sameTerms("paediatric", "pediatric");
        sameTerms("haemoglobin", "hemoglobin");
        sameTerms("optimisation", "optimization");
        sameTerms("licence", "license");
        sameTerms("programme", "program");
        sameTerms("sulphide", "sulfide");
    }

    @Test
    void phrasesKeepTheirWordsInOrder() throws IOException {
        assertEquals(
                List.of("tumor", "organoid", "from", "child", "hospital"),
                terms(ENGLISH, "Tumour organoids from children's hospitals"));
    }

    @Test
    void everyBaseFormIsKeptAsItIsByTheStemmer() {
        for (Map.Entry<String, String> pair :
                EnglishWordForms.pairs(EnglishWordForms.WORD_FORMS_RESOURCE).entrySet()) {
            if (!pair.getKey().equals(pair.getValue())) {
                assertEquals(
                        pair.getValue(),
                        EnglishWordForms.stem(pair.getValue()),
                        pair.getKey() + " => " + pair.getValue() + ": the stemmer would change the base form");
            }
        }
    }

    @Test
    void everySpellingPairIsAnalysedAlike() throws IOException {
        for (Map.Entry<String, String> pair :
                EnglishWordForms.pairs(EnglishWordForms.SPELLINGS_RESOURCE).entrySet()) {
            sameTerms(pair.getKey(), pair.getValue());
        }
    }
}
