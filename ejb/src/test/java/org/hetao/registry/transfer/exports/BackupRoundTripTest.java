package org.hetao.registry.transfer.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.ReadScope;
import org.hetao.registry.access.Role;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.config.RegistryInstance;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.ipasset.AssetType;
import org.hetao.registry.ipasset.FilingDetails;
import org.hetao.registry.ipasset.FilingJurisdiction;
import org.hetao.registry.ipasset.FilingStatus;
import org.hetao.registry.ipasset.InventorDetails;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetDetails;
import org.hetao.registry.ipasset.Licensing;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.OwnershipRepository;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.ownership.ShareDetails;
import org.hetao.registry.person.Person;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.project.FundingDetails;
import org.hetao.registry.project.Park;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectDetails;
import org.hetao.registry.project.ProjectSamples;
import org.hetao.registry.project.StaffRole;
import org.hetao.registry.project.StaffingDetails;
import org.hetao.registry.project.WhiteListStatus;
import org.hetao.registry.testing.Samples;
import org.hetao.registry.testing.TestAudit;
import org.hetao.registry.testing.TestDatabase;
import org.hetao.registry.transfer.format.RecordKind;
import org.hetao.registry.transfer.imports.ExternalRef;
import org.hetao.registry.transfer.imports.ImportAction;
import org.hetao.registry.transfer.imports.ImportFileException;
import org.hetao.registry.transfer.imports.ImportFormat;
import org.hetao.registry.transfer.imports.ImportKind;
import org.hetao.registry.transfer.imports.ImportPlan;
import org.hetao.registry.transfer.imports.ImportValidator;
import org.hetao.registry.transfer.imports.ImportWriter;
import org.hetao.registry.transfer.imports.OnDuplicate;
import org.hetao.registry.transfer.imports.ParsedUpload;
import org.hetao.registry.transfer.imports.UploadReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An institution's backup imported into an empty registry and backed up again gives the same file,
 * once the registry ids it names are mapped: nothing a person entered is lost on the way, including
 * every ownership version, separators in free text and line breaks in texts entered through the API.
 * Imported into a registry that holds other records under the same ids, it matches none of them.
 */
class BackupRoundTripTest {
    private static final Pattern REGISTRY_REF = Pattern.compile("registry:([A-Za-z0-9._-]+:)?(\\d+)");

    private static long fill(TestDatabase.Fixture f) {
        return fill(f, "");
    }

    /** The same records each time, under the same ids in a fresh database; {@code label} marks the texts of records without a natural key. */
    private static long fill(TestDatabase.Fixture f, String label) {
        return f.inTransaction(em -> {
            Institution home = new Institution(Samples.hkust());
            home.changeAliases(List.of("科大", "港科大", "HK Sci-Tech U"));
            persist(em, home);
            Institution partner = new Institution(Samples.sustech());
            partner.changeAliases(List.of("南科大"));
            persist(em, partner);
            Institution buyer = persist(em, new Institution(Samples.institution("NEWCO", Jurisdiction.OVERSEAS)));
            Person pi = persist(
                    em,
                    new Person(new PersonDetails(
                            "Chan Tai Man", "陳大文", "0000-0002-1825-0097", home.getId(), "chan@example.org")));
            Person engineer =
                    persist(em, new Person(new PersonDetails("Li Wei" + label, "李伟", null, partner.getId(), null)));
            ProjectDetails sample = ProjectSamples.project("HT-2025-0042", home.getId(), partner.getId());
            Project p = new Project(ProjectSamples.withKeywords(
                    ProjectSamples.withFunding(
                            new ProjectDetails(
                                    sample.code(),
                                    new LocalizedText("Robots\nfor wet labs", "濕實驗室機械人", "湿实验室机器人"),
                                    sample.abstractText(),
                                    sample.keywords(),
                                    sample.sectors(),
                                    sample.site(),
                                    sample.status(),
                                    sample.startDate(),
                                    sample.endDate(),
                                    Confidentiality.CONFIDENTIAL,
                                    sample.participants(),
                                    sample.funding()),
                            new FundingDetails(
                                    "Fund; Phase 2 | Hetao",
                                    "Matching grant|basic research",
                                    "HT\\MB;1",
                                    new BigDecimal("1500000.50"),
                                    "HKD"),
                            new FundingDetails(
                                    "Shenzhen Science and Technology Innovation Commission",
                                    null,
                                    null,
                                    new BigDecimal("0.00"),
                                    "CNY")),
                    List.of("AI; robotics", "omics|genomics", "wet lab")));
            p.addStaff(
                    "staffing[0]",
                    new StaffingDetails(
                            pi.getId(),
                            StaffRole.PI,
                            30,
                            LocalDate.of(2025, 3, 1),
                            null,
                            Park.HK_PARK,
                            null,
                            null,
                            null),
                    Jurisdiction.HK);
            p.addStaff(
                    "staffing[1]",
                    new StaffingDetails(
                            engineer.getId(),
                            StaffRole.ENGINEER,
                            100,
                            LocalDate.of(2025, 6, 1),
                            LocalDate.of(2026, 5, 31),
                            Park.HK_PARK,
                            WhiteListStatus.APPROVED,
                            LocalDate.of(2025, 5, 20),
                            LocalDate.of(2026, 6, 19)),
                    Jurisdiction.MAINLAND);
            persist(em, p);
            IpAsset asset = persist(
                    em,
                    new IpAsset(new IpAssetDetails(
                            p.getId(),
                            AssetType.PATENT,
                            new LocalizedText("Soft gripper" + label, "軟夾爪", "软夹爪"),
                            new LocalizedText("Internal\nnotes", null, "内部"),
                            new LocalizedText(null, "軟夾爪。\n第二行", null),
                            null,
                            new LocalizedText("Cheaper", null, null),
                            null,
                            6,
                            Licensing.EXCLUSIVE,
                            Confidentiality.CONSORTIUM,
                            List.of(
                                    new FilingDetails(
                                            FilingJurisdiction.CN,
                                            "CN202510123456.7",
                                            null,
                                            LocalDate.of(2025, 3, 1),
                                            null,
                                            FilingStatus.FILED),
                                    new FilingDetails(
                                            FilingJurisdiction.PCT,
                                            "PCT/CN2025/012345",
                                            "WO2026/000123",
                                            LocalDate.of(2025, 9, 1),
                                            LocalDate.of(2026, 3, 1),
                                            FilingStatus.GRANTED,
                                            new org.hetao.registry.ipasset.FilingDocket(
                                                    "WO2026/000123",
                                                    LocalDate.of(2026, 3, 5),
                                                    List.of(
                                                            new org.hetao.registry.ipasset.PriorityClaimDetails(
                                                                    "CN", "CN202510123456.7", LocalDate.of(2025, 3, 1)),
                                                            new org.hetao.registry.ipasset.PriorityClaimDetails(
                                                                    "US", "63/123 456", LocalDate.of(2025, 2, 28))),
                                                    null,
                                                    null,
                                                    null,
                                                    null))),
                            List.of(
                                    new InventorDetails(pi.getId(), 6667),
                                    new InventorDetails(engineer.getId(), 3333)))));
            persist(
                    em,
                    new IpAsset(new IpAssetDetails(
                            p.getId(),
                            AssetType.KNOW_HOW,
                            new LocalizedText("Protocol" + label, null, null),
                            null,
                            null,
                            null,
                            null,
                            null,
                            2,
                            Licensing.NOT_AVAILABLE,
                            Confidentiality.CONFIDENTIAL,
                            List.of(),
                            List.of())));
            OwnershipVersion v1 = persist(
                    em,
                    OwnershipVersion.first(
                            asset.getId(),
                            new OwnershipChange(
                                    List.of(
                                            new ShareDetails(home.getId(), 5000),
                                            new ShareDetails(partner.getId(), 5000)),
                                    LocalDate.of(2025, 3, 1),
                                    "Joint development agreement"),
                            "admin"));
            OwnershipVersion v2 = persist(
                    em,
                    v1.next(
                            new OwnershipChange(
                                    List.of(
                                            new ShareDetails(home.getId(), 6667),
                                            new ShareDetails(partner.getId(), 3333)),
                                    LocalDate.of(2025, 9, 1),
                                    "Supplementary agreement;\nshares | adjusted"),
                            "admin"));
            persist(
                    em,
                    v2.next(
                            new OwnershipChange(
                                    List.of(
                                            new ShareDetails(home.getId(), 7000),
                                            new ShareDetails(buyer.getId(), 3000)),
                                    LocalDate.of(2025, 9, 1),
                                    "SUSTech assigned its share to NEWCO"),
                            "admin"));
            return home.getId();
        });
    }

    private static <T> T persist(EntityManager em, T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    /** The institution's backup as the export API writes it: its records named by the institution's own references. */
    private static List<String> backup(TestDatabase.Fixture f, long institutionId) {
        EntityManager em = f.emf().createEntityManager();
        try {
            OwnershipRepository ownership = new OwnershipRepository();
            inject(ownership, "em", em);
            ExportService service = new ExportService();
            inject(service, "em", em);
            service.ownership = ownership;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ExportWriter w = new ExportWriter(out, ExportFormat.JSONL, List.of())) {
                InstitutionBackup.write(
                        service,
                        new ExportQuery(
                                null,
                                null,
                                ReadScope.EVERYTHING,
                                true,
                                ExternalRef.institutionScope(institutionId),
                                institutionId,
                                RegistryInstance.id(em)),
                        w);
            }
            return out.toString(StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            em.close();
        }
    }

    private static void inject(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportPlan restore(
            TestDatabase.Fixture f, Caller admin, List<String> backup, OnDuplicate onDuplicate) {
        return f.inTransaction(em -> {
            try {
                ParsedUpload rows = UploadReader.read(
                        String.join("\n", backup).getBytes(StandardCharsets.UTF_8),
                        ImportFormat.JSONL,
                        ImportKind.BACKUP);
                AccessGuard guard = AccessGuard.forCaller(admin);
                String scope = ExternalRef.scopeOf(null, admin.accountId());
                ImportPlan plan = new ImportValidator(em, guard, scope, onDuplicate).validate(rows, n -> {});
                if (plan.valid()) {
                    new ImportWriter(
                                    em,
                                    TestAudit.chain(),
                                    admin.username(),
                                    admin.role().name(),
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

    /** The lines after the first with each registry reference replaced by the order in which it first appears. */
    static List<String> withIdsMapped(List<String> lines) {
        Map<String, String> ids = new HashMap<>();
        return lines.stream()
                .skip(1)
                .map(line -> {
                    Matcher m = REGISTRY_REF.matcher(line);
                    StringBuilder b = new StringBuilder();
                    while (m.find()) {
                        m.appendReplacement(
                                b,
                                "registry:#" + ids.computeIfAbsent(m.group(), k -> Integer.toString(ids.size() + 1)));
                    }
                    return m.appendTail(b).toString();
                })
                .toList();
    }

    private static String instance(TestDatabase.Fixture f) {
        return f.inTransaction(RegistryInstance::id);
    }

    private static long institution(TestDatabase.Fixture f, String shortName) {
        return f.inTransaction(em -> em.createQuery("SELECT i.id FROM Institution i WHERE i.shortName = :s", Long.class)
                .setParameter("s", shortName)
                .getSingleResult());
    }

    private static String errors(ImportPlan plan) {
        return plan.errors().stream()
                .map(e -> e.row() + "/" + e.column() + ": " + e.message())
                .collect(Collectors.joining("\n"));
    }

    private static <T> List<T> all(TestDatabase.Fixture f, Class<T> type) {
        return f.inTransaction(em -> em.createQuery("SELECT x FROM " + type.getSimpleName() + " x ORDER BY x.id", type)
                .getResultList());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aBackupImportedIntoAnEmptyRegistryBacksUpTheSameAgain(TestDatabase db) {
        List<String> before;
        String source;
        try (TestDatabase.Fixture first = db.fresh()) {
            before = backup(first, fill(first));
            source = instance(first);
        }
        assertEquals(
                List.of(
                        "backup",
                        "institution",
                        "institution",
                        "institution",
                        "person",
                        "person",
                        "project",
                        "ip-asset",
                        "ownership",
                        "ownership",
                        "ownership",
                        "ip-asset"),
                before.stream()
                        .map(l -> l.replaceAll("^\\{\"record\":\"([a-z-]+)\".*", "$1"))
                        .toList(),
                String.join("\n", before));
        assertEquals(
                "{\"record\":\"backup\",\"registry\":\"" + source + "\",\"institution\":\"HKUST\"}", before.get(0));
        assertTrue(before.get(1).contains("\"aliases\":\"科大; 港科大; HK Sci-Tech U\""), before.get(1));
        assertTrue(
                before.stream().noneMatch(l -> l.startsWith("{\"record\":\"ip-asset\"") && l.contains("\"owners\"")),
                "in a backup the owners are in the ownership lines, not the asset's");
        assertTrue(
                before.stream().anyMatch(l -> l.contains("\"ref\":\"registry:" + source + ":")),
                "records without a natural key are named with the registry's instance id");

        try (TestDatabase.Fixture second = db.fresh()) {
            Caller admin = new Caller(1, "admin", Role.ADMIN, null);
            ImportPlan plan = restore(second, admin, before, OnDuplicate.SKIP);
            assertTrue(plan.valid(), () -> errors(plan));
            List<String> after = backup(second, institution(second, "HKUST"));
            String target = instance(second);
            assertEquals(
                    "{\"record\":\"backup\",\"registry\":\"" + target + "\",\"institution\":\"HKUST\"}", after.get(0));
            assertTrue(
                    after.stream().anyMatch(l -> l.contains("registry:" + target + ":")),
                    "the new registry names its records by its own ids");
            assertEquals(withIdsMapped(before), withIdsMapped(after));

            ImportPlan again = restore(second, admin, before, OnDuplicate.SKIP);
            assertTrue(again.valid(), () -> errors(again));
            assertEquals(
                    0,
                    again.counts().get(RecordKind.PERSON, ImportAction.CREATE)
                            + again.counts().get(RecordKind.IP_ASSET, ImportAction.CREATE)
                            + again.counts().get(RecordKind.OWNERSHIP, ImportAction.CREATE),
                    "importing the same backup again creates nothing");
            assertEquals(withIdsMapped(after), withIdsMapped(backup(second, institution(second, "HKUST"))));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aBackupFromAnotherRegistryMatchesNoRecordThatMerelySharesAnId(TestDatabase db) {
        List<String> file;
        List<Long> sourceAssets;
        try (TestDatabase.Fixture first = db.fresh()) {
            file = backup(first, fill(first));
            sourceAssets =
                    all(first, IpAsset.class).stream().map(IpAsset::getId).toList();
        }
        try (TestDatabase.Fixture second = db.fresh()) {
            fill(second, " of the second registry");
            List<IpAsset> own = all(second, IpAsset.class);
            assertEquals(
                    sourceAssets,
                    own.stream().map(IpAsset::getId).toList(),
                    "both registries hold assets under the same ids");
            List<Person> people = all(second, Person.class);
            Caller admin = new Caller(1, "admin", Role.ADMIN, null);

            ImportPlan plan = restore(second, admin, file, OnDuplicate.UPDATE);
            assertTrue(plan.valid(), () -> errors(plan));
            assertEquals(
                    2,
                    plan.counts().get(RecordKind.IP_ASSET, ImportAction.CREATE),
                    "the file's assets are new to this registry");
            assertEquals(
                    1,
                    plan.counts().get(RecordKind.PERSON, ImportAction.CREATE),
                    "so is its person without an ORCID iD");
            assertEquals(
                    1,
                    plan.counts().get(RecordKind.PERSON, ImportAction.UPDATE),
                    "the person with an ORCID iD is the same person");
            assertEquals(
                    1,
                    plan.counts().get(RecordKind.PROJECT, ImportAction.UPDATE),
                    "the project with the same code is the same project");
            for (IpAsset a : own) {
                IpAsset now = second.inTransaction(em -> em.find(IpAsset.class, a.getId()));
                assertEquals(a.getTitle(), now.getTitle(), "asset " + a.getId() + " is left alone");
                assertEquals(a.getVersion(), now.getVersion(), "asset " + a.getId() + " is left alone");
            }
            for (Person p : people) {
                assertEquals(
                        p.getNameEn(),
                        second.inTransaction(em -> em.find(Person.class, p.getId()))
                                .getNameEn());
            }
            assertEquals(4, all(second, IpAsset.class).size());

            ImportPlan again = restore(second, admin, file, OnDuplicate.UPDATE);
            assertTrue(again.valid(), () -> errors(again));
            assertEquals(
                    0,
                    again.counts().get(RecordKind.IP_ASSET, ImportAction.CREATE)
                            + again.counts().get(RecordKind.PERSON, ImportAction.CREATE)
                            + again.counts().get(RecordKind.OWNERSHIP, ImportAction.CREATE),
                    "the second import finds what the first created");
            assertEquals(2, again.counts().get(RecordKind.IP_ASSET, ImportAction.UPDATE));
            assertEquals(4, all(second, IpAsset.class).size());
        }
    }
}
