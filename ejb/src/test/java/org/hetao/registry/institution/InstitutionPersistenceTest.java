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
            String insert = "INSERT INTO institution (id, version, short_name, name_en, kind, jurisdiction, country, created_at, updated_at) "
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
            PublicContactDetails contact = new PublicContactDetails("Technology Transfer Office", "licensing@example.edu.hk",
                    "+852 2358 6318", "https://tto.example.edu.hk/licensing");
            long id = f.inTransaction(em -> {
                Institution i = new Institution(Samples.hkust());
                i.changePublicContact(contact);
                em.persist(i);
                em.flush();
                return i.getId();
            });
            assertEquals(contact, f.inTransaction(em -> em.find(Institution.class, id)).getPublicContact().orElseThrow().details());
            f.inTransaction(em -> {
                em.find(Institution.class, id).changePublicContact(new PublicContactDetails(null, null, null, null));
                return null;
            });
            Institution read = f.inTransaction(em -> em.find(Institution.class, id));
            assertEquals(true, read.getPublicContact().isEmpty());
            assertEquals(2, read.getVersion(), "a change of the contact is a new version");
        }
    }
}
