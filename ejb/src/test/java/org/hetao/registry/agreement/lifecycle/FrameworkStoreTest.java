package org.hetao.registry.agreement.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hetao.registry.common.InvalidValueException;
import org.junit.jupiter.api.Test;

class FrameworkStoreTest {
    @Test
    void readsTheSeededDocumentWithTheFrameworkParser() {
        assertEquals(1, FrameworkStore.parse("v1", FrameworkSeeder.resource()).version());
    }

    @Test
    void aBrokenDocumentIsABadValueOfTheFramework() {
        for (String broken : new String[] {
            "not json",
            "[]",
            "{\"version\": 2}",
            FrameworkSeeder.resource().replaceFirst("\"zh-Hans\": \"共有权属协议\"", "\"zh-Hans\": \"\"")
        }) {
            InvalidValueException e =
                    assertThrows(InvalidValueException.class, () -> FrameworkStore.parse("posted", broken), broken);
            assertEquals("framework", e.errors().get(0).field());
        }
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> FrameworkStore.parse(
                        "posted",
                        FrameworkSeeder.resource().replaceFirst("\"zh-Hans\": \"共有权属协议\"", "\"zh-Hans\": \"\"")));
        assertTrue(e.getMessage().contains("title") && e.getMessage().contains("zh-Hans"), e.getMessage());
    }
}
