package org.hetao.registry.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 trigger (migration V11_1) that keeps {@code audit_log} append-only, as the PostgreSQL
 * trigger of migration V5 does there: every UPDATE or DELETE of a row fails, whoever asks.
 */
public class AuditLogAppendOnly implements Trigger {
    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(
                "audit_log is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " is not allowed", "42501");
    }
}
