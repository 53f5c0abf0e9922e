package org.hetao.registry.common;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Ids for rows written with JDBC batches, drawn from the one registry-wide sequence in the blocks
 * the persistence provider uses: each {@code nextval} of {@code registry_id_seq} (which counts in
 * steps of {@link #BLOCK}) reserves the {@link #BLOCK} ids that end at the value returned, as
 * EclipseLink reserves them for the entities' {@code allocationSize}, so neither hands out an id
 * the other holds. One instance serves one transaction's batch writes.
 */
public final class RegistryIds {
    /** The sequence's increment and every id generator's {@code allocationSize}. */
    public static final int BLOCK = 50;

    private final Connection connection;
    private long next;
    private long last = -1;

    public RegistryIds(Connection connection) {
        this.connection = connection;
    }

    /** Ids over the connection the entity manager writes with in its transaction. */
    public static RegistryIds of(EntityManager em) {
        return new RegistryIds(Jdbc.connection(em));
    }

    /** The next free id. */
    public long next() {
        if (next > last) {
            last = reserve();
            next = last - BLOCK + 1;
        }
        return next++;
    }

    private long reserve() {
        try (PreparedStatement ps = connection.prepareStatement(nextValue(connection));
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reserve ids from registry_id_seq", e);
        }
    }

    private static String nextValue(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
                ? "SELECT nextval('registry_id_seq')"
                : "SELECT NEXT VALUE FOR registry_id_seq";
    }
}
