package org.hetao.registry.institution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import org.hetao.registry.testing.Samples;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InstitutionPersistenceTest {
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void storesAndReadsBackEveryField(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            long id = f.inTransaction(em -> {
                Institution i = new Institution(Samples.hkust());
                em.persist(i);
                em.flush();
                return i.getId();
            });
            Institution read = f.inTransaction(em -> em.find(Institution.class, id));
            assertEquals(Samples.hkust(), read.details());
            assertEquals(1, read.getVersion());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDatabaseRejectsDuplicatesAndUnknownKinds(TestDatabase db) throws SQLException {
        try (TestDatabase.Fixture f = db.fresh()) {
            String insert =
                    "INSERT INTO institution (id, version, short_name, name_en, kind, jurisdiction, country, created_at, updated_at) "
                            + "VALUES (%d, 1, '%s', 'x', '%s', 'HK', 'HK', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
            f.sql(insert.formatted(1, "A", "UNIVERSITY"));
            assertThrows(SQLException.class, () -> f.sql(insert.formatted(2, "A", "UNIVERSITY")));
            assertThrows(SQLException.class, () -> f.sql(insert.formatted(3, "B", "CASTLE")));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void storesThePublicContactAndItsWithdrawal(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            PublicContactDetails contact = new PublicContactDetails(
                    "Technology Transfer Office",
                    "licensing@example.edu.hk",
                    "+852 2358 6318",
                    "https://tto.example.edu.hk/licensing");
            long id = f.inTransaction(em -> {
                Institution i = new Institution(Samples.hkust());
                i.changePublicContact(contact);
                em.persist(i);
                em.flush();
                return i.getId();
            });
            assertEquals(
                    contact,
                    f.inTransaction(em -> em.find(Institution.class, id))
                            .getPublicContact()
                            .orElseThrow()
                            .details());
            f.inTransaction(em -> {
                em.find(Institution.class, id).changePublicContact(new PublicContactDetails(null, null, null, null));
                return null;
            });
            Institution read = f.inTransaction(em -> em.find(Institution.class, id));
            assertEquals(true, read.getPublicContact().isEmpty());
            assertEquals(2, read.getVersion(), "a change of the contact is a new version");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void storesAliasesInOrderAndFindsTheInstitutionByOne(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            long id = f.inTransaction(em -> {
                Institution i = new Institution(Samples.hkust());
                i.changeAliases(java.util.List.of("科大", "港科大", "HK Sci-Tech U"));
                em.persist(i);
                em.flush();
                return i.getId();
            });
            assertEquals(
                    java.util.List.of("科大", "港科大", "HK Sci-Tech U"),
                    f.inTransaction(em -> em.find(Institution.class, id)).getAliases());
            org.hetao.registry.common.PageRequest page = org.hetao.registry.common.PageRequest.of(
                    1, 20, null, InstitutionRepository.SORT_KEYS.keySet(), "shortName");
            assertEquals(
                    1,
                    f.inTransaction(em -> new InstitutionRepository(em)
                                    .list(new InstitutionFilter("港科", null, null, null), page))
                            .total(),
                    "the list's text filter reads the aliases too");
            assertEquals(
                    1,
                    f.inTransaction(em -> new InstitutionRepository(em)
                                    .list(new InstitutionFilter("sci-tech", null, null, null), page))
                            .total(),
                    "in any letter case");
            f.inTransaction(em -> {
                em.find(Institution.class, id).changeAliases(java.util.List.of());
                return null;
            });
            Institution read = f.inTransaction(em -> em.find(Institution.class, id));
            assertEquals(java.util.List.of(), read.getAliases());
            assertEquals(2, read.getVersion(), "a change of the aliases is a new version");
        }
    }
}
