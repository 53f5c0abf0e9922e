package org.hetao.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hetao.registry.common.InvalidValueException.FieldError;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (.+?) \\| (.+?) \\|$", Pattern.MULTILINE);

    /** code → documented params, from the tables of docs/api.md. */
    private static Map<String, List<String>> documented() throws IOException {
        Path api = Path.of("..", "docs", "api.md");
        String text = Files.readString(api);
        int start = text.indexOf("\n## Error codes\n");
        assertTrue(start >= 0, "docs/api.md has a section \"## Error codes\"");
        int end = text.indexOf("\n## ", start + 1);
        Matcher m = ROW.matcher(text.substring(start, end < 0 ? text.length() : end));
        Map<String, List<String>> codes = new HashMap<>();
        while (m.find()) {
            String params = m.group(3).strip();
            codes.put(
                    m.group(1),
                    params.equals("—")
                            ? List.of()
                            : Arrays.stream(params.split(","))
                                    .map(p -> p.strip().replace("`", ""))
                                    .toList());
        }
        return codes;
    }

    @Test
    void everyCodeIsDocumentedWithItsParams() throws IOException {
        Map<String, List<String>> docs = documented();
        for (ErrorCode c : ErrorCode.values()) {
            assertTrue(docs.containsKey(c.code()), c.code() + " is not in the tables of docs/api.md");
            assertEquals(c.params(), docs.get(c.code()), "the params of " + c.code() + " in docs/api.md");
        }
    }

    @Test
    void theDocsListNoCodeThatDoesNotExist() throws IOException {
        for (String code : documented().keySet()) {
            assertTrue(ErrorCode.of(code).isPresent(), code + " is documented but not in ErrorCode");
        }
    }

    @Test
    void codesAreUniqueLowerCaseAndAtMostTwoLevelsDeep() {
        Set<String> seen = new HashSet<>();
        for (ErrorCode c : ErrorCode.values()) {
            assertTrue(seen.add(c.code()), "twice: " + c.code());
            assertTrue(c.code().matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)?"), c.code());
            assertTrue(!c.meaning().isBlank(), c.code());
        }
    }

    @Test
    void aFieldErrorCarriesItsCodeAndPlainParams() {
        FieldError e = new FieldError(
                "endDate",
                ErrorCode.DATE_ORDER,
                "must not be before startDate",
                Map.of("after", "startDate", "min", LocalDate.of(2026, 3, 1)));
        assertEquals("date.order", e.code());
        assertEquals("2026-03-01", e.params().get("min"));
        assertEquals("options.endDate", e.under("options.").field());
        assertEquals("date.order", e.under("options.").code());
    }

    @Test
    void sharesThatDoNotSumToTheWholeNameTheirSum() {
        record Line(Long holder, Integer bp) {}
        InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidValueException.class,
                () -> BasisPoints.checkShares(
                        "shares",
                        "institutionId",
                        List.of(new Line(1L, 5000), new Line(2L, 4999)),
                        Line::holder,
                        Line::bp));
        FieldError f = e.errors().get(0);
        assertEquals("shares", f.field());
        assertEquals("shares.sum", f.code());
        assertEquals(9999L, ((Number) f.params().get("sum")).longValue());
    }

    @Test
    void checksNameRequiredAndLength() {
        InvalidValueException blank = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidValueException.class, () -> Checks.requireText("name", "  ", 10));
        assertEquals("required", blank.errors().get(0).code());
        InvalidValueException tooLong = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidValueException.class, () -> Checks.requireText("name", "x".repeat(11), 10));
        assertEquals("length", tooLong.errors().get(0).code());
        assertEquals(10, tooLong.errors().get(0).params().get("max"));
    }
}
