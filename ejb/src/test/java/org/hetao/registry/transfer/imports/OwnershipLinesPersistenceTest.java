package org.hetao.registry.transfer.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.Role;
import org.hetao.registry.ownership.OwnershipShare;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.proposal.OwnershipProposal;
import org.hetao.registry.proposal.ProposalState;
import org.hetao.registry.testing.TestAudit;
import org.hetao.registry.testing.TestDatabase;
import org.hetao.registry.transfer.format.RecordKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The ownership lines of a backup: every version of an asset's ownership comes back in order through
 * the entity's own rules, checked before anything is written, with the importer's rights line by line.
 */
class OwnershipLinesPersistenceTest {
    private static final String PROJECT = """
            {"record":"project","ref":"P-1","code":"HT-2025-0001","title_en":"Wet-lab robotics","site":"BOTH","status":"ACTIVE",\
            "start_date":"2025-01-01","confidentiality":"CONSORTIUM","participants":"HKUST|LEAD; SUSTech|PARTNER"}
            {"record":"ip-asset","ref":"A-1","project":"P-1","type":"PATENT_APPLICATION","title_en":"Soft gripper","readiness_level":"4",\
            "licensing":"NOT_AVAILABLE","confidentiality":"CONSORTIUM"}
            """;
    private static final String V1 = version(1, "HKUST|10000", "2025-01-01", "First owners");
    private static final String V2 =
            version(2, "HKUST|6000; SUSTech|4000", "2025-06-01", "Joint development agreement\\nsigned 20 May 2025");
    private static final String V3 = version(3, "SUSTech|10000", "2026-01-01", "HKUST assigned its share");
    private static final String BACKUP = PROJECT + V1 + V2 + V3;

    private static String version(int n, String owners, String from, String reason) {
        return "{\"record\":\"ownership\",\"ip_asset\":\"A-1\",\"version\":" + n + ",\"owners\":\"" + owners
                + "\",\"ownership_from\":\"" + from + "\",\"ownership_reason\":\"" + reason + "\"}\n";
    }

    private static ImportPlan run(TestDatabase.Fixture f, Caller caller, String file, OnDuplicate onDuplicate) {
        return f.inTransaction(em -> {
            try {
                ParsedUpload rows =
                        UploadReader.read(file.getBytes(StandardCharsets.UTF_8), ImportFormat.JSONL, ImportKind.BACKUP);
                AccessGuard guard = AccessGuard.forCaller(caller);
                String scope = ExternalRef.scopeOf(
                        caller == null ? null : caller.institutionId(), caller == null ? 0 : caller.accountId());
                ImportPlan plan = new ImportValidator(em, guard, scope, onDuplicate).validate(rows, n -> {});
                if (plan.valid()) {
                    new ImportWriter(
                                    em,
                                    TestAudit.chain(),
                                    guard.actorName(),
                                    caller == null ? null : caller.role().name(),
                                    "test",
                                    c -> {},
                                    c -> {})
                            .write(plan, n -> {});
                }
                return plan;
            } catch (ImportFileException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Caller admin() {
        return new Caller(1, "admin", Role.ADMIN, null);
    }

    private static List<OwnershipVersion> history(TestDatabase.Fixture f) {
        return f.inTransaction(
                em -> em.createQuery("SELECT v FROM OwnershipVersion v ORDER BY v.versionNo", OwnershipVersion.class)
                        .getResultList());
    }

    private static long count(TestDatabase.Fixture f, String jpql) {
        return f.inTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    private static String errors(ImportPlan plan) {
        return plan.errors().stream()
                .map(e -> e.row() + "/" + e.column() + ": " + e.message())
                .collect(Collectors.joining("\n"));
    }

    private static String owners(OwnershipVersion v, ImportPersistenceTest.World w) {
        return v.getShares().stream()
                .map(s -> (s.getInstitutionId() == w.own() ? "HKUST" : "SUSTech") + "|" + s.getShareBp())
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyVersionComesBackInOrderWithItsAuditRecordAndOutboxRow(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            ImportPersistenceTest.World w = ImportPersistenceTest.world(f);
            ImportPlan plan = run(f, admin(), BACKUP, OnDuplicate.SKIP);
            assertTrue(plan.valid(), () -> errors(plan));
            assertEquals(3, plan.counts().get(RecordKind.OWNERSHIP, ImportAction.CREATE));

            List<OwnershipVersion> history = history(f);
            assertEquals(
                    List.of(1, 2, 3),
                    history.stream().map(OwnershipVersion::getVersionNo).toList());
            assertEquals(
                    List.of("HKUST|10000", "HKUST|6000; SUSTech|4000", "SUSTech|10000"),
                    history.stream().map(v -> owners(v, w)).toList());
            assertEquals(
                    List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1), LocalDate.of(2026, 1, 1)),
                    history.stream().map(OwnershipVersion::getEffectiveFrom).toList());
            assertEquals(
                    "Joint development agreement\nsigned 20 May 2025",
                    history.get(1).getReason(),
                    "a reason may span lines");
            assertEquals(
                    10000,
                    history.get(1).getShares().stream()
                            .mapToInt(OwnershipShare::getShareBp)
                            .sum());
            assertEquals(
                    3,
                    count(f, "SELECT COUNT(e) FROM AuditEntry e WHERE e.entityKind = 'ownership'"),
                    "one audit record per version");
            assertEquals(
                    3,
                    count(f, "SELECT COUNT(o) FROM OutboxEntry o WHERE o.entityKind = 'ownership'"),
                    "one outbox row per version");
            assertEquals(
                    2,
                    count(f, "SELECT COUNT(e) FROM ExternalRef e"),
                    "versions are named by their asset, not by references of their own");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void badLinesAreAllReportedAndNothingIsWritten(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            ImportPersistenceTest.world(f);
            String file = PROJECT
                    + version(2, "HKUST|10000", "2025-01-01", "Out of order")
                    + V1
                    + version(2, "HKUST|6000; SUSTech|3999", "2025-06-01", "Short by one basis point")
                    + version(
                            3,
                            "SUSTech|10000",
                            "2024-12-31",
                            "Before the version it follows: a correction, as the history was recorded")
                    + version(4, "HKUST|10000", "2026-02-01", "")
                    + version(1, "HKUST|10000", "2025-01-01", "No such asset").replace("A-1", "A-9");
            ImportPlan plan = run(f, admin(), file, OnDuplicate.SKIP);
            assertFalse(plan.valid());
            List<String> cells =
                    plan.errors().stream().map(e -> e.row() + "/" + e.column()).toList();
            assertEquals(List.of("3/version", "5/owners", "7/ownership_reason", "8/ip_asset"), cells, errors(plan));
            assertTrue(plan.errors().get(1).message().contains("sum to exactly 10000 bp"), errors(plan));
            assertEquals(
                    "A-1", plan.errors().get(0).ref(), "an ownership line is reported under its asset's reference");
            assertEquals(0, count(f, "SELECT COUNT(v) FROM OwnershipVersion v"));
            assertEquals(0, count(f, "SELECT COUNT(a) FROM IpAsset a"));

            String both = PROJECT.replace(
                            "\"confidentiality\":\"CONSORTIUM\"}\n",
                            "\"confidentiality\":\"CONSORTIUM\",\"owners\":\"HKUST|10000\",\"ownership_from\":\"2025-01-01\",\"ownership_reason\":\"x\"}\n")
                    + V1;
            ImportPlan twice = run(f, admin(), both, OnDuplicate.SKIP);
            assertEquals(
                    List.of("3/owners"),
                    twice.errors().stream().map(e -> e.row() + "/" + e.column()).toList(),
                    errors(twice));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOfficeRecordsAVersionOnlyAsAnOwnerOfTheVersionBefore(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            ImportPersistenceTest.World w = ImportPersistenceTest.world(f);
            ImportPlan partner = run(f, ImportPersistenceTest.tto(w.other()), BACKUP, OnDuplicate.SKIP);
            assertEquals(
                    List.of("4/version", "5/version"),
                    partner.errors().stream()
                            .map(e -> e.row() + "/" + e.column())
                            .toList(),
                    errors(partner));
            assertTrue(
                    partner.errors().get(0).message().contains("follows version 1, which this import only proposes"),
                    "SUSTech's office only proposes HKUST as the first owner: " + errors(partner));
            assertEquals(0, count(f, "SELECT COUNT(a) FROM IpAsset a"), "one refused line rejects the whole file");

            ImportPlan second = run(
                    f,
                    ImportPersistenceTest.tto(w.other()),
                    PROJECT + V1 + V2.replace("HKUST|6000; SUSTech|4000", "SUSTech|10000"),
                    OnDuplicate.SKIP);
            assertTrue(
                    second.errors().stream().anyMatch(e -> e.message().contains("follows version 1")), errors(second));

            ImportPlan alone = run(f, ImportPersistenceTest.tto(w.own()), PROJECT + V1, OnDuplicate.SKIP);
            assertTrue(alone.valid(), () -> errors(alone));
            assertEquals(1, history(f).size());
            assertEquals("tto", history(f).get(0).getRecordedBy());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOfficesImportProposesAChangeOfSharedOwnershipThatTheOtherOwnersHaveNotApproved(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            ImportPersistenceTest.World w = ImportPersistenceTest.world(f);
            ImportPlan refused = run(f, ImportPersistenceTest.tto(w.own()), BACKUP, OnDuplicate.SKIP);
            assertEquals(
                    List.of("5/version"),
                    refused.errors().stream()
                            .map(e -> e.row() + "/" + e.column())
                            .toList(),
                    errors(refused));
            assertTrue(
                    refused.errors().get(0).message().contains("follows version 2, which this import only proposes"),
                    errors(refused));
            assertEquals(0, count(f, "SELECT COUNT(a) FROM IpAsset a"));

            ImportPlan lead = run(f, ImportPersistenceTest.tto(w.own()), PROJECT + V1 + V2, OnDuplicate.SKIP);
            assertTrue(lead.valid(), () -> errors(lead));
            assertEquals(
                    1,
                    lead.counts().get(RecordKind.OWNERSHIP, ImportAction.CREATE),
                    "version 1 needs no one else's approval");
            assertEquals(1, lead.counts().get(RecordKind.OWNERSHIP, ImportAction.PROPOSE));
            assertEquals(
                    List.of(1),
                    history(f).stream().map(OwnershipVersion::getVersionNo).toList(),
                    "version 2 awaits SUSTech");
            OwnershipProposal p =
                    f.inTransaction(em -> em.createQuery("SELECT p FROM OwnershipProposal p", OwnershipProposal.class)
                            .getSingleResult());
            assertEquals(ProposalState.OPEN, p.getState());
            assertEquals(1, p.getBaseVersionNo());
            assertEquals(List.of(w.other()), p.pending(), "the importing office's own approval is implicit");
            assertEquals("tto", p.getProposedBy());
            assertEquals(w.own(), p.getProposerInstitutionId());
            assertEquals(
                    1,
                    count(
                            f,
                            "SELECT COUNT(e) FROM AuditEntry e WHERE e.entityKind = 'ownership-proposal' AND e.action = "
                                    + "org.hetao.registry.audit.AuditAction.CREATE"),
                    "the proposal is audited");
            String report = ImportReport.json(4, lead.counts(), List.of(), false, lead.steps());
            assertTrue(
                    report.contains("\"outcome\":\"recorded\"")
                            && report.contains("\"outcome\":\"proposed\"")
                            && report.contains("\"awaiting\":[" + w.other() + "]")
                            && report.contains("\"proposal\":" + p.getId()),
                    report);

            ImportPlan second = run(f, ImportPersistenceTest.tto(w.own()), PROJECT + V1 + V2, OnDuplicate.UPDATE);
            assertEquals(
                    List.of("4/null"),
                    second.errors().stream()
                            .map(e -> e.row() + "/" + e.column())
                            .toList(),
                    errors(second));
            assertTrue(
                    second.errors().get(0).message().contains("has an open ownership proposal already (" + p.getId()),
                    errors(second));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAdministratorsRestoreOfABackupRecordsItsHistoryAsItIs(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            ImportPersistenceTest.world(f);
            ImportPlan restore = run(f, admin(), BACKUP, OnDuplicate.SKIP);
            assertTrue(restore.valid(), () -> errors(restore));
            assertEquals(3, history(f).size());
            assertEquals(0, count(f, "SELECT COUNT(p) FROM OwnershipProposal p"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAdministratorsImportRecordsApprovalsOnBehalfOfOwnersWithoutAnOffice(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            ImportPersistenceTest.World w = ImportPersistenceTest.world(f);
            String assets = """
                    ref,project,type,title_en,readiness_level,licensing,confidentiality,owners,ownership_from,ownership_reason,owner_approvals
                    A-1,HT-2025-0001,SOFTWARE,Gripper firmware,4,NOT_AVAILABLE,CONSORTIUM,HKUST|5000; SUSTech|5000,2025-01-01,Joint work,                    HKUST|Deed 2025-1; SUSTech|Deed 2025-2
                    A-2,HT-2025-0001,SOFTWARE,Gripper model,4,NOT_AVAILABLE,CONSORTIUM,HKUST|5000; SUSTech|5000,2025-01-01,Joint work,HKUST|Deed 2025-3
                    """;
            assertTrue(run(f, admin(), PROJECT.lines().findFirst().orElseThrow() + "\n", OnDuplicate.SKIP)
                    .valid());
            ImportPlan plan =
                    ImportPersistenceTest.run(f, admin(), assets, ImportKind.IP_ASSETS, OnDuplicate.SKIP, true);
            assertTrue(plan.valid(), () -> errors(plan));
            assertEquals(1, history(f).size(), "A-1 carries every approval and is recorded; A-2 awaits SUSTech");
            List<OwnershipProposal> ps = f.inTransaction(
                    em -> em.createQuery("SELECT p FROM OwnershipProposal p ORDER BY p.id", OwnershipProposal.class)
                            .getResultList());
            assertEquals(
                    List.of(ProposalState.APPROVED, ProposalState.OPEN),
                    ps.stream().map(OwnershipProposal::getState).toList(),
                    "the approvals made on behalf are kept with the proposal");
            assertEquals(
                    List.of("Deed 2025-1", "Deed 2025-2"),
                    ps.get(0).getApprovals().stream()
                            .map(a -> a.getDocumentRef())
                            .toList());
            assertTrue(ps.get(0).getApprovals().stream().allMatch(a -> a.isOnBehalf()));
            assertEquals(List.of(w.other()), ps.get(1).pending());

            String byOffice = """
                    ref,project,type,title_en,readiness_level,licensing,confidentiality,owners,ownership_from,ownership_reason,owner_approvals
                    B-1,HT-2025-0001,SOFTWARE,Gripper app,4,NOT_AVAILABLE,CONSORTIUM,HKUST|5000; SUSTech|5000,2025-01-01,Joint work,SUSTech|Deed 9
                    """;
            ImportPlan office = ImportPersistenceTest.run(
                    f, ImportPersistenceTest.tto(w.own()), byOffice, ImportKind.IP_ASSETS, OnDuplicate.SKIP, false);
            assertEquals(
                    List.of("2/owner_approvals"),
                    office.errors().stream()
                            .map(e -> e.row() + "/" + e.column())
                            .toList(),
                    errors(office));
            assertTrue(office.errors().get(0).message().contains("Only an administrator"), errors(office));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void importingTheBackupAgainCreatesNoVersionTwiceAndAnUpdateOnlyContinuesTheHistory(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            ImportPersistenceTest.World w = ImportPersistenceTest.world(f);
            assertTrue(run(f, admin(), PROJECT + V1 + V2, OnDuplicate.SKIP).valid());

            ImportPlan again = run(f, admin(), PROJECT + V1 + V2, OnDuplicate.SKIP);
            assertEquals(2, again.counts().get(RecordKind.OWNERSHIP, ImportAction.SKIP), errors(again));
            assertEquals(2, history(f).size());

            ImportPlan continued = run(f, admin(), BACKUP, OnDuplicate.UPDATE);
            assertTrue(continued.valid(), () -> errors(continued));
            assertEquals(2, continued.counts().get(RecordKind.OWNERSHIP, ImportAction.SKIP));
            assertEquals(1, continued.counts().get(RecordKind.OWNERSHIP, ImportAction.CREATE));
            assertEquals(
                    List.of(1, 2, 3),
                    history(f).stream().map(OwnershipVersion::getVersionNo).toList());
            assertEquals("SUSTech|10000", owners(history(f).get(2), w));

            ImportPlan rewritten = run(
                    f,
                    admin(),
                    PROJECT + V1 + version(2, "HKUST|5000; SUSTech|5000", "2025-06-01", "Another agreement"),
                    OnDuplicate.UPDATE);
            assertEquals(
                    List.of("4/owners"),
                    rewritten.errors().stream()
                            .map(e -> e.row() + "/" + e.column())
                            .toList(),
                    errors(rewritten));
            assertTrue(rewritten.errors().get(0).message().contains("never overwritten"), errors(rewritten));
            assertEquals(3, history(f).size());

            ImportPlan corrected = run(
                    f,
                    admin(),
                    BACKUP + version(4, "HKUST|10000", "2020-01-01", "An assignment of 2020"),
                    OnDuplicate.UPDATE);
            assertEquals(
                    List.of("ownership_from"),
                    corrected.errors().stream().map(e -> e.column()).toList(),
                    errors(corrected));
            assertTrue(
                    corrected.errors().get(0).message().contains("proposed through the API"),
                    "the history of an asset the registry holds is corrected by a proposal the owners approve: "
                            + errors(corrected));
            assertEquals(3, history(f).size());
        }
    }
}
