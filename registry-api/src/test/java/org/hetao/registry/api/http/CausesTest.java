package org.hetao.registry.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class CausesTest {
    @Test
    void theChainRunsFromTheFailureToItsRootCause() {
        SQLException root = new SQLException("refused", "08001");
        RuntimeException outer = new RuntimeException("wrapped", new IllegalStateException("middle", root));
        assertEquals(3, Causes.of(outer).size());
        assertSame(root, Causes.root(outer));
        assertSame(root, Causes.find(outer, SQLException.class));
        assertNull(Causes.find(outer, ArithmeticException.class));
    }

    @Test
    void aCycleOfCausesEnds() {
        IllegalStateException a = new IllegalStateException("a");
        IllegalArgumentException b = new IllegalArgumentException("b", a);
        a.initCause(b);
        assertEquals(2, Causes.of(a).size());
    }
}
