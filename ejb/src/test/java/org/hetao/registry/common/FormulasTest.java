package org.hetao.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FormulasTest {
    @Test
    void prefixesCellsThatASpreadsheetWouldRunAsFormulas() {
        assertEquals(
                "'=HYPERLINK(\"http://evil.example\",\"click\")",
                Formulas.neutralise("=HYPERLINK(\"http://evil.example\",\"click\")"));
        assertEquals("'+1", Formulas.neutralise("+1"));
        assertEquals("'-2+3", Formulas.neutralise("-2+3"));
        assertEquals("'@SUM(A1)", Formulas.neutralise("@SUM(A1)"));
        assertEquals("'\tx", Formulas.neutralise("\tx"));
        assertEquals("'\rx", Formulas.neutralise("\rx"));
    }

    @Test
    void leavesOtherCellsAlone() {
        assertEquals("HT-2025-0042", Formulas.neutralise("HT-2025-0042"));
        assertEquals("a = b", Formulas.neutralise("a = b"));
        assertEquals("", Formulas.neutralise(""));
        assertNull(Formulas.neutralise(null));
        assertEquals("'quoted", Formulas.neutralise("'quoted"));
    }

    @Test
    void restoreUndoesNeutralise() {
        for (String s : new String[] {"=1+1", "+x", "-", "@a", "'quoted", "plain", "'=already"}) {
            assertEquals(s, Formulas.restore(Formulas.neutralise(s)));
        }
    }
}
