package org.hetao.registry.demo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hetao.registry.access.Role;
import org.hetao.registry.account.PasswordPolicy;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.InstitutionDetails;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.person.Person;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.StaffingDetails;
import org.junit.jupiter.api.Test;

/** Every record of the demo data set passes the entity constructors, which hold the domain rules. */
class DemoDomainRulesTest {
    private static final DemoDataSet SET = DemoGenerator.standard();

    @Test
    void institutionsAndPeopleAreValid() {
        for (InstitutionDetails d : SET.institutions()) {
            assertDoesNotThrow(() -> new Institution(d), d.shortName());
        }
        for (PersonDetails d : SET.people()) {
            assertDoesNotThrow(() -> new Person(d), d.nameEn());
            assertTrue(d.institutionId() >= 1
                    && d.institutionId() <= SET.institutions().size());
        }
    }

    @Test
    void projectsWithTheirStaffAreValidAndCodesAreUnique() {
        Set<String> codes = new HashSet<>();
        for (DemoDataSet.Project p : SET.projects()) {
            Project project = assertDoesNotThrow(
                    () -> new Project(p.details()), p.details().code());
            assertTrue(codes.add(project.getCode()), project.getCode());
            List<StaffingDetails> staff = p.staff();
            for (int i = 0; i < staff.size(); i++) {
                StaffingDetails s = staff.get(i);
                String field = "staffing[" + i + "]";
                assertDoesNotThrow(
                        () -> project.addStaff(
                                field,
                                s,
                                SET.institution(SET.person(s.personId()).institutionId())
                                        .jurisdiction()),
                        p.details().code() + " " + field);
            }
            p.details()
                    .participants()
                    .forEach(x ->
                            assertTrue(x.institutionId() <= SET.institutions().size()));
        }
    }

    @Test
    void assetsAndTheirOwnershipHistoryAreValid() {
        for (int n = 0; n < SET.projects().size(); n++) {
            for (DemoDataSet.Asset a : SET.projects().get(n).assets()) {
                assertEquals(n + 1L, a.details().projectId());
                IpAsset asset = assertDoesNotThrow(
                        () -> new IpAsset(a.details()), a.details().title().en());
                assertEquals(
                        a.details().inventors().size(), asset.getInventors().size());
                List<OwnershipChange> changes = a.ownership();
                OwnershipVersion version =
                        assertDoesNotThrow(() -> OwnershipVersion.first(1L, changes.get(0), "system"));
                for (OwnershipChange change : changes.subList(1, changes.size())) {
                    OwnershipVersion previous = version;
                    version = assertDoesNotThrow(
                            () -> previous.next(change, "system"),
                            a.details().title().en());
                }
                assertEquals(changes.size(), version.getVersionNo());
            }
        }
    }

    @Test
    void demoAccountsHaveOneOfEachRoleAndPasswordsThePolicyAccepts() {
        Set<Role> roles = new HashSet<>();
        for (DemoAccounts.Account a : DemoAccounts.ACCOUNTS) {
            assertDoesNotThrow(() -> PasswordPolicy.check(a.username(), a.password()), a.username());
            roles.add(a.role());
            assertEquals(a.role() == Role.TTO, a.institution() != null);
        }
        assertEquals(Set.of(Role.values()), roles);
        assertEquals(
                List.of("demo-admin", "demo-tto-hku", "demo-tto-sustech", "demo-investor", "demo-legal"),
                DemoAccounts.ACCOUNTS.stream()
                        .map(DemoAccounts.Account::username)
                        .toList());
    }
}
