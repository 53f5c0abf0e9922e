package org.hetao.registry.indexing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class IndexReconcilerTest {
    @Test
    void differencesOfSortedIdsEachWay() {
        long[] database = {1, 2, 5, 8, 13};
        long[] index = {2, 3, 5, 13, 21};
        assertArrayEquals(new long[] {1, 8}, IndexReconciler.without(database, index), "records without a document");
        assertArrayEquals(new long[] {3, 21}, IndexReconciler.without(index, database), "documents without a record");
        assertArrayEquals(new long[0], IndexReconciler.without(database, database));
        assertArrayEquals(database, IndexReconciler.without(database, new long[0]));
        assertArrayEquals(new long[0], IndexReconciler.without(new long[0], index));
    }
}
