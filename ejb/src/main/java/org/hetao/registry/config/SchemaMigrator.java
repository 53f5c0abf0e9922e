package org.hetao.registry.config;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hetao.registry.common.RegistrySetting;

/**
 * Defines the registry's data source and brings its schema up to date with Flyway before anything
 * else touches the database. The application reports ready only after this has run.
 */
@DataSourceDefinition(
        name = SchemaMigrator.DATA_SOURCE,
        className = "org.hetao.registry.config.RegistryDataSource",
        // the server reads these while it prepares the deployment, before the application's own defaults
        // (META-INF/microprofile-config.properties) are visible to it: the part after ':' answers then, the
        // documented default (an empty URL makes RegistryDataSource read registry.db.url itself)
        url = "${MPCONFIG=registry.db.url:}",
        user = "${MPCONFIG=registry.db.user:registry}",
        password = "${MPCONFIG=registry.db.password:registry}",
        minPoolSize = 1,
        maxPoolSize = 16,
        loginTimeout = 5,
        // a request waits at most registry.db.wait.millis for a connection, then fails (503 database-unavailable);
        // when one connection fails validation (the database restarted) the pool drops them all and reconnects
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=${MPCONFIG=registry.db.wait.millis:5000}"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {
    public static final String DATA_SOURCE = "java:app/jdbc/registry";
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        LOG.info(() -> DatabaseDescription.of(
                RegistrySetting.DB_URL.value(), RegistrySetting.DB_USER.value(), RegistrySetting.DATA_DIR.value()));
        H2Classes.register();
        int applied = Migrations.apply(dataSource);
        String instance = Migrations.instance(dataSource);
        migrated = true;
        LOG.info(() -> "Database schema is up to date (" + applied + " migration(s) applied now); registry instance "
                + instance);
    }

    @PreDestroy
    void forgetClasses() {
        H2Classes.unregister();
        // the PostgreSQL driver registers itself with the JDK's DriverManager when the application first
        // loads it: unregistered here, so that the undeployed application is not kept alive (nor warned of)
        ClassLoader application = SchemaMigrator.class.getClassLoader();
        for (Driver driver : Collections.list(DriverManager.getDrivers())) {
            if (driver.getClass().getClassLoader() == application) {
                try {
                    DriverManager.deregisterDriver(driver);
                } catch (SQLException e) {
                    LOG.log(Level.FINE, "Could not unregister the JDBC driver " + driver, e);
                }
            }
        }
    }

    public boolean isMigrated() {
        return migrated;
    }
}
