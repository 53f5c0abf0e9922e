package org.hetao.registry.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootCommandsTest {
    @TempDir
    Path dir;

    @Test
    void theRegistrysCommandsAreAlwaysPassed() throws Exception {
        String[] options = BootCommands.withPreBootCommands(new String[] {"--nohazelcast"}, dir);
        assertEquals(3, options.length);
        assertArrayEquals(new String[] {"--nohazelcast", "--prebootcommandfile"}, Arrays.copyOf(options, 2));
        String commands = Files.readString(Path.of(options[2]));
        assertTrue(commands.contains("microprofile-metrics-configuration.enabled=false"), commands);
        assertTrue(commands.contains("http-listener.http.server-header=false"), commands);
        assertTrue(commands.contains("http-listener.http.trace-enabled=true"), commands);
    }

    @Test
    void theUsersFileIsMergedAfterTheRegistrysAndNotLost() throws Exception {
        Path first = Files.writeString(dir.resolve("first.txt"), "set-log-levels a=FINE\n");
        Path second = Files.writeString(dir.resolve("second.txt"), "set-log-levels b=FINE\n");
        String[] options = BootCommands.withPreBootCommands(
                new String[] {
                    "--preBootCommandFile",
                    first.toString(),
                    "--port",
                    "9090",
                    "--prebootcommandfile",
                    second.toString()
                },
                dir);
        assertArrayEquals(new String[] {"--port", "9090", "--prebootcommandfile"}, Arrays.copyOf(options, 3));
        assertEquals(4, options.length);
        String commands = Files.readString(Path.of(options[3]));
        int registry = commands.indexOf("microprofile-metrics-configuration.enabled=false");
        int a = commands.indexOf("set-log-levels a=FINE");
        int b = commands.indexOf("set-log-levels b=FINE");
        assertTrue(registry >= 0 && registry < a && a < b, commands);
    }

    @Test
    void aMissingFileIsAClearError() {
        assertThrows(
                IllegalArgumentException.class,
                () -> BootCommands.withPreBootCommands(
                        new String[] {
                            "--prebootcommandfile", dir.resolve("none.txt").toString()
                        },
                        dir));
        assertThrows(
                IllegalArgumentException.class,
                () -> BootCommands.withPreBootCommands(new String[] {"--prebootcommandfile"}, dir));
    }
}
