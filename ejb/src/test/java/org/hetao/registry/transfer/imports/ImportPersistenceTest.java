package org.hetao.registry.transfer.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.Role;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.project.Project;
import org.hetao.registry.proposal.OwnershipProposal;
import org.hetao.registry.testing.Samples;
import org.hetao.registry.testing.TestAudit;
import org.hetao.registry.testing.TestDatabase;
import org.hetao.registry.transfer.format.RecordKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ImportPersistenceTest {
    static final String PROJECT_HEADER =
            "ref,code,title_en,site,status,start_date,end_date,confidentiality,participants,staffing\n";

    /** The institutions a test imports into: an office's own (HKUST) and another (SUSTech). */
    record World(long own, long other) {}

    static World world(TestDatabase.Fixture f) {
        return f.inTransaction(em -> {
            Institution a = new Institution(Samples.hkust());
            Institution b = new Institution(Samples.sustech());
            em.persist(a);
            em.persist(b);
            em.flush();
            return new World(a.getId(), b.getId());
        });
    }

    /** Validates and, if every row is valid and it is not a dry run, writes the file in one transaction. */
    static ImportPlan run(
            TestDatabase.Fixture f,
            Caller caller,
            String file,
            ImportKind kind,
            OnDuplicate onDuplicate,
            boolean write) {
        return f.inTransaction(em -> run(em, caller, file, kind, onDuplicate, write));
    }

    static ImportPlan run(
            EntityManager em, Caller caller, String file, ImportKind kind, OnDuplicate onDuplicate, boolean write) {
        try {
            ParsedUpload rows = UploadReader.read(file.getBytes(StandardCharsets.UTF_8), ImportFormat.CSV, kind);
            AccessGuard guard = AccessGuard.forCaller(caller);
            String scope = ExternalRef.scopeOf(
                    caller == null ? null : caller.institutionId(), caller == null ? 0 : caller.accountId());
            ImportPlan plan = new ImportValidator(em, guard, scope, onDuplicate).validate(rows, n -> {});
            if (plan.valid() && write) {
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
    }

    static Caller tto(long institution) {
        return new Caller(7, "tto", Role.TTO, institution);
    }

    static String project(String ref, String code, String start, String end, String participants) {
        return ref + "," + code + ",Project " + code + ",HK_PARK,ACTIVE," + start + "," + end + ",CONSORTIUM,\""
                + participants + "\",\n";
    }

    private static long count(TestDatabase.Fixture f, String entity) {
        return f.inTransaction(em -> em.createQuery("SELECT COUNT(x) FROM " + entity + " x", Long.class)
                .getSingleResult());
    }

    private static String errors(ImportPlan plan) {
        return plan.errors().stream()
                .map(e -> e.row() + "/" + e.column() + ": " + e.message())
                .collect(Collectors.joining("\n"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void externalReferencesAreUniquePerScopeKindAndId(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            f.run(em -> {
                em.persist(new ExternalRef("institution:1", RecordKind.PROJECT, "P-1", 1000));
                em.persist(new ExternalRef("institution:2", RecordKind.PROJECT, "P-1", 1050));
                em.persist(new ExternalRef("institution:1", RecordKind.PERSON, "P-1", 1100));
            });
            assertEquals(3, count(f, "ExternalRef"));
            assertThrows(
                    PersistenceException.class,
                    () -> f.run(em -> {
                        em.persist(new ExternalRef("institution:1", RecordKind.PROJECT, "P-1", 2000));
                        em.flush();
                    }));
            assertEquals(
                    Long.valueOf(1000L),
                    f.<Long>inTransaction(em -> em.createQuery(
                                    "SELECT e.registryId FROM ExternalRef e WHERE e.scope = 'institution:1' AND e.recordKind = :k AND e.externalId = 'P-1'",
                                    Long.class)
                            .setParameter("k", RecordKind.PROJECT)
                            .getSingleResult()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void importingTheSameFileTwiceCreatesNothingTwiceAndUpdatesOnRequest(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            String file = PROJECT_HEADER
                    + project("R-1", "HT-2025-0001", "2025-01-01", "2026-12-31", "HKUST|LEAD; SUSTech|PARTNER")
                    + project("R-2", "HT-2025-0002", "2025-01-01", "", "HKUST|LEAD");
            ImportPlan first = run(f, tto(w.own()), file, ImportKind.PROJECTS, OnDuplicate.SKIP, true);
            assertTrue(first.valid(), () -> errors(first));
            assertEquals(2, first.counts().total(ImportAction.CREATE));
            assertEquals(2, count(f, "Project"));
            assertEquals(2, count(f, "ExternalRef"));

            ImportPlan again = run(f, tto(w.own()), file, ImportKind.PROJECTS, OnDuplicate.SKIP, true);
            assertEquals(2, again.counts().total(ImportAction.SKIP));
            assertEquals(2, count(f, "Project"));

            ImportPlan update = run(
                    f,
                    tto(w.own()),
                    file.replace("Project HT-2025-0002", "Renamed"),
                    ImportKind.PROJECTS,
                    OnDuplicate.UPDATE,
                    true);
            assertTrue(update.valid(), () -> errors(update));
            assertEquals(2, update.counts().total(ImportAction.UPDATE));
            assertEquals(2, count(f, "Project"));
            assertEquals(
                    "Renamed",
                    f.inTransaction(
                            em -> em.createQuery("SELECT p FROM Project p WHERE p.code = 'HT-2025-0002'", Project.class)
                                    .getSingleResult()
                                    .getTitle()
                                    .en()));
            assertTrue(count(f, "AuditEntry") >= 4, "every write is in the audit trail");
            assertTrue(count(f, "OutboxEntry") >= 4, "every write is in the outbox");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void badRowsAreAllReportedWithColumnAndReasonAndNothingIsWritten(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            world(f);
            String file = PROJECT_HEADER
                    + project("R-1", "HT-2025-0001", "2025-01-01", "2026-12-31", "HKUST|LEAD")
                    + project("R-2", "HT-2025-0002", "2026-01-01", "2025-01-01", "HKUST|LEAD")
                    + project("R-1", "HT-2025-0003", "2025-01-01", "", "HKUST|LEAD")
                    + project("R-4", "HT-2025-0004", "2025-01-01", "", "HKUST|LEAD; NOWHERE|PARTNER")
                    + project("R-5", "HT-2025-0005", "2025-01-01", "", "HKUST|PARTNER");
            ImportPlan plan = run(f, null, file, ImportKind.PROJECTS, OnDuplicate.SKIP, true);
            assertEquals(
                    List.of(3, 4, 5, 6),
                    plan.errors().stream().map(RowError::row).distinct().toList(),
                    errors(plan));
            assertEquals("end_date", plan.errors().get(0).column());
            assertTrue(plan.errors().get(0).message().contains("must not be before startDate"));
            assertEquals("ref", plan.errors().get(1).column());
            assertTrue(plan.errors().get(1).message().contains("duplicate external id \"R-1\": row 2"), errors(plan));
            assertEquals("participants", plan.errors().get(2).column());
            assertTrue(plan.errors().get(2).message().contains("NOWHERE"));
            assertEquals("participants", plan.errors().get(3).column());
            assertEquals(0, count(f, "Project"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void institutionAliasesImportAndAFileWithoutTheColumnLeavesThemAsTheyAre(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            String header = "ref,short_name,name_en,kind,jurisdiction,country,aliases\n";
            assertTrue(run(
                            f,
                            null,
                            header + "I-1,NEWU,New University,UNIVERSITY,HK,HK,\"新大; NewU  Tech\"\n",
                            ImportKind.INSTITUTIONS,
                            OnDuplicate.UPDATE,
                            true)
                    .valid());
            java.util.function.Supplier<List<String>> aliases = () -> f.inTransaction(
                    em -> em.createQuery("SELECT i FROM Institution i WHERE i.shortName = 'NEWU'", Institution.class)
                            .getSingleResult()
                            .getAliases());
            assertEquals(List.of("新大", "NewU Tech"), aliases.get());

            String older =
                    "ref,short_name,name_en,kind,jurisdiction,country\nI-1,NEWU,New University Renamed,UNIVERSITY,HK,HK\n";
            assertTrue(
                    run(f, null, older, ImportKind.INSTITUTIONS, OnDuplicate.UPDATE, true)
                            .valid(),
                    "a file of an earlier version imports");
            assertEquals(
                    List.of("新大", "NewU Tech"),
                    aliases.get(),
                    "a file without the column leaves the aliases as they are");

            ImportPlan bad = run(
                    f,
                    null,
                    header + "I-1,NEWU,New University,UNIVERSITY,HK,HK,\"新大; 新大; a|b\"\n",
                    ImportKind.INSTITUTIONS,
                    OnDuplicate.UPDATE,
                    true);
            assertEquals(
                    List.of("aliases", "aliases"),
                    bad.errors().stream().map(RowError::column).toList(),
                    errors(bad));
            assertTrue(bad.errors().get(0).message().startsWith("aliases[1]"), errors(bad));
            assertEquals(List.of("新大", "NewU Tech"), aliases.get(), "a refused file changes nothing");

            assertTrue(run(
                            f,
                            null,
                            header + "I-1,NEWU,New University,UNIVERSITY,HK,HK,\n",
                            ImportKind.INSTITUTIONS,
                            OnDuplicate.UPDATE,
                            true)
                    .valid());
            assertEquals(List.of(), aliases.get(), "an empty cell removes them");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void sharesMustSumToTenThousandBasisPoints(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            world(f);
            assertTrue(run(
                            f,
                            null,
                            PROJECT_HEADER + project("R-1", "HT-1", "2025-01-01", "", "HKUST|LEAD; SUSTech|PARTNER"),
                            ImportKind.PROJECTS,
                            OnDuplicate.SKIP,
                            true)
                    .valid());
            String header =
                    "ref,project,type,title_en,readiness_level,licensing,confidentiality,owners,ownership_from,ownership_reason,inventors\n";
            String file = header
                    + "A-1,HT-1,KNOW_HOW,Good,3,NOT_AVAILABLE,CONSORTIUM,HKUST|6000; SUSTech|4000,2025-06-01,Agreement,\n"
                    + "A-2,HT-1,KNOW_HOW,Short,3,NOT_AVAILABLE,CONSORTIUM,HKUST|6000; SUSTech|3999,2025-06-01,Agreement,\n"
                    + "A-3,HT-1,KNOW_HOW,No date,3,NOT_AVAILABLE,CONSORTIUM,HKUST|10000,,Agreement,\n";
            ImportPlan plan = run(f, null, file, ImportKind.IP_ASSETS, OnDuplicate.SKIP, true);
            assertEquals(2, plan.errors().size(), errors(plan));
            assertEquals("owners", plan.errors().get(0).column());
            assertTrue(plan.errors().get(0).message().contains("sum to exactly 10000 bp"), errors(plan));
            assertTrue(plan.errors().get(0).message().contains("9999 bp"), errors(plan));
            assertEquals("ownership_from", plan.errors().get(1).column());
            assertEquals(0, count(f, "IpAsset"));

            ImportPlan good = run(
                    f,
                    null,
                    header
                            + "A-1,HT-1,KNOW_HOW,Good,3,NOT_AVAILABLE,CONSORTIUM,HKUST|6000; SUSTech|4000,2025-06-01,Agreement,\n",
                    ImportKind.IP_ASSETS,
                    OnDuplicate.SKIP,
                    true);
            assertTrue(good.valid(), () -> errors(good));
            assertEquals(1, count(f, "OwnershipVersion"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOfficesImportProposesOwnersThatNeedOtherInstitutionsApproval(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            assertTrue(run(
                            f,
                            null,
                            PROJECT_HEADER + project("R-1", "HT-1", "2025-01-01", "", "HKUST|LEAD; SUSTech|PARTNER"),
                            ImportKind.PROJECTS,
                            OnDuplicate.SKIP,
                            true)
                    .valid());
            String header =
                    "ref,project,type,title_en,readiness_level,licensing,confidentiality,owners,ownership_from,ownership_reason,inventors\n";
            String joint = header
                    + "A-1,HT-1,KNOW_HOW,Joint,3,NOT_AVAILABLE,CONSORTIUM,HKUST|6000; SUSTech|4000,2025-06-01,Agreement,\n";
            ImportPlan dry = run(f, tto(w.own()), joint, ImportKind.IP_ASSETS, OnDuplicate.SKIP, false);
            String dryReport = ImportReport.json(1, dry.counts(), List.of(), true, dry.steps());
            assertTrue(
                    dryReport.contains("proposed (awaiting the approval of institutions [" + w.other() + "])"),
                    dryReport);

            ImportPlan proposed = run(f, tto(w.own()), joint, ImportKind.IP_ASSETS, OnDuplicate.SKIP, true);
            assertTrue(proposed.valid(), () -> errors(proposed));
            assertEquals(1, count(f, "IpAsset"), "the asset is imported");
            assertEquals(0, count(f, "OwnershipVersion"), "its owners await SUSTech's approval");
            OwnershipProposal p =
                    f.inTransaction(em -> em.createQuery("SELECT p FROM OwnershipProposal p", OwnershipProposal.class)
                            .getSingleResult());
            assertEquals(List.of(w.own(), w.other()), p.required());
            assertEquals(List.of(w.other()), p.pending());

            String alone =
                    header + "A-1,HT-1,KNOW_HOW,Joint,3,NOT_AVAILABLE,CONSORTIUM,HKUST|10000,2025-06-01,Agreement,\n";
            ImportPlan blocked = run(f, tto(w.own()), alone, ImportKind.IP_ASSETS, OnDuplicate.UPDATE, true);
            assertTrue(
                    blocked.errors().stream()
                            .anyMatch(
                                    e -> e.message().contains("has an open ownership proposal already (" + p.getId())),
                    () -> "at most one open proposal per asset: " + errors(blocked));
            f.inTransaction(em -> {
                em.find(OwnershipProposal.class, p.getId()).withdraw("tto", OffsetDateTime.now(ZoneOffset.UTC));
                return null;
            });
            assertTrue(
                    run(f, tto(w.own()), alone, ImportKind.IP_ASSETS, OnDuplicate.UPDATE, true)
                            .valid(),
                    "the office's institution alone");
            assertEquals(1, count(f, "OwnershipVersion"));
            assertTrue(
                    run(f, tto(w.own()), alone, ImportKind.IP_ASSETS, OnDuplicate.UPDATE, true)
                            .valid(),
                    "the same owners again are no change");
            assertEquals(1, count(f, "OwnershipVersion"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOfficeImportsOnlyWhatItsInstitutionMayWrite(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            String file = PROJECT_HEADER
                    + project("R-1", "HT-1", "2025-01-01", "", "HKUST|LEAD")
                    + project("R-2", "HT-2", "2025-01-01", "", "SUSTech|LEAD");
            ImportPlan plan = run(f, tto(w.own()), file, ImportKind.PROJECTS, OnDuplicate.SKIP, true);
            assertEquals(1, plan.errors().size(), errors(plan));
            assertEquals(3, plan.errors().get(0).row());
            assertEquals("participants", plan.errors().get(0).column());
            assertTrue(plan.errors().get(0).message().contains("leads or joins"));
            assertEquals(0, count(f, "Project"));

            String people = "ref,name_en,institution\nP-1,Chan,HKUST\nP-2,Li,SUSTech\n";
            ImportPlan persons = run(f, tto(w.own()), people, ImportKind.PEOPLE, OnDuplicate.SKIP, true);
            assertEquals(
                    List.of(3), persons.errors().stream().map(RowError::row).toList(), errors(persons));
            String institutions =
                    "ref,short_name,name_en,kind,jurisdiction,country\nI-1,NEWCO,New Co,ENTERPRISE,HK,HK\nI-2,HKUST,HKUST,UNIVERSITY,HK,HK\n";
            ImportPlan inst = run(f, tto(w.own()), institutions, ImportKind.INSTITUTIONS, OnDuplicate.SKIP, true);
            assertEquals(
                    List.of(2),
                    inst.errors().stream().map(RowError::row).toList(),
                    "an office may name an existing institution, not create one");

            assertTrue(run(
                            f,
                            null,
                            PROJECT_HEADER
                                    + project("S-1", "HT-9", "2025-01-01", "", "SUSTech|LEAD")
                                            .replace("CONSORTIUM", "PUBLIC"),
                            ImportKind.PROJECTS,
                            OnDuplicate.SKIP,
                            true)
                    .valid());
            ImportPlan claim = run(
                    f,
                    tto(w.own()),
                    PROJECT_HEADER + project("R-9", "HT-9", "2025-01-01", "", "HKUST|LEAD"),
                    ImportKind.PROJECTS,
                    OnDuplicate.SKIP,
                    true);
            assertEquals(1, claim.errors().size(), "even skipping is only for records the office may write");
            assertTrue(claim.errors().get(0).message().contains("takes no part in project"), errors(claim));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void importsTenThousandProjectsWithStaffThroughTheBulkPath(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            assertTrue(run(
                            f,
                            null,
                            "ref,name_en,orcid,institution\nP-1,Chan Tai Man,0000-0002-1825-0097,HKUST\nP-2,Li Wei,0000-0001-5109-3700,SUSTech\n",
                            ImportKind.PEOPLE,
                            OnDuplicate.SKIP,
                            true)
                    .valid());
            StringBuilder file = new StringBuilder(PROJECT_HEADER);
            int n = 10_000;
            for (int i = 1; i <= n; i++) {
                file.append(String.format(
                        "R-%05d,HT-2025-%05d,Bulk project %d,BOTH,ACTIVE,2025-01-01,2027-12-31,CONSORTIUM,"
                                + "\"HKUST|LEAD; SUSTech|PARTNER\",\"0000-0002-1825-0097|PI|20|2025-01-01|2027-12-31|HK_PARK; 0000-0001-5109-3700|POSTDOC|100|2025-01-01||SHENZHEN_PARK\"%n",
                        i, i, i));
            }
            long v0 = System.nanoTime();
            run(f, tto(w.own()), file.toString(), ImportKind.PROJECTS, OnDuplicate.SKIP, false);
            System.out.printf("validation only: %.1f s%n", (System.nanoTime() - v0) / 1e9);
            long started = System.nanoTime();
            ImportPlan plan = run(f, tto(w.own()), file.toString(), ImportKind.PROJECTS, OnDuplicate.SKIP, true);
            double seconds = (System.nanoTime() - started) / 1e9;
            assertTrue(plan.valid(), () -> errors(plan));
            System.out.printf(
                    "Bulk import of %,d projects (2 participants, 2 staff each) on %s: %.1f s (%.0f rows/s)%n",
                    n, db, seconds, n / seconds);
            assertEquals(n, count(f, "Project"));
            assertEquals(2L * n, count(f, "Staffing"));
            assertEquals(n + 2L, count(f, "ExternalRef"));
            assertEquals(3L * n + 2, count(f, "OutboxEntry"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void investorTextsImportInThreeLanguagesAndFilesOfEarlierVersionsStillImport(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            world(f);
            assertTrue(run(
                            f,
                            null,
                            PROJECT_HEADER + project("R-1", "HT-1", "2025-01-01", "", "HKUST|LEAD; SUSTech|PARTNER"),
                            ImportKind.PROJECTS,
                            OnDuplicate.SKIP,
                            true)
                    .valid());
            String current =
                    "ref,project,type,title_en,public_summary_en,public_summary_zh_hant,problem_solved_zh_hans,advantages_en,"
                            + "applications_en,readiness_level,licensing,confidentiality\n"
                            + "A-1,HT-1,KNOW_HOW,Gripper,Soft gripper.,軟夾爪。,\"机器人\n弄破样本管。\",Gentler.,Hospitals.,3,EXCLUSIVE,CONSORTIUM\n";
            ImportPlan plan = run(f, null, current, ImportKind.IP_ASSETS, OnDuplicate.SKIP, true);
            assertTrue(plan.valid(), () -> errors(plan));
            IpAsset a = asset(f);
            assertEquals(new LocalizedText("Soft gripper.", "軟夾爪。", null), a.getPublicSummary());
            assertEquals(
                    new LocalizedText(null, null, "机器人\n弄破样本管。"),
                    a.getInvestorTexts().problemSolved(),
                    "may span lines");

            // a file of an earlier version: one public_summary, no investor texts; it updates the summary and keeps the
            // rest
            String earlier = "ref,project,type,title_en,public_summary,readiness_level,licensing,confidentiality\n"
                    + "A-1,HT-1,KNOW_HOW,Gripper,用於樣本管的軟夾爪。,3,EXCLUSIVE,CONSORTIUM\n";
            ImportPlan old = run(f, null, earlier, ImportKind.IP_ASSETS, OnDuplicate.UPDATE, true);
            assertTrue(old.valid(), () -> errors(old));
            IpAsset updated = asset(f);
            assertEquals(
                    new LocalizedText(null, "用於樣本管的軟夾爪。", null), updated.getPublicSummary(), "placed by its script");
            assertEquals(
                    new LocalizedText("Gentler.", null, null),
                    updated.getInvestorTexts().advantages(),
                    "columns the file lacks are kept");
            assertEquals(
                    new LocalizedText(null, null, "机器人\n弄破样本管。"),
                    updated.getInvestorTexts().problemSolved());

            ImportPlan tooLong = run(
                    f,
                    null,
                    "ref,project,type,title_en,advantages_zh_hant,readiness_level,licensing,confidentiality\n"
                            + "A-2,HT-1,KNOW_HOW,Other," + "長".repeat(2001) + ",3,EXCLUSIVE,CONSORTIUM\n",
                    ImportKind.IP_ASSETS,
                    OnDuplicate.SKIP,
                    true);
            assertEquals("advantages_zh_hant", tooLong.errors().get(0).column(), errors(tooLong));
        }
    }

    private static IpAsset asset(TestDatabase.Fixture f) {
        return f.inTransaction(
                em -> em.createQuery("SELECT a FROM IpAsset a", IpAsset.class).getSingleResult());
    }
}
