package org.hetao.registry.common;

import jakarta.persistence.EntityManager;
import java.sql.Connection;

/** The JDBC connection of an entity manager's transaction, for batch writes that commit or roll back with it. */
public final class Jdbc {
    private Jdbc() {}

    /**
     * The connection the entity manager writes with in its current transaction (the caller holds
     * one): statements on it commit or roll back with the entity manager's own writes.
     */
    public static Connection connection(EntityManager em) {
        Connection c = em.unwrap(Connection.class);
        if (c == null) {
            throw new IllegalStateException(
                    "a batch write needs the transaction's connection; no transaction is active");
        }
        return c;
    }
}
