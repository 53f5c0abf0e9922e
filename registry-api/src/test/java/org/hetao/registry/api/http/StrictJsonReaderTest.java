package org.hetao.registry.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hetao.registry.common.InvalidValueException.FieldError;
import org.junit.jupiter.api.Test;

public class StrictJsonReaderTest {
    public enum Role {
        LEAD,
        MEMBER
    }

    public record Line(Long personId, Integer ftePercent, Role role) {}

    public record Form(
            String name,
            @JsonbProperty("abstract") String abstractText,
            Integer arbitrators,
            long id,
            Boolean active,
            BigDecimal amount,
            LocalDate startDate,
            OffsetDateTime signedAt,
            List<Line> lines,
            List<String> keywords,
            short days) {}

    private static Object read(String json) throws Exception {
        return StrictJsonReader.read(
                Form.class, Form.class, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, String> faults(String json) {
        UnreadableBodyException e = assertThrows(UnreadableBodyException.class, () -> read(json));
        assertFalse(e.getMessage().contains("class "), e.getMessage());
        assertFalse(e.getMessage().contains("org."), e.getMessage());
        return e.errors().stream()
                .collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + " | " + b));
    }

    @Test
    void aWellFormedBodyBindsWithItsJsonbNames() throws Exception {
        Form f = (Form) read("""
                {"name":"A","abstract":"B","arbitrators":3,"id":12,"active":true,"amount":12.50,"startDate":"2026-01-31",
                 "signedAt":"2026-11-22T08:00:00+08:00","lines":[{"personId":5,"ftePercent":40,"role":"LEAD"}],
                 "keywords":["x"],"days":30}""");
        assertEquals("B", f.abstractText());
        assertEquals(3, f.arbitrators());
        assertEquals(LocalDate.of(2026, 1, 31), f.startDate());
        assertEquals(40, f.lines().get(0).ftePercent());
        assertEquals(Role.LEAD, f.lines().get(0).role());
        assertEquals(new BigDecimal("12.50"), f.amount());
    }

    @Test
    void anIntegralNumberWrittenWithAPointIsAWholeNumber() throws Exception {
        assertEquals(3, ((Form) read("{\"id\":1,\"days\":1,\"arbitrators\":3.0}")).arbitrators());
        assertEquals(100, ((Form) read("{\"id\":1,\"days\":1,\"arbitrators\":1e2}")).arbitrators());
    }

    @Test
    void nothingIsCoercedAndEveryTypeFaultIsReportedAtOnce() {
        Map<String, String> f = faults("""
                {"name":true,"arbitrators":1.5,"id":"953","active":"yes","amount":"12","days":70000,
                 "lines":[{"personId":5,"ftePercent":33.9,"role":"BOSS"}],"keywords":"x","startDate":20260101}""");
        assertTrue(f.get("name").contains("text"), f.toString());
        assertTrue(f.get("arbitrators").contains("whole number"), f.toString());
        assertTrue(f.get("id").contains("whole number") && f.get("id").contains("text"), f.toString());
        assertTrue(f.get("active").contains("true or false"), f.toString());
        assertTrue(f.get("amount").contains("number"), f.toString());
        assertTrue(f.get("days").contains("-32768 to 32767"), f.toString());
        assertTrue(f.get("lines[0].ftePercent").contains("whole number"), f.toString());
        assertTrue(f.get("lines[0].role").contains("LEAD, MEMBER"), f.toString());
        assertTrue(f.get("keywords").contains("list"), f.toString());
        assertTrue(f.get("startDate").contains("YYYY-MM-DD"), f.toString());
        assertEquals(10, f.size(), f.toString());
    }

    @Test
    void numbersOutsideTheJavaTypeAreRefusedWithoutExpandingThem() {
        assertTrue(faults("{\"id\":1e999999999,\"days\":1}").get("id").contains("from"));
        assertTrue(faults("{\"id\":9223372036854775808,\"days\":1}").get("id").contains("9223372036854775807"));
        assertTrue(faults("{\"id\":1,\"days\":1,\"arbitrators\":2147483648}").containsKey("arbitrators"));
    }

    @Test
    void nullIsNoValueForAPrimitive() {
        assertTrue(faults("{\"id\":null,\"days\":1}").get("id").contains("whole number"));
    }

    @Test
    void datesAreBounded() {
        assertTrue(faults("{\"id\":1,\"days\":1,\"startDate\":\"+999999999-12-31\"}")
                .get("startDate")
                .contains("1900-01-01 and 2200-12-31"));
        assertTrue(faults("{\"id\":1,\"days\":1,\"startDate\":\"1899-12-31\"}").containsKey("startDate"));
        assertTrue(faults("{\"id\":1,\"days\":1,\"startDate\":\"2026-02-30\"}")
                .get("startDate")
                .contains("YYYY-MM-DD"));
        assertTrue(faults("{\"id\":1,\"days\":1,\"signedAt\":\"2201-01-01T00:00:00Z\"}")
                .containsKey("signedAt"));
    }

    @Test
    void duplicateKeysAreRefusedNotResolved() {
        Map<String, String> f = faults(
                "{\"name\":\"zz-nobody\",\"name\":\"demo\",\"id\":1,\"days\":1,\"lines\":[{\"role\":\"LEAD\",\"role\":\"LEAD\"}]}");
        assertTrue(f.get("name").contains("more than once"));
        assertTrue(f.containsKey("lines[0].role"));
    }

    @Test
    void trailingContentIsRefused() {
        assertTrue(faults("{\"id\":1,\"days\":1} {\"id\":2}").get("body").contains("after the JSON value"));
        assertTrue(faults("{\"id\":1,\"days\":1}x").containsKey("body"));
    }

    @Test
    void trailingWhiteSpaceIsFine() throws Exception {
        assertEquals(1L, ((Form) read("{\"id\":1,\"days\":1}\n \t")).id());
    }

    @Test
    void anUnpairedSurrogateIsRefusedAndAPairIsKept() throws Exception {
        assertTrue(faults("{\"name\":\"a\\ud800b\",\"id\":1,\"days\":1}")
                .get("name")
                .contains("unpaired surrogate"));
        assertTrue(faults("{\"name\":\"\\udc00\",\"id\":1,\"days\":1}").containsKey("name"));
        assertEquals("😀", ((Form) read("{\"name\":\"\\ud83d\\ude00\",\"id\":1,\"days\":1}")).name());
    }

    @Test
    void unknownPropertiesAreNamedWithTheFieldsThereAre() {
        Map<String, String> f = faults("{\"nmae\":\"x\",\"id\":1,\"days\":1,\"lines\":[{\"person\":1}]}");
        assertTrue(f.get("nmae").contains("abstract"), f.toString());
        assertTrue(f.containsKey("lines[0].person"), f.toString());
    }

    @Test
    void syntaxErrorsSayWhereInPlainWords() {
        String m = faults("{\"id\":1,,}").get("body");
        assertTrue(m.contains("line 1"), m);
        assertFalse(m.contains("CURLY") || m.contains("token"), m);
        assertTrue(faults("{\"id\":").get("body").contains("not valid JSON"));
    }

    @Test
    void bodiesThatAreNotUtf8OrTooDeepAreRefused() {
        UnreadableBodyException e = assertThrows(
                UnreadableBodyException.class, () -> StrictJsonParser.parse(new byte[] {'"', (byte) 0xC3, '"'}));
        assertEquals("body", e.errors().get(0).field());
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThrows(
                UnreadableBodyException.class, () -> StrictJsonParser.parse(deep.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void onlyJsonBodiesOfTheApisTypesAreReadHere() {
        assertTrue(StrictJsonReader.isJson(MediaType.APPLICATION_JSON_TYPE));
        assertTrue(StrictJsonReader.isJson(new MediaType("application", "merge-patch+json")));
        assertFalse(StrictJsonReader.isJson(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertTrue(StrictJsonReader.isRequest(Form.class));
        assertTrue(StrictJsonReader.isRequest(JsonObject.class));
        assertFalse(StrictJsonReader.isRequest(String.class));
        assertFalse(StrictJsonReader.isRequest(java.io.InputStream.class));
    }

    @Test
    void anEmptyBodyIsNoBody() throws Exception {
        assertNull(read("  "));
    }

    @Test
    void treesAreHandedOverParsedAndStrict() throws Exception {
        Object tree = StrictJsonReader.read(
                JsonObject.class,
                JsonObject.class,
                new ByteArrayInputStream("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, ((JsonObject) tree).getInt("a"));
        assertThrows(
                UnreadableBodyException.class,
                () -> StrictJsonReader.read(
                        JsonObject.class,
                        JsonObject.class,
                        new ByteArrayInputStream("{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8))));
    }
}
