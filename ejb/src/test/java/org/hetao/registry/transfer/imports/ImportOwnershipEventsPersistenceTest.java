package org.hetao.registry.transfer.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.Role;
import org.hetao.registry.ownership.OwnershipChanged;
import org.hetao.registry.testing.TestAudit;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An import that gives an asset the registry held a new ownership version tells of it with
 * {@link OwnershipChanged}, once per asset with its newest version, as a change through the API does:
 * on the asset's line or in a backup's ownership lines. New assets and unchanged owners are no change.
 */
class ImportOwnershipEventsPersistenceTest {
    private static final String ASSETS =
            "ref,project,type,title_en,readiness_level,licensing,confidentiality,owners,ownership_from,ownership_reason,"
                    + "owner_approvals\n";
    private static final Caller ADMIN = new Caller(1, "admin", Role.ADMIN, null);

    private static List<OwnershipChanged> run(TestDatabase.Fixture f, String file, ImportKind kind) {
        List<OwnershipChanged> events = new ArrayList<>();
        f.run(em -> {
            try {
                ImportFormat format = kind == ImportKind.BACKUP ? ImportFormat.JSONL : ImportFormat.CSV;
                ParsedUpload upload = UploadReader.read(file.getBytes(StandardCharsets.UTF_8), format, kind);
                ImportPlan plan = new ImportValidator(em, AccessGuard.forCaller(ADMIN), "account:1", OnDuplicate.UPDATE)
                        .validate(upload, n -> {});
                assertTrue(plan.valid(), () -> plan.errors().toString());
                new ImportWriter(em, TestAudit.chain(), "admin", "ADMIN", "test", c -> {}, events::add)
                        .write(plan, n -> {});
            } catch (ImportFileException e) {
                throw new IllegalStateException(e);
            }
        });
        return events;
    }

    /** The administrator records every owner's approval on its behalf (no institution here has an office account). */
    private static String asset(String ref, String owners, String from, String reason) {
        String approvals =
                owners.contains("SUSTech") ? "HKUST|Deed " + ref + "; SUSTech|Deed " + ref : "HKUST|Deed " + ref;
        return ref + ",R-1,KNOW_HOW,Protocol " + ref + ",3,NOT_AVAILABLE,CONSORTIUM,\"" + owners + "\"," + from + ","
                + reason + ",\"" + approvals + "\"\n";
    }

    private static long asset(TestDatabase.Fixture f, String title) {
        return f.inTransaction(em -> em.createQuery("SELECT a.id FROM IpAsset a WHERE a.title.en = :t", Long.class)
                .setParameter("t", title)
                .getSingleResult());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anImportThatContinuesAnAssetsOwnershipTellsOfItOncePerAsset(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            ImportPersistenceTest.world(f);
            run(
                    f,
                    ImportPersistenceTest.PROJECT_HEADER
                            + ImportPersistenceTest.project(
                                    "R-1", "HT-1", "2025-01-01", "", "HKUST|LEAD; SUSTech|PARTNER"),
                    ImportKind.PROJECTS);
            String first = ASSETS
                    + asset("A-1", "HKUST|10000", "2025-01-01", "First owners")
                    + asset("A-2", "HKUST|10000", "2025-01-01", "First owners");
            assertEquals(List.of(), run(f, first, ImportKind.IP_ASSETS), "new assets have no agreements to flag");
            assertEquals(List.of(), run(f, first, ImportKind.IP_ASSETS), "the same owners are no change");

            long a1 = asset(f, "Protocol A-1");
            String changed = ASSETS
                    + asset("A-1", "HKUST|6000; SUSTech|4000", "2025-06-01", "Joint development agreement")
                    + asset("A-2", "HKUST|10000", "2025-01-01", "First owners");
            assertEquals(List.of(new OwnershipChanged(a1, 2)), run(f, changed, ImportKind.IP_ASSETS));

            long a2 = asset(f, "Protocol A-2");
            String backup = """
                    {"record":"ip-asset","ref":"A-2","project":"R-1","type":"KNOW_HOW","title_en":"Protocol A-2","readiness_level":"3",\
                    "licensing":"NOT_AVAILABLE","confidentiality":"CONSORTIUM"}
                    {"record":"ownership","ip_asset":"A-2","version":1,"owners":"HKUST|10000","ownership_from":"2025-01-01","ownership_reason":"First owners"}
                    {"record":"ownership","ip_asset":"A-2","version":2,"owners":"SUSTech|10000","ownership_from":"2025-07-01","ownership_reason":"Assigned"}
                    {"record":"ownership","ip_asset":"A-2","version":3,"owners":"SUSTech|5000; HKUST|5000","ownership_from":"2025-08-01","ownership_reason":"Back"}
                    """;
            assertEquals(
                    List.of(new OwnershipChanged(a2, 3)),
                    run(f, backup, ImportKind.BACKUP),
                    "one event with the newest version");
            assertEquals(List.of(), run(f, backup, ImportKind.BACKUP), "versions the registry holds are no change");
        }
    }
}
