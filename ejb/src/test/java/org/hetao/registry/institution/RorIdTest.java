package org.hetao.registry.institution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hetao.registry.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RorIdTest {
    @ParameterizedTest
    @ValueSource(strings = {"02zhqgq86", "00t33hh48", "https://ror.org/02zhqgq86", " 02ZHQGQ86 "})
    void acceptsWellFormedIdsWithTheirCheckDigits(String id) {
        assertEquals(9, RorId.normalize("rorId", id).length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"02zhqgq87", "12zhqgq86", "02zhqgq8", "02zhqgq866", "02zhqiq86", "02zhqlq86", "0-zhqgq86"})
    void rejectsMalformedIdsAndWrongCheckDigits(String id) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> RorId.normalize("rorId", id));
        assertEquals("rorId", e.errors().get(0).field());
    }

    @Test
    void blankMeansNone() {
        assertNull(RorId.normalize("rorId", " "));
    }
}
