package org.hetao.registry.agreement.lifecycle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.hetao.registry.agreement.AgreementStatus;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetSamples;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.ownership.ShareDetails;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectSamples;
import org.hetao.registry.testing.Samples;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AgreementPersistenceTest {
    private record World(long hk, long sz, long asset) {
        List<AgreementParty> parties() {
            return List.of(new AgreementParty(hk, "HKUST"), new AgreementParty(sz, "SUSTech"));
        }
    }

    private static World world(TestDatabase.Fixture f) {
        return f.inTransaction(em -> {
            Institution hk = new Institution(Samples.hkust());
            Institution sz = new Institution(Samples.sustech());
            em.persist(hk);
            em.persist(sz);
            em.flush();
            Project p = new Project(ProjectSamples.project("HT-2026-0001", hk.getId(), sz.getId()));
            em.persist(p);
            em.flush();
            IpAsset a = new IpAsset(IpAssetSamples.patent(p.getId(), List.of()));
            em.persist(a);
            em.flush();
            em.persist(OwnershipVersion.first(
                    a.getId(),
                    new OwnershipChange(
                            List.of(new ShareDetails(hk.getId(), 6667), new ShareDetails(sz.getId(), 3333)),
                            LocalDate.of(2026, 1, 1),
                            "Joint development"),
                    "admin"));
            em.persist(new FrameworkVersion(
                    1, LocalDate.of(2026, 11, 20), FrameworkSeeder.resource(), "system", Instant.now()));
            return new World(hk.getId(), sz.getId(), a.getId());
        });
    }

    private static long store(TestDatabase.Fixture f, Agreement agreement) {
        return f.inTransaction(em -> {
            em.persist(agreement);
            agreement.startSeries();
            return agreement.getId();
        });
    }

    /** A PDF-sized byte string with every byte value in it. */
    private static byte[] pdfBytes() {
        byte[] bytes = new byte[300_000];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void storesAnIssuedAgreementsPdfAndHashAndReadsThemBack(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            long id = store(f, Agreement.draft(LifecycleSamples.drafted(w.asset(), 1, w.parties())));
            byte[] pdf = pdfBytes();
            String sha = IssuedPdf.sha256(pdf);
            f.run(em -> {
                Agreement a = em.find(Agreement.class, id);
                a.issue(sha, List.of(), false, "legal", Instant.now());
                em.persist(new IssuedPdf(id, pdf));
            });

            Agreement read = f.inTransaction(em -> em.find(Agreement.class, id));
            IssuedPdf stored = f.inTransaction(em -> em.find(IssuedPdf.class, id));
            assertEquals(AgreementStatus.ISSUED, read.getStatus());
            assertEquals("AG-" + id, read.agreementId());
            assertEquals(sha, read.getPdfSha256());
            assertArrayEquals(pdf, stored.bytes());
            assertEquals(sha, stored.sha256());
            assertEquals(LifecycleSamples.content(), AgreementJson.content(read.getContentJson()));
            assertEquals(LifecycleSamples.options(), AgreementJson.options(read.getOptionsJson()));
            assertEquals(
                    List.of("HKUST", "SUSTech"),
                    read.getParties().stream().map(AgreementParty::getCode).toList());
            assertEquals(
                    LifecycleSamples.DRAFTED.getEpochSecond(),
                    read.getCreatedAt().toEpochSecond());
            assertEquals(0, read.getCreatedAt().getNano(), "kept to the second");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSupersedingRevisionContinuesTheSeries(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            long first = store(f, Agreement.draft(LifecycleSamples.drafted(w.asset(), 1, w.parties())));
            f.run(em -> em.find(Agreement.class, first)
                    .issue(LifecycleSamples.sha('c'), List.of(), false, "legal", Instant.now()));
            long second = f.inTransaction(em -> {
                Agreement old = em.find(Agreement.class, first);
                Agreement next = old.successor(LifecycleSamples.drafted(w.asset(), 1, w.parties()));
                em.persist(next);
                em.flush();
                old.supersede(next.getId());
                return next.getId();
            });
            Agreement next = f.inTransaction(em -> em.find(Agreement.class, second));
            assertEquals("AG-" + first, next.agreementId());
            assertEquals(2, next.getRevision());
            assertEquals(first, next.getSupersedes());
            assertEquals(
                    AgreementStatus.SUPERSEDED,
                    f.inTransaction(em -> em.find(Agreement.class, first)).getStatus());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDatabaseRejectsAnIssuedRowWithoutItsHashAndUnknownStates(TestDatabase db) throws SQLException {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            long id = store(f, Agreement.draft(LifecycleSamples.drafted(w.asset(), 1, w.parties())));
            assertThrows(SQLException.class, () -> f.sql("UPDATE agreement SET status = 'ISSUED' WHERE id = " + id));
            assertThrows(SQLException.class, () -> f.sql("UPDATE agreement SET status = 'LOST' WHERE id = " + id));
            assertThrows(
                    SQLException.class, () -> f.sql("UPDATE agreement SET ownership_version_no = 7 WHERE id = " + id));
            assertThrows(
                    SQLException.class, () -> f.sql("UPDATE agreement SET status = 'SUPERSEDED' WHERE id = " + id));
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "POSTGRESQL")
    void postgresqlRefusesToChangeOrRemoveAnIssuedPdf(TestDatabase db) throws SQLException {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            long id = store(f, Agreement.draft(LifecycleSamples.drafted(w.asset(), 1, w.parties())));
            f.run(em -> {
                em.find(Agreement.class, id).issue(LifecycleSamples.sha('d'), List.of(), false, "legal", Instant.now());
                em.persist(new IssuedPdf(id, new byte[] {1, 2, 3}));
            });
            assertThrows(
                    SQLException.class,
                    () -> f.sql("UPDATE agreement_pdf SET pdf = '\\x00' WHERE agreement_id = " + id));
            assertThrows(SQLException.class, () -> f.sql("DELETE FROM agreement_pdf WHERE agreement_id = " + id));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void storesEachPartysSignatureAndTheSignedCopyBesideTheIssuedPdf(TestDatabase db) throws SQLException {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            long id = store(f, Agreement.draft(LifecycleSamples.drafted(w.asset(), 1, w.parties())));
            Instant issued = Instant.parse("2026-12-03T08:00:00Z");
            f.run(em -> {
                em.find(Agreement.class, id).issue(LifecycleSamples.sha('e'), List.of(), false, "legal", issued);
                em.persist(new IssuedPdf(id, new byte[] {1, 2, 3}));
            });
            f.run(em -> em.find(Agreement.class, id)
                    .recordSignature(
                            "SUSTech",
                            "Prof. Zhang Wei",
                            "Vice-President",
                            issued.plusSeconds(86_400).atOffset(java.time.ZoneOffset.ofHours(8)),
                            "legal",
                            issued.plusSeconds(90_000)));
            f.run(em -> em.find(Agreement.class, id)
                    .recordSignature(
                            "HKUST",
                            "Prof. Chan Siu Ming",
                            null,
                            issued.plusSeconds(3600).atOffset(java.time.ZoneOffset.UTC),
                            "legal-2",
                            issued.plusSeconds(90_001)));
            byte[] copy = pdfBytes();
            f.run(em -> {
                em.find(Agreement.class, id)
                        .attachSignedCopy(IssuedPdf.sha256(copy), copy.length, "legal", issued.plusSeconds(100_000));
                em.persist(new SignedCopy(id, copy));
            });

            Agreement read = f.inTransaction(em -> em.find(Agreement.class, id));
            assertEquals(AgreementStatus.SIGNED, read.getStatus());
            assertEquals(issued.plusSeconds(86_400), read.getSignedAt().toInstant(), "signed as of the last signature");
            assertEquals(
                    List.of("HKUST", "SUSTech"),
                    read.getSignatures().stream()
                            .map(AgreementSignature::getPartyCode)
                            .toList(),
                    "in the order they were signed");
            AgreementSignature sz = read.getSignatures().get(1);
            assertEquals(w.sz(), sz.getInstitutionId());
            assertEquals("Prof. Zhang Wei", sz.getSignatoryName());
            assertEquals("Vice-President", sz.getSignatoryTitle());
            assertEquals("legal", sz.getRecordedBy());
            assertEquals(IssuedPdf.sha256(copy), read.getSignedCopySha256());
            assertEquals(copy.length, read.getSignedCopySize());
            assertArrayEquals(
                    copy, f.inTransaction(em -> em.find(SignedCopy.class, id)).bytes());
            assertEquals(LifecycleSamples.sha('e'), read.getPdfSha256());

            assertThrows(
                    SQLException.class,
                    () -> f.sql("UPDATE agreement SET signed_copy_size = NULL WHERE id = " + id),
                    "a signed copy is recorded whole");
            assertThrows(
                    SQLException.class,
                    () -> f.sql("INSERT INTO agreement_signature (agreement_id, party_code, institution_id, "
                            + "signatory_name, signed_at, recorded_by, recorded_at) VALUES (" + id + ", 'HKUST', "
                            + w.hk()
                            + ", 'Someone else', CURRENT_TIMESTAMP, 'legal', CURRENT_TIMESTAMP)"),
                    "a party signs a revision once");
            if (db == TestDatabase.POSTGRESQL) {
                assertThrows(
                        SQLException.class,
                        () -> f.sql("DELETE FROM agreement_signed_copy WHERE agreement_id = " + id));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEditedDraftIsStoredAndADiscardedOneIsGoneWithItsParties(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            World w = world(f);
            long id = store(f, Agreement.draft(LifecycleSamples.drafted(w.asset(), 1, w.parties())));
            f.run(em -> em.find(Agreement.class, id)
                    .redraft(new DraftedRevision(
                            w.asset(),
                            1,
                            1,
                            org.hetao.registry.agreement.AgreementLanguage.EN,
                            "{\"edited\":true}",
                            LifecycleSamples.contentJson(),
                            List.of(new AgreementParty(w.hk(), "HKUST")),
                            "legal",
                            Instant.now())));
            Agreement edited = f.inTransaction(em -> em.find(Agreement.class, id));
            assertEquals(org.hetao.registry.agreement.AgreementLanguage.EN, edited.getLanguage());
            assertEquals("{\"edited\":true}", edited.getOptionsJson());
            assertEquals(
                    List.of("HKUST"),
                    edited.getParties().stream().map(AgreementParty::getCode).toList());

            f.run(em -> em.remove(em.find(Agreement.class, id)));
            assertEquals(Boolean.TRUE, f.inTransaction(em -> em.find(Agreement.class, id) == null), "discarded");
        }
    }
}
