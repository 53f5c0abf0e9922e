package org.hetao.registry.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.hetao.registry.web.support.RegistryProcess;
import org.junit.jupiter.api.Test;

/**
 * The uber-jar started as the quick start starts it listens on its HTTP port and on nothing else:
 * no data-grid (Hazelcast) port, no administration port, on any interface. The sockets are read
 * from the operating system ({@code /proc}), not from the registry's own account of itself.
 */
class ListeningPortsIT {
    @Test
    void theRegistryListensOnItsHttpPortOnly() throws Exception {
        assumeTrue(
                Files.isDirectory(Path.of("/proc/self/fd")) && Files.isReadable(Path.of("/proc/net/tcp")),
                "listening sockets are read from Linux's /proc; skipped on this operating system");
        Path dataDir = Path.of(System.getProperty("registry.testDataDir", "target/it-data"))
                .resolveSibling("ports-data-" + System.nanoTime())
                .toAbsolutePath();
        Files.createDirectories(dataDir);
        try (RegistryProcess registry = RegistryProcess.start(dataDir, Map.of())) {
            Set<String> listening = ListeningSockets.of(registry.pid());
            assertEquals(
                    Set.of("tcp:" + registry.port()),
                    listening,
                    "the registry must listen on its HTTP port " + registry.port() + " only; see " + registry.log());
        }
    }

    /** The TCP sockets a process listens on and the UDP sockets it has bound, as "tcp:port"/"udp:port". */
    static final class ListeningSockets {
        private static final String TCP_LISTEN = "0A";

        private ListeningSockets() {}

        static Set<String> of(long pid) throws IOException {
            Set<String> inodes = socketInodes(pid);
            Set<String> result = new TreeSet<>();
            for (String table : new String[] {"tcp", "tcp6", "udp", "udp6"}) {
                Path file = Path.of("/proc", Long.toString(pid), "net", table);
                if (!Files.isReadable(file)) {
                    continue;
                }
                for (String line : Files.readAllLines(file).stream().skip(1).toList()) {
                    String[] f = line.trim().split("\\s+");
                    String local = f[1];
                    String remote = f[2];
                    String state = f[3];
                    String inode = f[9];
                    boolean tcp = table.startsWith("tcp");
                    boolean open = tcp ? TCP_LISTEN.equals(state) : remote.endsWith(":0000");
                    if (open && inodes.contains(inode)) {
                        int port = Integer.parseInt(local.substring(local.indexOf(':') + 1), 16);
                        result.add((tcp ? "tcp:" : "udp:") + port);
                    }
                }
            }
            return result;
        }

        private static Set<String> socketInodes(long pid) throws IOException {
            Set<String> inodes = new HashSet<>();
            try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
                for (Path fd : (Iterable<Path>) fds::iterator) {
                    try {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[")) {
                            inodes.add(target.substring("socket:[".length(), target.length() - 1));
                        }
                    } catch (IOException closedMeanwhile) {
                        // the descriptor was closed while the list was read
                    }
                }
            }
            return inodes;
        }
    }
}
