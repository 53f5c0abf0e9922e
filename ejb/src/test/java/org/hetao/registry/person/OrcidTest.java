package org.hetao.registry.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hetao.registry.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrcidTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "0000-0002-1825-0097",
                "0000-0001-5109-3700",
                "0000-0002-1694-233X",
                "https://orcid.org/0000-0002-1825-0097"
            })
    void acceptsValidIds(String id) {
        assertEquals(19, Orcid.normalize("orcid", id).length());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0000-0002-1825-0098",
                "0000-0002-1694-2330",
                "0000-0002-1825-009",
                "000000021825009",
                "0000-0002-1825-00A7",
                "0000-0002-1825-0097-1"
            })
    void rejectsWrongCheckDigitsAndShapes(String id) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Orcid.normalize("orcid", id));
        assertEquals("orcid", e.errors().get(0).field());
    }

    @Test
    void groupsWrittenWithSpacesOrNothingAreTheSameId() {
        assertEquals("0000-0002-1825-0097", Orcid.normalize("orcid", "0000000218250097"));
        assertEquals("0000-0002-1825-0097", Orcid.normalize("orcid", " 0000 0002 1825 0097 "));
        assertEquals("0000-0002-1825-0097", Orcid.normalize("orcid", "orcid.org/0000000218250097"));
    }

    @Test
    void aShapeAndACheckCharacterFailureHaveTheirCodes() {
        InvalidValueException shape =
                assertThrows(InvalidValueException.class, () -> Orcid.normalize("orcid", "0000-0002"));
        assertEquals("orcid.format", shape.errors().get(0).code());
        InvalidValueException check =
                assertThrows(InvalidValueException.class, () -> Orcid.normalize("orcid", "0000-0002-1825-0098"));
        assertEquals("orcid.checksum", check.errors().get(0).code());
        assertEquals("7", check.errors().get(0).params().get("expected"));
    }

    @Test
    void lowerCaseXIsTheSameId() {
        assertEquals("0000-0002-1694-233X", Orcid.normalize("orcid", "0000-0002-1694-233x"));
    }
}
