package org.hetao.registry.config;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;

/** Applies the Flyway migrations: the portable ones and those of the database in use. */
public final class Migrations {
    private Migrations() {}

    /** Migrates the schema and returns how many migrations were applied by this call. */
    public static int apply(DataSource dataSource) {
        String vendor = vendor(dataSource);
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .javaMigrations(javaMigrations(vendor))
                .failOnMissingLocations(false)
                .load();
        return flyway.migrate().migrationsExecuted;
    }

    /** The migrations written in Java, of the database in use (listed, not scanned for, so they load in any class loader). */
    private static JavaMigration[] javaMigrations(String vendor) {
        return switch (vendor) {
            case "h2" ->
                new JavaMigration[] {new org.hetao.registry.config.migration.h2.V20__Ip_asset_investor_texts()};
            default ->
                new JavaMigration[] {new org.hetao.registry.config.migration.postgresql.V20__Ip_asset_investor_texts()};
        };
    }

    /** The registry's instance id, which the migrations made once (see {@link RegistryInstance}). */
    public static String instance(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id FROM registry_instance")) {
            if (!r.next()) {
                throw new IllegalStateException(
                        "The database holds no registry instance id; its migrations did not complete");
            }
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the registry instance id: " + e.getMessage(), e);
        }
    }

    /** {@code h2} or {@code postgresql}: the folder of dialect-specific migrations. */
    public static String vendor(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return "postgresql";
            }
            if (product.contains("h2")) {
                return "h2";
            }
            throw new IllegalStateException("Unsupported database: " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }
}
