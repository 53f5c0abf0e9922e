package org.hetao.registry.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSettingsTest {
    @TempDir
    Path temp;

    @Test
    void theRegistrysSettingsAreHandedToPayaraUnlessTheUserNamesAFile() throws Exception {
        String[] options = LogSettings.withLogSettings(new String[] {"--nohazelcast"}, temp);
        assertEquals(3, options.length);
        assertEquals("--logproperties", options[1]);
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(Path.of(options[2]), java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertEquals("WARNING", p.getProperty(".level"), "the server's own INFO lines are left out");
        assertEquals("INFO", p.getProperty("org.hetao.registry.level"), "the registry's are kept");
        assertEquals("SEVERE", p.getProperty("javax.enterprise.system.security.ssl.level"), "no certificate dumps");

        String[] own = {"--logproperties", "/etc/hetao/logging.properties"};
        assertArrayEquals(own, LogSettings.withLogSettings(own, temp));
    }

    @Test
    void aRefusedSettingLeavesOnlyTheRegistrysOwnLines() {
        assertTrue(RefusedSettingLog.passes("org.hetao.registry.launcher.RegistryLauncher"));
        assertFalse(RefusedSettingLog.passes("javax.enterprise.system.core"));
        assertFalse(RefusedSettingLog.passes(null));
        RefusedSettingLog.install();
        LogRecord server = new LogRecord(Level.SEVERE, "Exception while loading the app");
        server.setLoggerName("javax.enterprise.system.core");
        java.util.logging.Filter filter =
                java.util.logging.Logger.getLogger("").getHandlers()[0].getFilter();
        assertTrue(filter.isLoggable(server), "nothing is held back while no setting is refused");
        System.setProperty(
                RefusedSettingLog.PROPERTY, "REGISTRY_ADMIN_PASSWORD (registry.admin.password) is refused: …");
        try {
            assertFalse(filter.isLoggable(server));
        } finally {
            System.clearProperty(RefusedSettingLog.PROPERTY);
        }
    }
}
