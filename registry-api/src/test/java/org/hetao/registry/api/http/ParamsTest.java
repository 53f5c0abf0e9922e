package org.hetao.registry.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import org.hetao.registry.common.InvalidValueException;
import org.junit.jupiter.api.Test;

class ParamsTest {
    @QueryParam("page")
    @jakarta.ws.rs.DefaultValue("1")
    private int page;

    @QueryParam("size")
    private int size;

    @QueryParam("outOfDate")
    private Boolean outOfDate;

    @PathParam("id")
    private long id;

    private static Annotation[] on(String field) throws Exception {
        return ParamsTest.class.getDeclaredField(field).getAnnotations();
    }

    private static String refusal(Runnable r) {
        InvalidValueException e = assertThrows(InvalidValueException.class, r::run);
        return e.errors().get(0).field() + " " + e.errors().get(0).message();
    }

    @Test
    void pagingParametersAreWholeNumbersInRange() {
        assertEquals(3, Params.whole("page", "3", Integer.MIN_VALUE, Integer.MAX_VALUE));
        assertTrue(refusal(() -> Params.whole("page", "abc", Integer.MIN_VALUE, Integer.MAX_VALUE))
                .startsWith("page must be a whole number"));
        assertTrue(refusal(() -> Params.whole("page", "0", Integer.MIN_VALUE, Integer.MAX_VALUE))
                .startsWith("page must be a whole number from 1"));
        assertTrue(refusal(() -> Params.whole("page", "99999999999999999999999", Integer.MIN_VALUE, Integer.MAX_VALUE))
                .startsWith("page must be a whole number from 1"));
        assertTrue(refusal(() -> Params.whole("page", "1.5", Integer.MIN_VALUE, Integer.MAX_VALUE))
                .startsWith("page must be a whole number"));
        assertTrue(refusal(() -> Params.whole("size", "201", Integer.MIN_VALUE, Integer.MAX_VALUE))
                .contains("from 1 to 200"));
        assertTrue(refusal(() -> Params.whole("entityId", "3000000000", Integer.MIN_VALUE, Integer.MAX_VALUE))
                .contains("2147483647"));
        assertEquals(3_000_000_000L, Params.longValue("entityId", "3000000000"));
    }

    @Test
    void booleansAreTrueOrFalseOnly() {
        assertEquals(Boolean.TRUE, Params.booleanValue("outOfDate", "true"));
        assertEquals(Boolean.FALSE, Params.booleanValue("outOfDate", "false"));
        assertTrue(
                refusal(() -> Params.booleanValue("outOfDate", "maybe")).startsWith("outOfDate must be true or false"));
        assertThrows(InvalidValueException.class, () -> Params.booleanValue("unread", "1"));
        assertNull(Params.booleanValue("unread", ""));
    }

    @Test
    void queryParametersOfJavaTypesAreReadStrictly() throws Exception {
        assertNotNull(new StrictParams().getConverter(int.class, int.class, on("page")));
        assertNotNull(new StrictParams().getConverter(Boolean.class, Boolean.class, on("outOfDate")));
        assertEquals(
                2,
                new StrictParams()
                        .getConverter(int.class, int.class, on("size"))
                        .fromString("2"));
        assertEquals(
                1,
                new StrictParams()
                        .getConverter(int.class, int.class, on("page"))
                        .fromString(""),
                "empty is the default");
    }

    @Test
    void pathParametersAreLeftToJaxRs() throws Exception {
        assertNull(new StrictParams().getConverter(long.class, long.class, on("id")));
    }

    @Test
    void datesAreBoundedAndWellFormed() {
        assertEquals(LocalDate.of(2026, 11, 22), Params.date("staffOn", "2026-11-22"));
        InvalidValueException far =
                assertThrows(InvalidValueException.class, () -> Params.date("staffOn", "+999999999-12-31"));
        assertEquals("staffOn", far.errors().get(0).field());
        assertThrows(InvalidValueException.class, () -> Params.dateTime("from", "1800-01-01T00:00:00Z"));
        assertThrows(InvalidValueException.class, () -> Params.dateTime("from", "yesterday"));
    }

    @Test
    void enumsNameTheirValues() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class, () -> Params.enumValue(java.time.DayOfWeek.class, "day", "someday"));
        assertTrue(e.errors().get(0).message().contains("MONDAY, TUESDAY"));
    }
}
