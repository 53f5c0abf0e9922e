package org.hetao.registry.docket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.ipasset.FilingDetails;
import org.hetao.registry.ipasset.FilingJurisdiction;
import org.hetao.registry.ipasset.FilingStatus;
import org.junit.jupiter.api.Test;

/** The docket's iCalendar and CSV files, read back with the libraries that read them. */
class DocketExportTest {
    private static final ZonedDateTime STAMP = ZonedDateTime.of(2026, 12, 7, 10, 30, 0, 0, ZoneOffset.UTC);
    private static final LocalizedText TITLE = new LocalizedText("Soft gripper", "軟夾爪", "软夹爪");

    private static List<DocketEntry> entries() {
        List<Deadline> ds = new DeadlineCalculator(DocketRules.current())
                .deadlines(
                        42,
                        List.of(
                                new FilingDetails(
                                        FilingJurisdiction.CN,
                                        "202610123456.1",
                                        null,
                                        LocalDate.of(2026, 8, 31),
                                        null,
                                        FilingStatus.FILED),
                                new FilingDetails(
                                        FilingJurisdiction.PCT,
                                        "PCT/CN2027/000001",
                                        null,
                                        LocalDate.of(2027, 8, 30),
                                        null,
                                        FilingStatus.FILED)));
        return ds.stream()
                .map(d -> new DocketEntry(
                        d,
                        TITLE,
                        Confidentiality.CONFIDENTIAL,
                        d.ruleId().equals("paris-priority") ? DocketEntry.Status.DONE : DocketEntry.Status.OPEN,
                        d.ruleId().equals("paris-priority")
                                ? new DoneMark.DoneDetails(
                                        d.key(),
                                        d.dueDate(),
                                        "PCT/CN2027/000001",
                                        null,
                                        "tto-hk",
                                        OffsetDateTime.of(2027, 8, 30, 9, 0, 0, 0, ZoneOffset.UTC))
                                : null))
                .toList();
    }

    @Test
    void oneAllDayEventPerDeadlineWithAStableUidReadsBack() {
        List<DocketEntry> entries = entries();
        String ics = DocketCalendar.write(entries, "zh-Hant-HK", "registry.example.org", STAMP);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20270831"), ics);
        ICalendar back = DocketCalendar.read(ics);
        assertEquals(entries.size(), back.getEvents().size());
        for (int i = 0; i < entries.size(); i++) {
            Deadline d = entries.get(i).deadline();
            VEvent e = back.getEvents().get(i);
            assertEquals(d.uid("registry.example.org"), e.getUid().getValue());
            assertFalse(e.getDateStart().getValue().hasTime(), "all-day");
            assertEquals(d.dueDate(), DocketCalendar.localDate(e.getDateStart().getValue()));
            assertEquals(STAMP.toInstant(), e.getDateTimeStamp().getValue().toInstant());
            assertTrue(
                    e.getSummary().getValue().startsWith(d.title().zhHant()),
                    e.getSummary().getValue());
        }
        String again = DocketCalendar.write(entries(), "en", "registry.example.org", STAMP.plusDays(1));
        assertEquals(
                back.getEvents().stream().map(e -> e.getUid().getValue()).toList(),
                DocketCalendar.read(again).getEvents().stream()
                        .map(e -> e.getUid().getValue())
                        .toList(),
                "the same deadlines keep their UIDs");
        assertTrue(DocketCalendar.read(again)
                .getEvents()
                .get(0)
                .getSummary()
                .getValue()
                .endsWith("[done]"));
    }

    @Test
    void csvHasOneRowPerDeadlineInTheReadersLanguage() throws IOException {
        List<DocketEntry> entries = entries();
        String csv = DocketCsv.write(entries, "zh-Hans-CN");
        assertTrue(csv.startsWith("\uFEFFdueDate,"), "a byte-order mark for spreadsheets, then the header");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(csv.substring(1)))
                .getRecords();
        assertEquals(entries.size(), rows.size());
        CSVRecord first = rows.get(0);
        assertEquals("2027-08-31", first.get("dueDate"));
        assertEquals("DONE", first.get("status"));
        assertEquals("软夹爪", first.get("assetTitle"));
        assertEquals("PCT/CN2027/000001", first.get("producedFiling"));
        assertEquals(entries.get(0).deadline().title().zhHans(), first.get("title"));
    }
}
