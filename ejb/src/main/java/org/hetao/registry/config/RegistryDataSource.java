package org.hetao.registry.config;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hetao.registry.common.RegistrySetting;

/**
 * A plain, non-pooling data source that picks the JDBC driver from the URL, so that one
 * {@code REGISTRY_DB_URL} setting switches between the embedded H2 database and PostgreSQL.
 * The application server pools the connections it hands out. Commits on H2 are forced to disk
 * before they return ({@link DurableH2Commits}), and a connection whose H2 database closed itself
 * after a failed write tells the pool so ({@link H2StoreClosed}).
 */
public class RegistryDataSource implements DataSource {
    private static final Logger LOG = Logger.getLogger(RegistryDataSource.class.getName());
    /** Whether the last attempt to connect failed: the first failure after a success is logged as a warning. */
    private static final AtomicBoolean FAILING = new AtomicBoolean();

    private String url;
    private String user;
    private String password;
    private int loginTimeout;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        try {
            Connection connection = connect(username, pass);
            FAILING.set(false);
            return connection;
        } catch (SQLException | RuntimeException e) {
            // the server may report only that the data source is missing: the reason is logged here, once per outage
            if (FAILING.compareAndSet(false, true) && !Stopping.now()) {
                LOG.warning(() -> "Could not connect to the database " + describedTarget() + ": " + e.getMessage());
            } else {
                LOG.fine(() -> "Could not connect to the database: " + e);
            }
            throw e;
        }
    }

    private String describedTarget() {
        try {
            return withoutSettings(target());
        } catch (RuntimeException e) {
            return "(its URL could not be read: " + e + ")";
        }
    }

    /** The URL up to its settings, which may carry a password. */
    static String withoutSettings(String url) {
        int end = url.length();
        for (char c : new char[] {';', '?'}) {
            int at = url.indexOf(c);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return url.substring(0, end);
    }

    private Connection connect(String username, String pass) throws SQLException {
        Properties props = new Properties();
        if (username != null) {
            props.setProperty("user", username);
        }
        if (pass != null) {
            props.setProperty("password", pass);
        }
        String target = target();
        if (target.startsWith("jdbc:postgresql:")) {
            // JDBC batches of inserts (bulk import) travel as multi-row INSERTs; a URL parameter overrides this default
            props.setProperty("reWriteBatchedInserts", "true");
            // a database that does not answer fails the connection within seconds instead of the operating system's
            // minutes
            props.setProperty("connectTimeout", Integer.toString(loginTimeout > 0 ? loginTimeout : 5));
        }
        Driver driver = driverFor(target);
        H2StoreClosed.Opener opener = () -> {
            Connection c = driver.connect(target, props);
            if (c == null) {
                throw new SQLException("The JDBC driver does not accept the URL " + target);
            }
            return c;
        };
        if (!DurableH2Commits.needed(target)) {
            return opener.open();
        }
        // a write is answered only once it is on the disk: PostgreSQL does that itself, H2 is made to;
        // a connection whose database closed itself (a full disk) is discarded by the pool, not reused,
        // and new connections open the database again from its file
        return H2StoreClosed.wrap(DurableH2Commits.wrap(H2StoreClosed.open(opener), target));
    }

    /**
     * The URL the data source was given or, when it was given none, {@code registry.db.url} as the
     * application reads it: the server may read the data source's settings while it prepares the
     * deployment, before the application's own defaults are visible to it.
     */
    private String target() {
        return url == null || url.isBlank() ? RegistrySetting.DB_URL.value() : url;
    }

    static Driver driverFor(String url) throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No database URL is configured (registry.db.url / REGISTRY_DB_URL)");
        }
        if (url.startsWith("jdbc:h2:")) {
            return new org.h2.Driver();
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return new org.postgresql.Driver();
        }
        throw new SQLException("Unsupported database URL " + url + ": use jdbc:h2:... or jdbc:postgresql:...");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // not used: drivers log through java.util.logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
