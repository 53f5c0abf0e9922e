package org.hetao.registry.docket;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hetao.registry.common.LocalizedText;

/**
 * A version of the docket's deadline rules, read from the class path resource
 * {@code docket/docket-rules-v<n>.json}: the rules, and the Hong Kong general holidays that move a
 * deadline under {@link Rollover#HK_GENERAL_HOLIDAY}. A published version never changes; a change of
 * law is a new version.
 */
public record DocketRules(int version, LocalDate published, List<DocketRule> rules, Set<LocalDate> hkHolidays) {
    /** The version the registry computes deadlines with. */
    public static final int CURRENT_VERSION = 1;

    private static final DocketRules CURRENT = load(CURRENT_VERSION);

    public DocketRules {
        rules = List.copyOf(rules);
        hkHolidays = Set.copyOf(hkHolidays);
    }

    public static DocketRules current() {
        return CURRENT;
    }

    public static DocketRules load(int version) {
        String resource = "docket/docket-rules-v" + version + ".json";
        try (InputStream in = DocketRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No docket rules version " + version + " (" + resource + ")");
            }
            try (JsonReader reader = Json.createReader(in)) {
                return parse(resource, reader.readObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** Reads a rules version from its JSON document; fails with {@link IllegalStateException} naming {@code source} when a rule is incomplete. */
    public static DocketRules parse(String source, JsonObject json) {
        List<DocketRule> rules = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        for (JsonObject r : json.getJsonArray("rules").getValuesAs(JsonObject.class)) {
            String id = r.getString("id");
            if (!ids.add(id)) {
                throw new IllegalStateException(source + ": rule " + id + " is defined twice");
            }
            JsonObject t = r.getJsonObject("title");
            LocalizedText title = new LocalizedText(
                    t.getString("en", null), t.getString("zhHant", null), t.getString("zhHans", null));
            if (title.en() == null || title.zhHant() == null || title.zhHans() == null) {
                throw new IllegalStateException(source + ": rule " + id + " needs its title in en, zhHant and zhHans");
            }
            String citation = r.getString("source", "");
            if (citation.isBlank()) {
                throw new IllegalStateException(source + ": rule " + id + " cites no source");
            }
            rules.add(new DocketRule(
                    id,
                    Trigger.valueOf(r.getString("trigger")),
                    r.getString("office"),
                    Period.parse(r.getString("offset")),
                    Rollover.valueOf(r.getString("rollover")),
                    title,
                    citation,
                    ints(r.getJsonObject("officeMonths")),
                    r.containsKey("lateGrantOffset") ? Period.parse(r.getString("lateGrantOffset")) : null,
                    ints(r.getJsonObject("termYears"))));
        }
        Set<LocalDate> holidays = new TreeSet<>();
        JsonObject h = json.getJsonObject("hkGeneralHolidays");
        if (h != null) {
            h.getJsonArray("dates")
                    .getValuesAs(JsonString.class)
                    .forEach(d -> holidays.add(LocalDate.parse(d.getString())));
        }
        return new DocketRules(json.getInt("version"), LocalDate.parse(json.getString("published")), rules, holidays);
    }

    private static Map<String, Integer> ints(JsonObject o) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (o != null) {
            o.forEach((k, v) -> out.put(k, o.getInt(k)));
        }
        return out;
    }

    public DocketRule rule(String id) {
        return rules.stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No docket rule " + id));
    }

    /**
     * These rules with the PCT national phase months of some offices replaced (a deployment's setting,
     * e.g. {@code CN=32} where the office's later limit with a fee is wanted).
     */
    public DocketRules withOfficeMonths(Map<String, Integer> override) {
        if (override.isEmpty()) {
            return this;
        }
        List<DocketRule> changed = rules.stream()
                .map(r -> {
                    if (r.trigger() != Trigger.PCT_PRIORITY) {
                        return r;
                    }
                    Map<String, Integer> months = new HashMap<>(r.officeMonths());
                    months.putAll(override);
                    return new DocketRule(
                            r.id(),
                            r.trigger(),
                            r.office(),
                            r.offset(),
                            r.rollover(),
                            r.title(),
                            r.source(),
                            months,
                            r.lateGrantOffset(),
                            r.termYears());
                })
                .toList();
        return new DocketRules(version, published, changed, hkHolidays);
    }

    /** The date itself, or the next day the office is open when the rule moves deadlines past closed days. */
    public LocalDate rollover(Rollover rollover, LocalDate date) {
        if (rollover == Rollover.NONE) {
            return date;
        }
        LocalDate d = date;
        while (d.getDayOfWeek() == DayOfWeek.SUNDAY || hkHolidays.contains(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Parses a setting such as {@code "CN=32, EP=31"}; blank: none. */
    public static Map<String, Integer> officeMonths(String setting) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (setting == null || setting.isBlank()) {
            return out;
        }
        for (String part : setting.split(",")) {
            String[] kv = part.trim().split("=");
            if (kv.length != 2
                    || !kv[0].trim().matches("[A-Z]{2}")
                    || !kv[1].trim().matches("\\d{1,2}")) {
                throw new IllegalArgumentException("Not OFFICE=MONTHS (e.g. CN=30, EP=31): " + part.trim());
            }
            out.put(kv[0].trim(), Integer.parseInt(kv[1].trim()));
        }
        return out;
    }
}
