package org.hetao.registry.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryLauncherTest {
    @Test
    void thePortComesFromTheEnvironment() {
        assertArrayEquals(
                new String[] {"--nohazelcast", "--port", "9090"},
                RegistryLauncher.options(new String[0], Map.of("REGISTRY_PORT", "9090"), null));
    }

    @Test
    void theSystemPropertyWinsOverTheEnvironmentAndTheCommandLineOverBoth() {
        assertArrayEquals(
                new String[] {"--nohazelcast", "--port", "7070"},
                RegistryLauncher.options(new String[0], Map.of("REGISTRY_PORT", "9090"), "7070"));
        assertArrayEquals(
                new String[] {"--port", "6060", "--nohazelcast"},
                RegistryLauncher.options(new String[] {"--port", "6060"}, Map.of("REGISTRY_PORT", "9090"), null));
    }

    @Test
    void noSettingMeansPayarasDefaultPortAndNeverTheDataGrid() {
        assertArrayEquals(new String[] {"--nohazelcast"}, RegistryLauncher.options(new String[0], Map.of(), null));
    }

    @Test
    void theDataGridStaysOffWhateverTheCommandLineSays() {
        assertArrayEquals(
                new String[] {"--noHazelcast"},
                RegistryLauncher.options(new String[] {"--noHazelcast"}, Map.of(), null));
        // Payara would honour "no cluster" and then skip "no data grid", leaving the grid's port open
        assertArrayEquals(
                new String[] {"--nohazelcast"}, RegistryLauncher.options(new String[] {"--nocluster"}, Map.of(), null));
        assertArrayEquals(
                new String[] {"--nohazelcast"},
                RegistryLauncher.options(new String[] {"--noCluster", "--nohazelcast"}, Map.of(), null));
    }

    @Test
    void aBadPortIsAClearError() {
        assertThrows(
                IllegalArgumentException.class,
                () -> RegistryLauncher.options(new String[0], Map.of("REGISTRY_PORT", "http"), null));
        assertThrows(
                IllegalArgumentException.class,
                () -> RegistryLauncher.options(new String[0], Map.of("REGISTRY_PORT", "70000"), null));
    }

    @Test
    void theStartUpAnswersGoToThePortPayaraIsToldToUse() {
        assertEquals(8080, RegistryLauncher.port(new String[] {"--nohazelcast"}));
        assertEquals(9090, RegistryLauncher.port(new String[] {"--port", "9090", "--nohazelcast"}));
        assertEquals(7070, RegistryLauncher.port(new String[] {"--port", "9090", "--PORT", "7070"}));
    }
}
