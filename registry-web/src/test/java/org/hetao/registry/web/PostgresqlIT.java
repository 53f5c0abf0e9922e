package org.hetao.registry.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.hetao.registry.web.support.Api;
import org.hetao.registry.web.support.RegistryProcess;
import org.junit.jupiter.api.Test;

/** The uber-jar configured for PostgreSQL by environment variables only, as operations run it. */
class PostgresqlIT {
    @Test
    void runsOnPostgresqlWithTheSameSchema() throws Exception {
        Path dataDir = Files.createTempDirectory("registry-pg");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE ROLE registry LOGIN PASSWORD 'Pg-Secret-2026'");
                s.execute("CREATE DATABASE registry OWNER registry");
            }
            Map<String, String> env = Map.of(
                    "REGISTRY_DB_URL", "jdbc:postgresql://localhost:" + pg.getPort() + "/registry",
                    "REGISTRY_DB_USER", "registry",
                    "REGISTRY_DB_PASSWORD", "Pg-Secret-2026");
            long id;
            try (RegistryProcess registry = RegistryProcess.start(dataDir, env)) {
                Api admin = registry.api().asAdmin();
                Api.Reply r = admin.post("api/institutions", """
                        {"shortName":"PGU","name":{"en":"PostgreSQL Test Institute","zhHant":"測試研究所","zhHans":"测试研究所"},
                         "kind":"RESEARCH_INSTITUTE","jurisdiction":"MACAO","country":"MO"}""");
                assertEquals(201, r.status(), r::toString);
                id = r.id();
            }
            try (Connection c = pg.getDatabase("registry", "registry").getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT name_zh_hans FROM institution WHERE id = " + id)) {
                rs.next();
                assertEquals("测试研究所", rs.getString(1));
            }
            try (Connection c = pg.getDatabase("registry", "registry").getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success")) {
                rs.next();
                assertEquals(true, rs.getInt(1) >= 1, "Flyway recorded its migrations in PostgreSQL");
            }
            assertEquals(
                    false,
                    Files.exists(dataDir.resolve("db")),
                    "no H2 database is created when PostgreSQL is configured");
        }
    }
}
