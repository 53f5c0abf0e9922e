package org.hetao.registry.visitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.hetao.registry.access.Role;
import org.hetao.registry.account.Account;
import org.hetao.registry.common.SecretTokens;
import org.hetao.registry.enquiry.Enquiry;
import org.hetao.registry.enquiry.EnquiryRepository;
import org.hetao.registry.enquiry.Interest;
import org.hetao.registry.enquiry.VisitorContact;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.ipasset.InventorDetails;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetSamples;
import org.hetao.registry.person.Person;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectSamples;
import org.hetao.registry.savedsearch.DigestFrequency;
import org.hetao.registry.savedsearch.SavedSearch;
import org.hetao.registry.settings.RuntimeSettings;
import org.hetao.registry.testing.Samples;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The V19 schema on H2 and PostgreSQL: visitors' requests and enquiries, runtime settings, digests. */
class VisitorEnquiryPersistenceTest {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final VisitorContact CHAN =
            new VisitorContact("Chan Siu Ming", "Harbour Ventures", "chan@harbour.example.hk");

    private static long asset(TestDatabase.Fixture f) {
        return f.inTransaction(em -> {
            Institution hk = new Institution(Samples.hkust());
            Institution sz = new Institution(Samples.sustech());
            em.persist(hk);
            em.persist(sz);
            em.flush();
            Person inventor = new Person(new PersonDetails("Lee Ka Yan", "李家欣", null, hk.getId(), null));
            em.persist(inventor);
            Project p = new Project(ProjectSamples.project("HT-2026-0019", hk.getId(), sz.getId()));
            em.persist(p);
            em.flush();
            IpAsset a = new IpAsset(
                    IpAssetSamples.patent(p.getId(), List.of(new InventorDetails(inventor.getId(), 10000))));
            em.persist(a);
            em.flush();
            return a.getId();
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRequestIsFoundByItsSecretsHashCountedPerAddressAndBecomesAnEnquiryFollowedByItsLink(TestDatabase db)
            throws Exception {
        try (TestDatabase.Fixture f = db.fresh()) {
            long asset = asset(f);
            String token = SecretTokens.newToken();
            f.run(em -> {
                new VisitorRequests(em)
                        .add(new VisitorEnquiryRequest(
                                asset,
                                CHAN,
                                Interest.LICENCE,
                                "Licence?",
                                "en",
                                SecretTokens.hash(token),
                                T0,
                                Duration.ofHours(24)));
                new VisitorRequests(em)
                        .add(new VisitorEnquiryRequest(
                                asset,
                                CHAN,
                                Interest.INVESTMENT,
                                "Seed?",
                                "en",
                                SecretTokens.hash(SecretTokens.newToken()),
                                T0.plusHours(1),
                                Duration.ofHours(24)));
            });
            VisitorRequests.Asked asked =
                    f.inTransaction(em -> new VisitorRequests(em).askedSince(CHAN.email(), T0.minusDays(1)));
            assertEquals(2, asked.count());
            assertEquals(T0.toInstant(), asked.oldest().toInstant());
            assertEquals(
                    0,
                    f.inTransaction(em -> new VisitorRequests(em).askedSince("other@example.org", T0.minusDays(1)))
                            .count());

            String link = SecretTokens.newToken();
            long enquiry = f.inTransaction(em -> {
                VisitorEnquiryRequest r = new VisitorRequests(em)
                        .lockByTokenHash(SecretTokens.hash(token))
                        .orElseThrow();
                Enquiry e = Enquiry.fromVisitor(
                        asset,
                        r.getVisitor(),
                        r.getLanguage(),
                        SecretTokens.hash(link),
                        r.getInterest(),
                        r.getMessage(),
                        T0.plusMinutes(5));
                new EnquiryRepository(em).add(e);
                r.confirm(e.getId(), T0.plusMinutes(5));
                return e.getId();
            });
            Enquiry e = f.inTransaction(em -> new VisitorRequests(em)
                    .enquiryByLinkHash(SecretTokens.hash(link), false)
                    .orElseThrow());
            assertEquals(enquiry, e.getId());
            assertTrue(e.isFromVisitor());
            assertNull(e.getInvestorAccountId());
            assertEquals(CHAN, e.getVisitor());
            assertEquals(1, e.visibleMessages(true).size());
            assertTrue(f.inTransaction(em -> new VisitorRequests(em)
                                    .lockByTokenHash(SecretTokens.hash(token))
                                    .orElseThrow())
                            .getConfirmedAt()
                    != null);

            f.run(em -> new VisitorRequests(em)
                    .enquiryByLinkHash(SecretTokens.hash(link), true)
                    .orElseThrow()
                    .revokeVisitorLink());
            assertFalse(f.inTransaction(em -> new VisitorRequests(em).enquiryByLinkHash(SecretTokens.hash(link), false))
                    .isPresent());

            assertThrows(
                    java.sql.SQLException.class,
                    () -> f.sql("UPDATE enquiry SET visitor_email = NULL WHERE id = " + enquiry),
                    "an enquiry has an investor's account or a visitor's address");
            assertThrows(
                    java.sql.SQLException.class,
                    () -> f.sql("UPDATE visitor_enquiry_request SET enquiry_id = NULL WHERE token_hash = '"
                            + SecretTokens.hash(token) + "'"),
                    "a confirmed request names its enquiry");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void runtimeSettingsAreOneUnsetRowAndDigestsAreStored(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            RuntimeSettings s = f.inTransaction(em -> em.find(RuntimeSettings.class, RuntimeSettings.ID));
            assertNull(s.getPublicCatalogueEnabled(), "unset: the configuration key decides");
            assertNull(s.getVisitorEnquiriesEnabled());
            f.run(em -> em.find(RuntimeSettings.class, RuntimeSettings.ID).change(false, true, "admin", T0));
            RuntimeSettings changed = f.inTransaction(em -> em.find(RuntimeSettings.class, RuntimeSettings.ID));
            assertEquals(Boolean.FALSE, changed.getPublicCatalogueEnabled());
            assertFalse(changed.publicCatalogueOpen());
            assertTrue(changed.visitorEnquiriesAllowed());
            assertEquals(1, changed.getVersion());

            long search = f.inTransaction(em -> {
                Account a = new Account("investor-li", "hash", Role.INVESTOR, null);
                em.persist(a);
                em.flush();
                SavedSearch ss = new SavedSearch(a.getId(), "Organoids", "organoid", Map.of(), "en", T0);
                ss.digest(DigestFrequency.WEEKLY, T0, "https://registry.example.org/");
                em.persist(ss);
                em.flush();
                return ss.getId();
            });
            SavedSearch read = f.inTransaction(em -> em.find(SavedSearch.class, search));
            assertEquals(DigestFrequency.WEEKLY, read.getDigest());
            assertEquals(T0.toInstant(), read.getDigestSince().toInstant());
            assertEquals("https://registry.example.org/", read.getDigestLinkBase());
        }
    }
}
