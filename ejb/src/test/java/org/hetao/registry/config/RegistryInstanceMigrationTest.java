package org.hetao.registry.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every database gets an instance id of its own once, and the references an earlier version
 * recorded as {@code registry:<id>} (this registry's records) take it.
 */
class RegistryInstanceMigrationTest {
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachDatabaseGetsItsOwnInstanceIdAndKeepsIt(TestDatabase db) {
        DataSource first = db.empty();
        DataSource second = db.empty();
        Migrations.apply(first);
        Migrations.apply(second);
        String id = Migrations.instance(first);
        assertTrue(id.matches("[0-9a-f]{16}"), id);
        assertNotEquals(id, Migrations.instance(second), "two registries, two ids");
        assertEquals(0, Migrations.apply(first));
        assertEquals(id, Migrations.instance(first), "migrating again changes nothing");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void referencesRecordedAsARegistryIdTakeTheInstanceId(TestDatabase db) throws SQLException {
        DataSource ds = db.empty();
        Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(ds)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + Migrations.vendor(ds))
                .failOnMissingLocations(false)
                .target("8")
                .load()
                .migrate();
        execute(
                ds,
                "INSERT INTO external_ref (id, scope, record_kind, external_id, registry_id, created_at) VALUES "
                        + "(1, 'institution:5', 'IP_ASSET', 'registry:1151', 1151, CURRENT_TIMESTAMP), "
                        + "(2, 'institution:5', 'IP_ASSET', 'HKU-A-1', 1152, CURRENT_TIMESTAMP), "
                        + "(3, 'account:1', 'PERSON', 'registry:x1', 77, CURRENT_TIMESTAMP)");
        Migrations.apply(ds);
        String id = Migrations.instance(ds);
        assertEquals(List.of("registry:" + id + ":1151", "HKU-A-1", "registry:x1"), externalIds(ds));
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> externalIds(DataSource ds) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT external_id FROM external_ref ORDER BY id")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }
}
