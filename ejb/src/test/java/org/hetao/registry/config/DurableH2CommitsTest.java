package org.hetao.registry.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commits on H2 through the registry's data source survive the process dying right after them:
 * another JVM commits rows one transaction at a time, reports each commit once {@code commit()}
 * has returned, and halts (no shutdown hook, no closing of the database); every reported row is
 * there when the database is opened again.
 */
class DurableH2CommitsTest {
    @TempDir
    Path dir;

    /** The writing process: {@code url rows}; prints each row's id after its commit, then halts. */
    public static void main(String[] args) throws Exception {
        RegistryDataSource ds = source(args[0]);
        int rows = Integer.parseInt(args[1]);
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS note(id INT PRIMARY KEY, text VARCHAR(100))");
            c.setAutoCommit(false);
            for (int i = 1; i <= rows; i++) {
                s.executeUpdate("INSERT INTO note VALUES (" + i + ", 'committed before the crash')");
                c.commit();
                System.out.println(i);
                System.out.flush();
            }
            // with the connection still open: closing the last one would make H2 close and flush the database
            Runtime.getRuntime().halt(0);
        }
    }

    @Test
    void everyReturnedCommitSurvivesTheProcessBeingKilled() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db");
        Process writer = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        DurableH2CommitsTest.class.getName(),
                        url,
                        "200")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<Integer> acknowledged = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                acknowledged.add(Integer.parseInt(line.trim()));
            }
        }
        assertTrue(writer.waitFor(60, TimeUnit.SECONDS));
        assertEquals(200, acknowledged.size(), "the writer committed all its rows before it halted");
        try (Connection c = source(url).getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(id) FROM note")) {
            rs.next();
            assertEquals(200, rs.getInt(1), "rows acknowledged before the halt and found after it");
            assertEquals(200, rs.getInt(2));
        }
    }

    @Test
    void onlyDatabasesOnDiskAreWrapped() throws SQLException {
        assertTrue(DurableH2Commits.needed("jdbc:h2:file:./data/db/registry"));
        assertTrue(DurableH2Commits.needed("jdbc:h2:tcp://db.example/registry;WRITE_DELAY=2000"));
        assertFalse(DurableH2Commits.needed("jdbc:h2:mem:test"));
        assertFalse(DurableH2Commits.needed("jdbc:postgresql://localhost/registry"));
        assertEquals(
                "jdbc:h2:file:./data/db/registry",
                DurableH2Commits.database("jdbc:h2:file:./data/db/registry;WRITE_DELAY=2000"));
    }

    @Test
    void aWrappedConnectionIsEqualOnlyToItselfAndCommitsAsUsual() throws SQLException {
        RegistryDataSource ds = source("jdbc:h2:file:" + dir.resolve("eq"));
        try (Connection a = ds.getConnection();
                Connection b = ds.getConnection()) {
            assertEquals(a, a);
            assertNotEquals(a, b);
            a.setAutoCommit(false);
            try (Statement s = a.createStatement()) {
                s.execute("CREATE TABLE t(id INT)");
                s.execute("INSERT INTO t VALUES (1)");
            }
            a.commit();
            a.setAutoCommit(true);
            try (Statement s = b.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    private static RegistryDataSource source(String url) {
        RegistryDataSource ds = new RegistryDataSource();
        ds.setUrl(url);
        ds.setUser("registry");
        ds.setPassword("registry");
        return ds;
    }
}
