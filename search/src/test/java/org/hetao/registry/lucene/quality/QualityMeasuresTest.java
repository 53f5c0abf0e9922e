package org.hetao.registry.lucene.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import org.hetao.registry.lucene.quality.SearchQualityTest.Measured;
import org.junit.jupiter.api.Test;

/** The measures SearchQualityTest reports, on hand-computed rankings. */
class QualityMeasuresTest {

    private static final double EPSILON = 1e-9;

    @Test
    void aPerfectRanking() {
        Measured m = Measured.of(List.of(1L, 2L), Set.of(1L, 2L));
        assertEquals(1, m.recall(), EPSILON);
        assertEquals(1, m.reciprocalRank(), EPSILON);
        assertEquals(1, m.ndcg(), EPSILON);
        assertEquals(1, m.precision(), EPSILON);
    }

    @Test
    void theOnlyRelevantRecordSecond() {
        Measured m = Measured.of(List.of(9L, 1L, 8L), Set.of(1L));
        assertEquals(1, m.recall(), EPSILON);
        assertEquals(0.5, m.reciprocalRank(), EPSILON);
        assertEquals(1 / (Math.log(3) / Math.log(2)), m.ndcg(), EPSILON);
        assertEquals(1.0 / 3, m.precision(), EPSILON);
    }

    @Test
    void halfTheRelevantRecordsFound() {
        Measured m = Measured.of(List.of(1L, 9L, 3L), Set.of(1L, 2L, 3L, 4L));
        assertEquals(0.5, m.recall(), EPSILON);
        assertEquals(1, m.reciprocalRank(), EPSILON);
        double dcg = 1 + 1 / (Math.log(4) / Math.log(2));
        double ideal = 1 + 1 / (Math.log(3) / Math.log(2)) + 0.5 + 1 / (Math.log(5) / Math.log(2));
        assertEquals(dcg / ideal, m.ndcg(), EPSILON);
        assertEquals(2.0 / 3, m.precision(), EPSILON);
    }

    @Test
    void nothingReturned() {
        Measured m = Measured.of(List.of(), Set.of(1L));
        assertEquals(0, m.recall(), EPSILON);
        assertEquals(0, m.ndcg(), EPSILON);
        assertFalse(m.returnedAny(), "left out of the precision average");
    }
}
