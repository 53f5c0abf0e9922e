package org.hetao.registry.transfer.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistryRefTest {
    @Test
    void readsBothFormsAndWritesTheOneWithTheInstance() {
        assertEquals(
                Optional.of(new RegistryRef("3f2a9c1e6d3a4f7e", 1151)),
                RegistryRef.parse("registry:3f2a9c1e6d3a4f7e:1151"));
        assertEquals(
                Optional.of(new RegistryRef(null, 1151)),
                RegistryRef.parse(" registry: 1151 "),
                "the form of files before instance ids");
        assertEquals("registry:3f2a9c1e6d3a4f7e:1151", RegistryRef.name("3f2a9c1e6d3a4f7e", 1151));
        assertEquals(
                "registry:old-a:1151",
                RegistryRef.parse("registry:1151").orElseThrow().in("old-a").toString());
        assertEquals(
                "registry:b:7",
                RegistryRef.parse("registry:b:7").orElseThrow().in("old-a").toString(),
                "an instance it names stays");
    }

    @Test
    void anythingElseIsAnOfficesOwnName() {
        for (String name : new String[] {
            "HKU-0001",
            "registry:",
            "registry:abc",
            "registry:a:b",
            "registry::12",
            "registry:a b:12",
            "registry:a:12x",
            "registry:" + "x".repeat(41) + ":1",
            "REGISTRY:12",
            "registry:a:12345678901234567890"
        }) {
            assertFalse(RegistryRef.parse(name).isPresent(), name);
        }
    }

    @Test
    void anInstanceIdIsLettersDigitsAndAFewMarks() {
        assertTrue(RegistryRef.isInstance("3f2a9c1e6d3a4f7e"));
        assertTrue(RegistryRef.isInstance("old-registry_2.0"));
        assertFalse(RegistryRef.isInstance("-a"));
        assertFalse(RegistryRef.isInstance("a:b"));
        assertFalse(RegistryRef.isInstance(""));
        assertFalse(RegistryRef.isInstance(null));
    }
}
