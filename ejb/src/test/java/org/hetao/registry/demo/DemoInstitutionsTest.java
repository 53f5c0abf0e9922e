package org.hetao.registry.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.InstitutionDetails;
import org.hetao.registry.institution.InstitutionKind;
import org.hetao.registry.institution.Jurisdiction;
import org.junit.jupiter.api.Test;

class DemoInstitutionsTest {
    @Test
    void readsTheReferenceFileWithItsQuotedNames() {
        List<InstitutionDetails> all = DemoInstitutions.fromCsv();
        assertEquals(21, all.size());
        InstitutionDetails hitsz = byShortName(all, "HITSZ");
        assertEquals("Harbin Institute of Technology, Shenzhen", hitsz.nameEn());
        assertEquals("哈爾濱工業大學（深圳）", hitsz.nameZhHant());
        assertEquals("哈尔滨工业大学（深圳）", hitsz.nameZhHans());
        assertEquals(Jurisdiction.MAINLAND, hitsz.jurisdiction());
        assertEquals(
                "The Chinese University of Hong Kong, Shenzhen",
                byShortName(all, "CUHKSZ").nameEn());
        assertEquals(
                "Shenzhen Institutes of Advanced Technology, Chinese Academy of Sciences",
                byShortName(all, "SIAT").nameEn());
        InstitutionDetails hku = byShortName(all, "HKU");
        assertEquals("香港大學", hku.nameZhHant());
        assertEquals(InstitutionKind.UNIVERSITY, hku.kind());
        assertEquals("HK", hku.country());
    }

    @Test
    void inventsNoIdentifiers() {
        DemoInstitutions.all().forEach(d -> assertNull(d.rorId(), d.shortName()));
    }

    @Test
    void everyInstitutionSatisfiesTheDomainRulesAndShortNamesAreUnique() {
        List<InstitutionDetails> all = DemoInstitutions.all();
        all.forEach(Institution::new);
        Set<String> names = all.stream().map(InstitutionDetails::shortName).collect(Collectors.toSet());
        assertEquals(all.size(), names.size());
    }

    @Test
    void fictionalInstitutionsSayThatTheyAreFictional() {
        List<InstitutionDetails> fictional = DemoInstitutions.all().stream()
                .filter(d -> d.shortName().startsWith(DemoInstitutions.FICTIONAL_PREFIX))
                .toList();
        assertTrue(fictional.size() >= 8);
        for (InstitutionDetails d : fictional) {
            assertTrue(d.nameEn().startsWith("Fictional ") && d.nameEn().contains("(Demo)"), d.nameEn());
            assertTrue(d.nameZhHant().startsWith("虛構") && d.nameZhHant().contains("（示範）"), d.nameZhHant());
            assertTrue(d.nameZhHans().startsWith("虚构") && d.nameZhHans().contains("（示范）"), d.nameZhHans());
        }
        assertTrue(fictional.stream().anyMatch(d -> d.kind() == InstitutionKind.HOSPITAL));
        assertTrue(fictional.stream().anyMatch(d -> d.jurisdiction() == Jurisdiction.OVERSEAS));
    }

    @Test
    void parsesQuotesEscapedQuotesLineBreaksAndCrLf() {
        String csv = "\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nplain,,\"\"\n";
        List<List<String>> rows = DemoInstitutions.parseCsv(csv);
        assertEquals(
                List.of(List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", "two\nlines"), List.of("plain", "", "")),
                rows);
        assertEquals(List.of(List.of("last", "row")), DemoInstitutions.parseCsv("last,row"));
    }

    @Test
    void rejectsAnUnclosedQuote() {
        assertThrows(IllegalArgumentException.class, () -> DemoInstitutions.parseCsv("a,\"b\n"));
    }

    @Test
    void readsColumnsByTheirHeader() {
        String csv = "country,jurisdiction,kind,name_zh_hans,name_zh_hant,name_en,short_name\n"
                + "HK,HK,UNIVERSITY,测试,測試,\"Test, University\",TU\n\n";
        InstitutionDetails d = DemoInstitutions.fromCsv(csv).get(0);
        assertEquals("TU", d.shortName());
        assertEquals("Test, University", d.nameEn());
        assertEquals("測試", d.nameZhHant());
    }

    @Test
    void theReferenceInstitutionsHaveTheirEverydayNamesAndEachIsValid() {
        java.util.Map<String, List<String>> aliases = DemoInstitutions.aliases();
        assertEquals(List.of("港大"), aliases.get("HKU"));
        assertEquals(List.of("理大"), aliases.get("PolyU"));
        assertTrue(aliases.get("CUHK").contains("中大"), "中大 is CUHK's everyday name");
        assertTrue(aliases.get("HKUST").contains("科大"), "科大 is HKUST's");
        assertTrue(aliases.get("SUSTech").contains("南科大"));
        assertTrue(
                aliases.values().stream().noneMatch(a -> a.contains("中大") && a != aliases.get("CUHK")),
                "no other institution is called 中大");
        for (InstitutionDetails d : DemoInstitutions.fromCsv()) {
            new Institution(d).changeAliases(aliases.getOrDefault(d.shortName(), List.of()));
        }
    }

    @Test
    void aFileWithoutTheAliasesColumnHasNone() {
        assertEquals(
                java.util.Map.of(),
                DemoInstitutions.aliasesFromCsv(
                        "short_name,name_en,kind,jurisdiction,country\nTU,Test,UNIVERSITY,HK,HK\n"));
        assertEquals(
                java.util.Map.of("TU", List.of("測大", "T U")),
                DemoInstitutions.aliasesFromCsv("short_name,aliases\nTU,\"測大; T U\"\nXU,\n"));
    }

    private static InstitutionDetails byShortName(List<InstitutionDetails> all, String shortName) {
        return all.stream()
                .filter(d -> d.shortName().equals(shortName))
                .findFirst()
                .orElseThrow();
    }
}
