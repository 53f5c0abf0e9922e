package org.hetao.registry.config.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.hetao.registry.common.ChineseScript;

/**
 * Version 15: an IP asset's public summary becomes a text in three languages, beside three new
 * investor texts (problem solved, advantages, applications), each in three languages. The existing
 * single summary moves, unchanged, into the column of the language its characters show
 * ({@link ChineseScript}): Traditional or Simplified Chinese when clearly so, English otherwise.
 * A Java migration because that decision needs ICU's character tables.
 */
public abstract class InvestorTextsMigration extends BaseJavaMigration {
    private static final String[] FIELDS = {"problem", "advantages", "applications"};
    private static final String[] LANGUAGES = {"en", "zh_hant", "zh_hans"};

    /** The column type of a text of at most {@code length} characters in this database. */
    protected abstract String text(int length);

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            for (String language : LANGUAGES) {
                s.execute("ALTER TABLE ip_asset ADD COLUMN public_summary_" + language + " " + text(4000));
            }
            for (String field : FIELDS) {
                for (String language : LANGUAGES) {
                    s.execute("ALTER TABLE ip_asset ADD COLUMN " + field + "_" + language + " " + text(2000));
                }
            }
        }
        List<Object[]> summaries = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("SELECT id, public_summary FROM ip_asset WHERE public_summary IS NOT NULL")) {
            while (r.next()) {
                summaries.add(new Object[] {r.getLong(1), r.getString(2)});
            }
        }
        try (PreparedStatement en = c.prepareStatement("UPDATE ip_asset SET public_summary_en = ? WHERE id = ?");
                PreparedStatement hant =
                        c.prepareStatement("UPDATE ip_asset SET public_summary_zh_hant = ? WHERE id = ?");
                PreparedStatement hans =
                        c.prepareStatement("UPDATE ip_asset SET public_summary_zh_hans = ? WHERE id = ?")) {
            for (Object[] row : summaries) {
                String summary = (String) row[1];
                PreparedStatement update = switch (ChineseScript.of(summary)) {
                    case EN -> en;
                    case ZH_HANT -> hant;
                    case ZH_HANS -> hans;
                };
                update.setString(1, summary);
                update.setLong(2, (Long) row[0]);
                update.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE ip_asset DROP COLUMN public_summary");
        }
    }
}
