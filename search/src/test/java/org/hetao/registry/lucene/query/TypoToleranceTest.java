package org.hetao.registry.lucene.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypoToleranceTest {

    @Test
    void shortWordsAndNonWordsGetNoEdits() {
        assertEquals(0, TypoTolerance.editsForLength("sonar"), "solar is one edit away, and a word");
        assertEquals(0, TypoTolerance.editsForLength("gene"));
        assertEquals(0, TypoTolerance.editsForLength("covid19"));
        assertEquals(0, TypoTolerance.editsForLength(""));
    }

    @Test
    void editsGrowWithTheWord() {
        assertEquals(1, TypoTolerance.editsForLength("vacine"));
        assertEquals(1, TypoTolerance.editsForLength("exoskeletn"));
        assertEquals(2, TypoTolerance.editsForLength("semicondcutor"));
    }

    @Test
    void aWordTheIndexContainsIsNotATypo() {
        Set<String> vocabulary = Set.of("spelling.public/hydrogel");
        TypoTolerance tolerance = TypoTolerance.outside(t -> vocabulary.contains(t.field() + "/" + t.text()));
        List<String> fields = List.of("spelling.public", "spelling.internal");
        assertEquals(0, tolerance.editsFor("hydrogel", fields));
        assertEquals(1, tolerance.editsFor("hydrogell", fields));
        assertEquals(0, TypoTolerance.NONE.editsFor("hydrogell", fields));
    }
}
