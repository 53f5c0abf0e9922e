package org.hetao.registry.ownership;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 trigger of migration V23 on {@code ownership_share} (before INSERT and UPDATE): a share is
 * refused when it would take its version's shares past the version's total. It is the part of
 * PostgreSQL's check that the shares sum to the total which H2 can make: H2 has no deferred
 * constraints and checks each statement as it runs, while a version's row is written before its
 * shares (and a batch of versions before all their shares), so a sum short of the total cannot be
 * told from shares still to come.
 */
public class OwnershipSharesWithinTotal implements Trigger {
    private static final String STATE = "23514"; // check_violation, as PostgreSQL's trigger answers

    /** Columns of ownership_share: ownership_version_id, institution_id, share_bp. */
    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null) {
            return;
        }
        long version = ((Number) newRow[0]).longValue();
        long institution = ((Number) newRow[1]).longValue();
        int share = ((Number) newRow[2]).intValue();
        try (PreparedStatement s = conn.prepareStatement("SELECT v.total_bp,"
                + " (SELECT COALESCE(SUM(o.share_bp), 0) FROM ownership_share o"
                + "   WHERE o.ownership_version_id = v.id AND o.institution_id <> ?)"
                + " FROM ownership_version v WHERE v.id = ?")) {
            s.setLong(1, institution);
            s.setLong(2, version);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return; // the foreign key answers for a version that does not exist
                }
                int total = r.getInt(1);
                long others = r.getLong(2);
                if (others + share > total) {
                    throw new SQLException(
                            "ownership version " + version + ": its shares would sum to " + (others + share)
                                    + " basis points, more than its total of " + total,
                            STATE);
                }
            }
        }
    }
}
