package org.hetao.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegistrySettingTest {
    @Test
    void theDefaultsFileMatchesTheListOfSettings() throws IOException {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            p.load(in);
        }
        Set<String> keys = Arrays.stream(RegistrySetting.values())
                .map(RegistrySetting::key)
                .collect(Collectors.toSet());
        assertEquals(keys, p.stringPropertyNames());
        for (RegistrySetting s : RegistrySetting.values()) {
            assertEquals(s.defaultValue(), p.getProperty(s.key()), s.key());
        }
    }

    @Test
    void environmentVariablesFollowMicroProfileNaming() {
        assertEquals("REGISTRY_DATA_DIR", RegistrySetting.DATA_DIR.environmentVariable());
        assertEquals("REGISTRY_DB_URL", RegistrySetting.DB_URL.environmentVariable());
    }
}
