package org.hetao.registry.config;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import org.hetao.registry.storage.DiskFull;
import org.hetao.registry.storage.SmallDisk;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The embedded H2 database on a disk that fills up: the commit that cannot be written fails with an
 * error recognised as a full disk, the connections open at the time report themselves invalid (so
 * the pool drops them), and once space is freed new connections reopen the database in the same
 * process with every commit made before the disk filled, and write again — also while another
 * connection to the closed store is still open.
 */
class H2StoreClosedTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "another connection held open through it: {0}")
    @ValueSource(booleans = {false, true})
    void aFullDiskClosesTheStoreAndNewConnectionsReopenIt(boolean anotherHeldOpen) throws Exception {
        try (SmallDisk disk = SmallDisk.mount(tmp, 8)) {
            RegistryDataSource ds = new RegistryDataSource();
            ds.setUrl("jdbc:h2:file:" + disk.dir().resolve("db/registry"));
            ds.setUser("registry");
            ds.setPassword("registry");
            Connection old = ds.getConnection();
            // a connection that nobody closes while the disk is full (one a transaction or the pool still holds)
            // must not keep the closed database in place of the file
            Connection held = anotherHeldOpen ? ds.getConnection() : null;
            try (Statement s = old.createStatement()) {
                s.execute("CREATE TABLE note(id INT PRIMARY KEY, text VARCHAR(2000))");
                old.setAutoCommit(false);
                for (int i = 1; i <= 20; i++) {
                    s.executeUpdate("INSERT INTO note VALUES (" + i + ", 'stored before the disk filled')");
                    old.commit();
                }
            }
            Path filler = disk.dir().resolve("filler");
            disk.fill(filler);

            SQLException full = assertThrows(SQLException.class, () -> {
                try (Statement s = old.createStatement()) {
                    for (int i = 100; i < 400; i++) {
                        s.executeUpdate("INSERT INTO note VALUES (" + i + ", '" + "x".repeat(1900) + "')");
                        old.commit();
                    }
                }
            });
            assertTrue(DiskFull.isCause(full), () -> "recognised as a full disk: " + full);
            assertFalse(old.isValid(1), "the connection of the closed store says it is not valid");
            SQLException meta = assertThrows(SQLException.class, old::getMetaData, "the pool's validation fails");
            assertEquals(H2StoreClosed.SQL_STATE, meta.getSQLState());
            old.close();

            Files.delete(filler);
            // the first attempts see the store's failure, then H2 opens the file again
            Connection reopened = await("a new connection reopens the database in the same process")
                    .atMost(Duration.ofSeconds(1))
                    .pollInterval(Duration.ofMillis(100))
                    .ignoreExceptionsInstanceOf(SQLException.class)
                    .until(ds::getConnection, Objects::nonNull);
            try (Connection c = reopened;
                    Statement s = c.createStatement()) {
                assertTrue(c.isValid(1));
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM note WHERE id <= 20")) {
                    r.next();
                    assertEquals(20, r.getInt(1), "every commit made before the disk filled is there");
                }
                c.setAutoCommit(false);
                s.executeUpdate("INSERT INTO note VALUES (1000, 'written after space was freed')");
                c.commit();
            }
            if (held != null) {
                assertFalse(held.isValid(1), "the held connection belongs to the closed store");
                held.close();
            }
            try (Connection c = ds.getConnection()) {
                c.unwrap(org.h2.jdbc.JdbcConnection.class).createStatement().execute("SHUTDOWN");
            }
        }
    }
}
