package org.hetao.registry.institution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.testing.Samples;
import org.junit.jupiter.api.Test;

class InstitutionAliasesTest {
    @Test
    void keepsEverydayNamesInTheirOrderTidied() {
        Institution i = new Institution(Samples.hkust());
        i.changeAliases(List.of("科大", "  港科大 ", "HK   Sci-Tech U", "Hong Kong U.S.T.", "港科大（廣州）"));
        assertEquals(List.of("科大", "港科大", "HK Sci-Tech U", "Hong Kong U.S.T.", "港科大（廣州）"), i.getAliases());
        i.changeAliases(List.of());
        assertEquals(List.of(), i.getAliases());
        i.changeAliases(null);
        assertEquals(List.of(), i.getAliases());
    }

    @Test
    void everyFaultIsReportedAtOnceByItsPositionAndNothingChanges() {
        Institution i = new Institution(Samples.hkust());
        i.changeAliases(List.of("科大"));
        List<String> bad = Arrays.asList("港科大", " ", "a;b", "x".repeat(61), "ｈｋｕｓｔ", "港科大", null, "-dash");
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> i.changeAliases(bad));
        Map<String, String> faults = e.errors().stream()
                .collect(Collectors.toMap(
                        InvalidValueException.FieldError::field, InvalidValueException.FieldError::code));
        assertEquals(
                Map.of(
                        "aliases[1]",
                        "required",
                        "aliases[2]",
                        "institution.alias-format",
                        "aliases[3]",
                        "length",
                        "aliases[4]",
                        "institution.alias-short-name",
                        "aliases[5]",
                        "duplicate",
                        "aliases[6]",
                        "required",
                        "aliases[7]",
                        "institution.alias-format"),
                faults);
        assertTrue(
                e.errors().stream().anyMatch(f -> f.message().contains("aliases[0]")),
                "a duplicate names the first one");
        assertEquals(List.of("科大"), i.getAliases(), "a refused change changes nothing");
    }

    @Test
    void aliasesDifferingInCaseOrWidthAreTheSameButScriptsAreNot() {
        Institution i = new Institution(Samples.hkust());
        assertThrows(InvalidValueException.class, () -> i.changeAliases(List.of("CityU", "cityu")));
        assertThrows(InvalidValueException.class, () -> i.changeAliases(List.of("CityU", "ＣｉｔｙＵ")));
        i.changeAliases(List.of("嶺大", "岭大"));
        assertEquals(List.of("嶺大", "岭大"), i.getAliases(), "a Traditional and a Simplified spelling may both be kept");
    }

    @Test
    void atMostTwentyOfAtMostSixtyCharacters() {
        Institution i = new Institution(Samples.hkust());
        List<String> twenty = new ArrayList<>();
        for (int n = 0; n < InstitutionAliases.MAX_COUNT; n++) {
            twenty.add("Alias " + n);
        }
        i.changeAliases(twenty);
        assertEquals(20, i.getAliases().size());
        List<String> more = new ArrayList<>(twenty);
        more.add("One more");
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> i.changeAliases(more));
        assertEquals(ErrorCode.COUNT.code(), e.errors().get(0).code());
        assertEquals("aliases", e.errors().get(0).field());
        i.changeAliases(List.of("字".repeat(60)));
        assertEquals(60, i.getAliases().get(0).length());
    }
}
