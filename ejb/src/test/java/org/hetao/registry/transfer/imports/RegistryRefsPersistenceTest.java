package org.hetao.registry.transfer.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.Role;
import org.hetao.registry.config.RegistryInstance;
import org.hetao.registry.person.Person;
import org.hetao.registry.project.Project;
import org.hetao.registry.testing.TestAudit;
import org.hetao.registry.testing.TestDatabase;
import org.hetao.registry.transfer.format.RecordKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How an import reads {@code registry:} references: this registry's name its records by id; another
 * registry's never do, but are names like an office's own, so that its file imports once; and a
 * backup's names are those of the institution whose backup it is, whoever imports it.
 */
class RegistryRefsPersistenceTest {
    private static final String PEOPLE = "ref,name_en,institution\n";
    private static final String OTHER = "0f0f0f0f0f0f0f0f";

    private static ImportPlan run(
            TestDatabase.Fixture f, Caller caller, String file, ImportKind kind, OnDuplicate onDuplicate) {
        return f.inTransaction(em -> {
            try {
                ImportFormat format = kind == ImportKind.BACKUP ? ImportFormat.JSONL : ImportFormat.CSV;
                ParsedUpload upload = UploadReader.read(file.getBytes(StandardCharsets.UTF_8), format, kind);
                AccessGuard guard = AccessGuard.forCaller(caller);
                String scope = ExternalRef.scopeOf(caller.institutionId(), caller.accountId());
                ImportPlan plan = new ImportValidator(em, guard, scope, onDuplicate).validate(upload, n -> {});
                if (plan.valid()) {
                    new ImportWriter(
                                    em,
                                    TestAudit.chain(),
                                    caller.username(),
                                    caller.role().name(),
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

    private static ImportPlan ok(ImportPlan plan) {
        assertTrue(
                plan.valid(),
                () -> plan.errors().stream()
                        .map(e -> e.row() + "/" + e.column() + ": " + e.message())
                        .collect(Collectors.joining("\n")));
        return plan;
    }

    private static Caller admin() {
        return new Caller(1, "admin", Role.ADMIN, null);
    }

    private static Caller tto(long institution) {
        return new Caller(7, "tto", Role.TTO, institution);
    }

    private static long person(TestDatabase.Fixture f, String name) {
        return f.inTransaction(em -> em.createQuery("SELECT p.id FROM Person p WHERE p.nameEn = :n", Long.class)
                .setParameter("n", name)
                .getSingleResult());
    }

    /** The person on the staff of the only project. */
    private static long onlyStaff(TestDatabase.Fixture f) {
        return f.inTransaction(em -> em.createQuery("SELECT p FROM Project p", Project.class)
                .getSingleResult()
                .getStaff()
                .get(0)
                .getPersonId());
    }

    private static long count(TestDatabase.Fixture f, String entity) {
        return f.inTransaction(em -> em.createQuery("SELECT COUNT(x) FROM " + entity + " x", Long.class)
                .getSingleResult());
    }

    private static List<String> scopes(TestDatabase.Fixture f, String externalId) {
        return f.inTransaction(em -> em.createQuery(
                        "SELECT e.scope FROM ExternalRef e WHERE e.externalId = :x ORDER BY e.scope", String.class)
                .setParameter("x", externalId)
                .getResultList());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void thisRegistrysReferencesNameItsRecordsByIdInEitherForm(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            ImportPersistenceTest.World w = ImportPersistenceTest.world(f);
            ok(run(f, tto(w.own()), PEOPLE + "P-1,Chan Tai Man,HKUST\n", ImportKind.PEOPLE, OnDuplicate.SKIP));
            long chan = person(f, "Chan Tai Man");
            String self = f.inTransaction(RegistryInstance::id);

            ImportPlan update = ok(run(
                    f,
                    admin(),
                    PEOPLE + "registry:" + self + ":" + chan + ",Chan Tai-man,HKUST\n",
                    ImportKind.PEOPLE,
                    OnDuplicate.UPDATE));
            assertEquals(1, update.counts().get(RecordKind.PERSON, ImportAction.UPDATE));
            ImportPlan legacy = ok(run(
                    f,
                    admin(),
                    PEOPLE + "registry:" + chan + ",Chan T. M.,HKUST\n",
                    ImportKind.PEOPLE,
                    OnDuplicate.UPDATE));
            assertEquals(
                    1,
                    legacy.counts().get(RecordKind.PERSON, ImportAction.UPDATE),
                    "files from before instance ids: this registry's ids");
            assertEquals(1, count(f, "Person"));
            assertEquals(
                    "Chan T. M.",
                    f.inTransaction(em -> em.find(Person.class, chan)).getNameEn());

            ok(run(
                    f,
                    tto(w.own()),
                    ImportPersistenceTest.PROJECT_HEADER
                            + "R-1,HT-1,Project,HK_PARK,ACTIVE,2025-01-01,,CONSORTIUM,HKUST|LEAD," + "registry:" + self
                            + ":" + chan + "|PI|50|2025-01-01||HK_PARK\n",
                    ImportKind.PROJECTS,
                    OnDuplicate.SKIP));
            assertEquals(chan, onlyStaff(f));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anotherRegistrysReferencesNeverNameARecordByItsIdAndImportOnce(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            ImportPersistenceTest.World w = ImportPersistenceTest.world(f);
            ok(run(f, tto(w.own()), PEOPLE + "P-1,Chan Tai Man,HKUST\n", ImportKind.PEOPLE, OnDuplicate.SKIP));
            long chan = person(f, "Chan Tai Man");
            String foreign = "registry:" + OTHER + ":" + chan;
            String file = PEOPLE + foreign + ",Ho Wing Sze,HKUST\n";

            ImportPlan first = ok(run(f, tto(w.own()), file, ImportKind.PEOPLE, OnDuplicate.UPDATE));
            assertEquals(
                    1,
                    first.counts().get(RecordKind.PERSON, ImportAction.CREATE),
                    "the other registry's person " + chan + " is not ours");
            assertEquals(
                    "Chan Tai Man",
                    f.inTransaction(em -> em.find(Person.class, chan)).getNameEn());
            long ho = person(f, "Ho Wing Sze");
            assertNotEquals(chan, ho);

            ImportPlan again = ok(run(
                    f,
                    tto(w.own()),
                    file.replace("Ho Wing Sze", "Ho Wing-sze"),
                    ImportKind.PEOPLE,
                    OnDuplicate.UPDATE));
            assertEquals(
                    1,
                    again.counts().get(RecordKind.PERSON, ImportAction.UPDATE),
                    "the second import finds what the first created");
            assertEquals(2, count(f, "Person"));
            assertEquals(
                    "Ho Wing-sze",
                    f.inTransaction(em -> em.find(Person.class, ho)).getNameEn());

            String project = ImportPersistenceTest.PROJECT_HEADER
                    + "R-1,HT-1,Project,HK_PARK,ACTIVE,2025-01-01,,CONSORTIUM,HKUST|LEAD," + foreign
                    + "|PI|50|2025-01-01||HK_PARK\n";
            ok(run(f, tto(w.own()), project, ImportKind.PROJECTS, OnDuplicate.SKIP));
            assertEquals(ho, onlyStaff(f), "a reference to it names the record the import created");

            ImportPlan unknown = run(
                    f,
                    tto(w.own()),
                    ImportPersistenceTest.PROJECT_HEADER + "R-2,HT-2,Project,HK_PARK,ACTIVE,2025-01-01,,CONSORTIUM,"
                            + "HKUST|LEAD,registry:" + OTHER + ":" + (chan + 1) + "|PI|50|2025-01-01||HK_PARK\n",
                    ImportKind.PROJECTS,
                    OnDuplicate.SKIP);
            assertEquals("staffing", unknown.errors().get(0).column());
            assertTrue(
                    unknown.errors().get(0).message().contains("no person is known as"),
                    unknown.errors().get(0).message());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAdministratorsNamesOfAnotherRegistrysRecordsServeEveryoneAnOfficesOnlyItself(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            ImportPersistenceTest.World w = ImportPersistenceTest.world(f);
            ok(run(
                    f,
                    admin(),
                    PEOPLE + "registry:" + OTHER + ":1,Chan Tai Man,HKUST\n",
                    ImportKind.PEOPLE,
                    OnDuplicate.SKIP));
            assertEquals(List.of("registry:" + OTHER), scopes(f, "registry:" + OTHER + ":1"));
            ok(run(
                    f,
                    tto(w.own()),
                    ImportPersistenceTest.PROJECT_HEADER
                            + "R-1,HT-1,Project,HK_PARK,ACTIVE,2025-01-01,,CONSORTIUM,HKUST|LEAD," + "registry:" + OTHER
                            + ":1|PI|50|2025-01-01||HK_PARK\n",
                    ImportKind.PROJECTS,
                    OnDuplicate.SKIP));
            assertEquals(
                    person(f, "Chan Tai Man"),
                    onlyStaff(f),
                    "an office finds the person an administrator's import made of that registry's");

            ok(run(
                    f,
                    tto(w.own()),
                    PEOPLE + "registry:" + OTHER + ":2,Ho Wing Sze,HKUST\n",
                    ImportKind.PEOPLE,
                    OnDuplicate.SKIP));
            assertEquals(List.of("institution:" + w.own()), scopes(f, "registry:" + OTHER + ":2"));
            ImportPlan admins = ok(run(
                    f,
                    admin(),
                    PEOPLE + "registry:" + OTHER + ":2,Ho Wing Sze,HKUST\n",
                    ImportKind.PEOPLE,
                    OnDuplicate.SKIP));
            assertEquals(
                    1,
                    admins.counts().get(RecordKind.PERSON, ImportAction.CREATE),
                    "what an office's file says another registry's record is stays the office's own");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFileWrittenBeforeInstanceIdsIsReadAsTheRegistrysItsFirstLineNames(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            ImportPersistenceTest.World w = ImportPersistenceTest.world(f);
            ok(run(f, tto(w.own()), PEOPLE + "P-1,Chan Tai Man,HKUST\n", ImportKind.PEOPLE, OnDuplicate.SKIP));
            long chan = person(f, "Chan Tai Man");
            String line = "{\"record\":\"person\",\"ref\":\"registry:" + chan
                    + "\",\"name_en\":\"Ho Wing Sze\",\"institution\":\"HKUST\"}\n";

            ImportPlan named = ok(run(
                    f,
                    admin(),
                    "{\"record\":\"backup\",\"registry\":\"old-a\",\"institution\":\"HKUST\"}\n" + line,
                    ImportKind.BACKUP,
                    OnDuplicate.UPDATE));
            assertEquals(1, named.counts().get(RecordKind.PERSON, ImportAction.CREATE));
            assertEquals(
                    "Chan Tai Man",
                    f.inTransaction(em -> em.find(Person.class, chan)).getNameEn());
            assertEquals(List.of("registry:old-a"), scopes(f, "registry:old-a:" + chan));

            ImportPlan unnamed = ok(run(f, admin(), line, ImportKind.BACKUP, OnDuplicate.UPDATE));
            assertEquals(
                    1,
                    unnamed.counts().get(RecordKind.PERSON, ImportAction.UPDATE),
                    "without a first line, this registry's ids");
            assertEquals(
                    "Ho Wing Sze",
                    f.inTransaction(em -> em.find(Person.class, chan)).getNameEn());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aBackupsNamesAreItsInstitutionsWhoeverImportsIt(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            ImportPersistenceTest.World w = ImportPersistenceTest.world(f);
            String backup = """
                    {"record":"backup","registry":"%s","institution":"HKUST"}
                    {"record":"institution","ref":"HKUST","short_name":"HKUST","name_en":"HKUST","kind":"UNIVERSITY","jurisdiction":"HK","country":"HK"}
                    {"record":"person","ref":"HK-P-1","name_en":"Chan Tai Man","institution":"HKUST"}
                    {"record":"project","ref":"HK-R-1","code":"HT-1","title_en":"Project","site":"HK_PARK","status":"ACTIVE",\
                    "start_date":"2025-01-01","confidentiality":"CONSORTIUM","participants":"HKUST|LEAD","staffing":"HK-P-1|PI|50|2025-01-01||HK_PARK"}
                    {"record":"ip-asset","ref":"HK-A-1","project":"HK-R-1","type":"KNOW_HOW","title_en":"Protocol","readiness_level":"3",\
                    "licensing":"NOT_AVAILABLE","confidentiality":"CONSORTIUM","inventors":"HK-P-1|10000"}
                    """.formatted(OTHER);
            ok(run(f, admin(), backup, ImportKind.BACKUP, OnDuplicate.SKIP));
            assertEquals(
                    List.of("institution:" + w.own()),
                    scopes(f, "HK-P-1"),
                    "the names are the institution's, not the administrator's");

            ImportPlan office = ok(run(
                    f, tto(w.own()), PEOPLE + "HK-P-1,Chan Tai-man,HKUST\n", ImportKind.PEOPLE, OnDuplicate.UPDATE));
            assertEquals(
                    1,
                    office.counts().get(RecordKind.PERSON, ImportAction.UPDATE),
                    "the office's own spreadsheet finds the person");
            ImportPlan assets = ok(run(
                    f,
                    tto(w.own()),
                    "ref,project,type,title_en,readiness_level,licensing,confidentiality\n"
                            + "HK-A-1,HK-R-1,KNOW_HOW,Protocol v2,3,NOT_AVAILABLE,CONSORTIUM\n",
                    ImportKind.IP_ASSETS,
                    OnDuplicate.UPDATE));
            assertEquals(1, assets.counts().get(RecordKind.IP_ASSET, ImportAction.UPDATE));
            assertEquals(1, count(f, "Person"));
            assertEquals(1, count(f, "IpAsset"));

            ImportPlan foreign = run(f, tto(w.other()), backup, ImportKind.BACKUP, OnDuplicate.SKIP);
            assertEquals(1, foreign.errors().get(0).row());
            assertEquals("institution", foreign.errors().get(0).column());
            assertTrue(
                    foreign.errors()
                            .get(0)
                            .message()
                            .contains(
                                    "this is the backup of HKUST: an office imports only its own institution's backup"),
                    foreign.errors().get(0).message());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theNamesOfABackupWhoseInstitutionItCreatesAreThatInstitutions(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            ImportPersistenceTest.World w = ImportPersistenceTest.world(f);
            String backup = """
                    {"record":"backup","registry":"%s","institution":"NEWU"}
                    {"record":"institution","ref":"HKUST","short_name":"HKUST","name_en":"HKUST","kind":"UNIVERSITY","jurisdiction":"HK","country":"HK"}
                    {"record":"institution","ref":"NEWU","short_name":"NEWU","name_en":"New University","kind":"UNIVERSITY","jurisdiction":"HK","country":"HK"}
                    {"record":"person","ref":"N-P-1","name_en":"Chan Tai Man","institution":"NEWU"}
                    """.formatted(OTHER);
            ok(run(f, admin(), backup, ImportKind.BACKUP, OnDuplicate.SKIP));
            long newu = f.inTransaction(
                    em -> em.createQuery("SELECT i.id FROM Institution i WHERE i.shortName = 'NEWU'", Long.class)
                            .getSingleResult());
            assertEquals(List.of("institution:" + newu), scopes(f, "N-P-1"));
            assertEquals(
                    List.of("institution:" + newu),
                    scopes(f, "HKUST"),
                    "lines before the institution's are recorded as its too");
            assertNotEquals(w.own(), newu);

            ImportPlan unknown = run(
                    f,
                    admin(),
                    backup.replace("\"institution\":\"NEWU\"}", "\"institution\":\"NOWHERE\"}"),
                    ImportKind.BACKUP,
                    OnDuplicate.SKIP);
            assertEquals("institution", unknown.errors().get(0).column());
            assertTrue(
                    unknown.errors().get(0).message().contains("no institution is known as \"NOWHERE\""),
                    unknown.errors().get(0).message());
        }
    }
}
