package org.hetao.registry.ipasset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.config.Migrations;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectSamples;
import org.hetao.registry.testing.Samples;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An asset's investor texts on both databases, and the migration of the single summary of earlier versions. */
class IpAssetPersistenceTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void storesTheInvestorTextsInEachLanguage(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            IpAssetDetails details = IpAssetSamples.offered(
                    IpAssetSamples.patent(0, List.of()),
                    new LocalizedText("Soft gripper.", "軟夾爪。\n第二段", null),
                    org.hetao.registry.ipasset.Licensing.EXCLUSIVE,
                    org.hetao.registry.common.Confidentiality.PUBLIC);
            long id = f.inTransaction(em -> {
                Institution hk = new Institution(Samples.hkust());
                Institution sz = new Institution(Samples.sustech());
                em.persist(hk);
                em.persist(sz);
                em.flush();
                Project p = new Project(ProjectSamples.project("HT-2026-0001", hk.getId(), sz.getId()));
                em.persist(p);
                em.flush();
                IpAsset a = new IpAsset(details.inProject(p.getId()));
                em.persist(a);
                em.flush();
                return a.getId();
            });
            IpAsset read = f.inTransaction(em -> em.find(IpAsset.class, id));
            assertEquals(new LocalizedText("Soft gripper.", "軟夾爪。\n第二段", null), read.getPublicSummary());
            assertEquals(details.problemSolved(), read.getInvestorTexts().problemSolved());
            assertEquals(details.advantages(), read.getInvestorTexts().advantages());
            assertEquals(details.applications(), read.getInvestorTexts().applications());
            assertEquals("pending in CN", read.getIpStatus().describe());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSingleSummaryOfEarlierVersionsMovesToTheLanguageItIsWrittenIn(TestDatabase db) throws SQLException {
        DataSource ds = db.empty();
        Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(ds)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + Migrations.vendor(ds))
                .failOnMissingLocations(false)
                .target("19")
                .load()
                .migrate();
        String stacked = "A gripper.\n軟夾爪。\n软夹爪。";
        execute(
                ds,
                "INSERT INTO project (id, version, code, title_en, site, status, start_date, confidentiality, created_at, updated_at) "
                        + "VALUES (1, 1, 'HT-2025-0001', 'Grippers', 'BOTH', 'ACTIVE', DATE '2025-01-01', 'PUBLIC', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        String asset =
                "INSERT INTO ip_asset (id, version, project_id, asset_type, title_en, public_summary, readiness_level, licensing, "
                        + "confidentiality, created_at, updated_at) VALUES (%d, 1, 1, 'SOFTWARE', 'Gripper', %s, 4, 'EXCLUSIVE', 'PUBLIC', "
                        + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
        execute(ds, asset.formatted(1, "'A soft gripper for sample tubes.'"));
        execute(ds, asset.formatted(2, "'用於生物樣本管的軟夾爪。'"));
        execute(ds, asset.formatted(3, "'用于生物样本管的软夹爪。'"));
        execute(ds, asset.formatted(4, "'" + stacked + "'"));
        execute(ds, asset.formatted(5, "NULL"));

        Migrations.apply(ds);

        assertEquals(List.of("A soft gripper for sample tubes.", "-", "-"), summary(ds, 1));
        assertEquals(List.of("-", "用於生物樣本管的軟夾爪。", "-"), summary(ds, 2));
        assertEquals(List.of("-", "-", "用于生物样本管的软夹爪。"), summary(ds, 3));
        assertEquals(List.of(stacked, "-", "-"), summary(ds, 4), "unsure: kept whole, in English");
        assertEquals(List.of("-", "-", "-"), summary(ds, 5));
        try (Connection c = ds.getConnection();
                ResultSet r = c.getMetaData().getColumns(null, null, null, null)) {
            while (r.next()) {
                if (r.getString("TABLE_NAME").equalsIgnoreCase("ip_asset")) {
                    assertNull(
                            r.getString("COLUMN_NAME").equalsIgnoreCase("public_summary") ? "public_summary" : null,
                            "the single column is gone");
                }
            }
        }
    }

    private static List<String> summary(DataSource ds, long id) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT public_summary_en, public_summary_zh_hant, public_summary_zh_hans, problem_en "
                                + "FROM ip_asset WHERE id = " + id)) {
            r.next();
            assertNull(r.getString(4));
            return List.of(dash(r.getString(1)), dash(r.getString(2)), dash(r.getString(3)));
        }
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
