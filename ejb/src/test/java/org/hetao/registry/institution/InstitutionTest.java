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
        assertEquals("The Hong Kong University of Science and Technology", i.getName().in("en"));
    }

    @Test
    void countryMustFitTheJurisdiction() {
        InstitutionDetails d = Samples.hkust();
        InstitutionDetails wrong = new InstitutionDetails(d.shortName(), d.nameEn(), null, null, d.kind(), Jurisdiction.HK, "CN", null);
        assertEquals("country", assertThrows(InvalidValueException.class, () -> new Institution(wrong)).errors().get(0).field());
        InstitutionDetails overseasInHk = new InstitutionDetails("X", "X", null, null, d.kind(), Jurisdiction.OVERSEAS, "HK", null);
        assertThrows(InvalidValueException.class, () -> new Institution(overseasInHk));
        InstitutionDetails notACountry = new InstitutionDetails("X", "X", null, null, d.kind(), Jurisdiction.OVERSEAS, "ZZ", null);
        assertThrows(InvalidValueException.class, () -> new Institution(notACountry));
    }

    @Test
    void requiresAnEnglishNameAndAShortName() {
        InstitutionDetails d = Samples.hkust();
        assertThrows(InvalidValueException.class, () -> new Institution(
                new InstitutionDetails(d.shortName(), " ", d.nameZhHant(), d.nameZhHans(), d.kind(), d.jurisdiction(), d.country(), null)));
        assertThrows(InvalidValueException.class, () -> new Institution(
                new InstitutionDetails("", d.nameEn(), null, null, d.kind(), d.jurisdiction(), d.country(), null)));
    }

    @Test
    void aFailedChangeLeavesTheInstitutionAsItWas() {
        Institution i = new Institution(Samples.hkust());
        InstitutionDetails bad = new InstitutionDetails("NEW", "New name", null, null, InstitutionKind.UNIVERSITY, Jurisdiction.HK, "HK", "bad");
        assertThrows(InvalidValueException.class, () -> i.describe(bad));
        assertEquals("HKUST", i.getShortName());
    }

    @Test
    void everyFaultOfAnInstitutionIsReportedAtOnce() {
        InstitutionDetails bad = new InstitutionDetails("!bad", null, null, null, null, Jurisdiction.HK, "CN", "not-a-ror");
        java.util.List<String> fields = assertThrows(InvalidValueException.class, () -> new Institution(bad)).errors().stream()
                .map(InvalidValueException.FieldError::field).toList();
        assertEquals(5, fields.size(), fields::toString);
        assertEquals(java.util.Set.of("shortName", "kind", "country", "rorId"),
                fields.stream().filter(f -> !f.startsWith("name")).collect(java.util.stream.Collectors.toSet()), fields::toString);
    }
}
