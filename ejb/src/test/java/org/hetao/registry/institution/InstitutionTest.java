package org.hetao.registry.institution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.testing.Samples;
import org.junit.jupiter.api.Test;

class InstitutionTest {
    @Test
    void keepsNamesInThreeScripts() {
        Institution i = new Institution(Samples.hkust());
        assertEquals("香港科技大學", i.getName().in("zh-Hant-HK"));
        assertEquals("香港科技大学", i.getName().in("zh-Hans-CN"));
        assertEquals(
                "The Hong Kong University of Science and Technology",
                i.getName().in("en"));
    }

    @Test
    void countryMustFitTheJurisdiction() {
        InstitutionDetails d = Samples.hkust();
        InstitutionDetails wrong =
                new InstitutionDetails(d.shortName(), d.nameEn(), null, null, d.kind(), Jurisdiction.HK, "CN", null);
        assertEquals(
                "country",
                assertThrows(InvalidValueException.class, () -> new Institution(wrong))
                        .errors()
                        .get(0)
                        .field());
        InstitutionDetails overseasInHk =
                new InstitutionDetails("X", "X", null, null, d.kind(), Jurisdiction.OVERSEAS, "HK", null);
        assertThrows(InvalidValueException.class, () -> new Institution(overseasInHk));
        InstitutionDetails notACountry =
                new InstitutionDetails("X", "X", null, null, d.kind(), Jurisdiction.OVERSEAS, "ZZ", null);
        assertThrows(InvalidValueException.class, () -> new Institution(notACountry));
    }

    @Test
    void requiresAnEnglishNameAndAShortName() {
        InstitutionDetails d = Samples.hkust();
        assertThrows(
                InvalidValueException.class,
                () -> new Institution(new InstitutionDetails(
                        d.shortName(),
                        " ",
                        d.nameZhHant(),
                        d.nameZhHans(),
                        d.kind(),
                        d.jurisdiction(),
                        d.country(),
                        null)));
        assertThrows(
                InvalidValueException.class,
                () -> new Institution(new InstitutionDetails(
                        "", d.nameEn(), null, null, d.kind(), d.jurisdiction(), d.country(), null)));
    }

    @Test
    void aFailedChangeLeavesTheInstitutionAsItWas() {
        Institution i = new Institution(Samples.hkust());
        InstitutionDetails bad = new InstitutionDetails(
                "NEW", "New name", null, null, InstitutionKind.UNIVERSITY, Jurisdiction.HK, "HK", "bad");
        assertThrows(InvalidValueException.class, () -> i.describe(bad));
        assertEquals("HKUST", i.getShortName());
    }

    @Test
    void publishesAValidatedLicensingContactAndWithdrawsItWhenBlank() {
        Institution i = new Institution(Samples.hkust());
        assertEquals(true, i.getPublicContact().isEmpty());
        i.changePublicContact(new PublicContactDetails(
                " Technology Transfer Office ",
                "licensing@example.edu.hk",
                "+852 2358 6318",
                "https://tto.example.edu.hk/licensing"));
        PublicContact c = i.getPublicContact().orElseThrow();
        assertEquals("Technology Transfer Office", c.getOffice());
        assertEquals("+852 2358 6318", c.getPhone());
        i.changePublicContact(new PublicContactDetails("", " ", null, ""));
        assertEquals(true, i.getPublicContact().isEmpty(), "all blank withdraws it");
    }

    @Test
    void aLicensingContactNeedsAWayToReachTheOfficeAndValidValues() {
        Institution i = new Institution(Samples.hkust());
        assertEquals("email", field(i, new PublicContactDetails("Office", null, null, null)));
        assertEquals("email", field(i, new PublicContactDetails(null, "not-an-address", null, null)));
        assertEquals("phone", field(i, new PublicContactDetails(null, null, "call us", null)));
        assertEquals("phone", field(i, new PublicContactDetails(null, null, "12345", null)));
        assertEquals("webPage", field(i, new PublicContactDetails(null, null, null, "javascript:alert(1)")));
        assertEquals("webPage", field(i, new PublicContactDetails(null, null, null, "ftp://example.org/")));
        assertEquals("webPage", field(i, new PublicContactDetails(null, null, null, "https://user:pw@example.org/")));
        assertEquals(true, i.getPublicContact().isEmpty(), "a refused contact changes nothing");
    }

    private static String field(Institution i, PublicContactDetails d) {
        return assertThrows(InvalidValueException.class, () -> i.changePublicContact(d))
                .errors()
                .get(0)
                .field();
    }

    @Test
    void aChangeOfTheContactReadsAsAnAuditRecord() {
        PublicContactDetails contact = new PublicContactDetails("Office", "licensing@example.edu.hk", null, null);
        String change = org.hetao.registry.audit.Changes.between(
                new InstitutionService.ContactChange(null), new InstitutionService.ContactChange(contact));
        assertEquals(true, change.contains("\"before\":null") && change.contains("licensing@example.edu.hk"), change);
    }

    @Test
    void everyFaultOfAnInstitutionIsReportedAtOnce() {
        InstitutionDetails bad =
                new InstitutionDetails("!bad", null, null, null, null, Jurisdiction.HK, "CN", "not-a-ror");
        java.util.List<String> fields =
                assertThrows(InvalidValueException.class, () -> new Institution(bad)).errors().stream()
                        .map(InvalidValueException.FieldError::field)
                        .toList();
        assertEquals(5, fields.size(), fields::toString);
        assertEquals(
                java.util.Set.of("shortName", "kind", "country", "rorId"),
                fields.stream().filter(f -> !f.startsWith("name")).collect(java.util.stream.Collectors.toSet()),
                fields::toString);
    }
}
