package org.hetao.registry.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hetao.registry.web.support.RegistryProcess;
import org.junit.jupiter.api.Test;

/**
 * A setting the registry refuses at start-up (here a first administrator's password that contains
 * the account's name) makes the deployment fail; the process then does not stay up answering 404 for
 * ever but says so in one line that names the setting, with no stack trace, and exits with status 3,
 * which a supervisor or a person sees at once.
 */
class BadConfigurationIT {
    @Test
    void aRefusedSettingEndsTheProcessWithOneClearLineAndStatus3() throws Exception {
        Path dataDir = Files.createTempDirectory("registry-bad-config");
        RegistryProcess registry =
                RegistryProcess.launch(dataDir, Map.of("REGISTRY_ADMIN_PASSWORD", "admin-Harbour-2026"));
        try {
            int exit = registry.awaitExit(Duration.ofSeconds(300));
            assertEquals(
                    3,
                    exit,
                    () -> "exit status of a registry whose deployment failed (-1: still running); see "
                            + registry.log());
            List<String> lines = Files.readAllLines(registry.log());
            assertTrue(
                    lines.stream()
                            .anyMatch(
                                    l -> l.contains(
                                            "The registry did not start: REGISTRY_ADMIN_PASSWORD (registry.admin.password) "
                                                    + "is refused: the password of the first account 'admin' must not contain the username; change it and start again")),
                    () -> "the log says in one line why the process ended; see " + registry.log());
            List<String> noise = lines.stream()
                    .filter(l -> l.startsWith("\tat ") || l.contains("Exception"))
                    .toList();
            assertTrue(noise.isEmpty(), () -> "no stack trace around the one line: " + noise);
            assertEquals(
                    1,
                    lines.stream().filter(l -> l.contains("SEVERE")).count(),
                    () -> "one error line; see " + registry.log());
        } finally {
            registry.close();
        }
    }
}
