package org.hetao.registry.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hetao.registry.common.InvalidValueException;
import org.junit.jupiter.api.Test;

class PersonTest {
    @Test
    void everyFaultOfAPersonIsReportedAtOnce() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> new Person(new PersonDetails(" ", null, "0000-0002-1825-0098", null, "not-an-address")));
        assertEquals(
                List.of("nameEn", "orcid", "institutionId", "email"),
                e.errors().stream().map(InvalidValueException.FieldError::field).toList());
    }

    @Test
    void aFailedChangeLeavesThePersonAsItWas() {
        Person p = new Person(new PersonDetails("Chan Tai Man", null, null, 1L, null));
        assertThrows(InvalidValueException.class, () -> p.describe(new PersonDetails("Lee", null, null, 1L, "bad")));
        assertEquals("Chan Tai Man", p.getNameEn());
    }
}
