package org.hetao.registry.docket;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Categories;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Transparency;
import biweekly.util.ICalDate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

/**
 * The docket as an iCalendar file (RFC 5545), written with biweekly: one all-day VEVENT per deadline
 * with a stable UID (the same deadline keeps its UID across exports, so a calendar that subscribes
 * updates it instead of adding another), DTSTAMP, DTSTART and DTEND as dates, and the SUMMARY in the
 * reader's language. Done deadlines are exported too, marked as such, so that a subscribed calendar
 * sees the change.
 */
public final class DocketCalendar {
    private static final String PRODID = "-//Hetao Registry//Patent docket//EN";

    private DocketCalendar() {}

    /**
     * The calendar of these entries; {@code language} a BCP-47 tag (en, zh-Hant-HK, zh-Hans-CN),
     * {@code host} the registry's host name for the UIDs, {@code stamp} the DTSTAMP.
     */
    public static String write(List<DocketEntry> entries, String language, String host, ZonedDateTime stamp) {
        ICalendar ical = new ICalendar();
        ical.setProductId(PRODID);
        ical.setName(DocketText.calendarName(language));
        Date dtstamp = Date.from(stamp.toInstant());
        for (DocketEntry e : entries) {
            Deadline d = e.deadline();
            VEvent event = new VEvent();
            event.setUid(d.uid(host));
            event.setDateTimeStamp(dtstamp);
            event.setDateStart(new DateStart(date(d.dueDate()), false));
            event.setDateEnd(new DateEnd(date(d.dueDate().plusDays(1)), false));
            event.setSummary(DocketText.summary(e, language));
            event.setDescription(DocketText.description(e, language));
            event.setTransparency(Transparency.transparent());
            Categories c = new Categories(d.ruleId(), d.office());
            event.addCategories(c);
            ical.addEvent(event);
        }
        // biweekly writes a DATE value's day in the JVM's zone, the zone date() made it in; no VTIMEZONE is needed
        return Biweekly.write(ical).version(ICalVersion.V2_0).go();
    }

    /** Reads a calendar back (the export's own check, and for tests). */
    public static ICalendar read(String text) {
        List<ICalendar> all = Biweekly.parse(text).all();
        if (all.size() != 1) {
            throw new IllegalStateException("Expected one calendar, read " + all.size());
        }
        return all.get(0);
    }

    /** The calendar date of an all-day value read back. */
    public static LocalDate localDate(ICalDate date) {
        return date.getRawComponents() != null
                ? LocalDate.of(
                        date.getRawComponents().getYear(),
                        date.getRawComponents().getMonth(),
                        date.getRawComponents().getDate())
                : date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private static Date date(LocalDate d) {
        return Date.from(d.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
