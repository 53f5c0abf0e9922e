package org.hetao.registry.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hetao.registry.institution.InstitutionDetails;
import org.hetao.registry.institution.InstitutionKind;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.project.Sector;

/**
 * The institutions of the demo data set: the real universities and institutes of
 * {@code /demo/institutions.csv} (names and the everyday names they are known by, no ROR id), and
 * a few fictional enterprises and hospitals whose names say that they are fictional.
 */
public final class DemoInstitutions {
    /** The reference file on the classpath (copied from {@code src/demo} by the build). */
    public static final String RESOURCE = "/demo/institutions.csv";
    /** Every fictional institution's short name starts with this. */
    public static final String FICTIONAL_PREFIX = "DEMO-";

    private static final List<Fictional> FICTIONAL = List.of(
            new Fictional(
                    "DEMO-BIOTECH",
                    "Fictional Biotech (Demo) Ltd",
                    "虛構生物科技（示範）有限公司",
                    "虚构生物科技（示范）有限公司",
                    InstitutionKind.ENTERPRISE,
                    Jurisdiction.HK,
                    "HK",
                    Set.of(Sector.BIOMEDICINE, Sector.LIFE_HEALTH)),
            new Fictional(
                    "DEMO-AI-LABS",
                    "Fictional AI Labs (Demo) Ltd",
                    "虛構人工智能實驗室（示範）有限公司",
                    "虚构人工智能实验室（示范）有限公司",
                    InstitutionKind.ENTERPRISE,
                    Jurisdiction.HK,
                    "HK",
                    Set.of(Sector.ARTIFICIAL_INTELLIGENCE, Sector.DATA_SCIENCE)),
            new Fictional(
                    "DEMO-FINTECH",
                    "Fictional Fintech (Demo) Ltd",
                    "虛構金融科技（示範）有限公司",
                    "虚构金融科技（示范）有限公司",
                    InstitutionKind.ENTERPRISE,
                    Jurisdiction.HK,
                    "HK",
                    Set.of(Sector.FINTECH, Sector.DATA_SCIENCE)),
            new Fictional(
                    "DEMO-CHIPS",
                    "Fictional Semiconductor (Demo) Co., Ltd",
                    "虛構半導體（示範）有限公司",
                    "虚构半导体（示范）有限公司",
                    InstitutionKind.ENTERPRISE,
                    Jurisdiction.MAINLAND,
                    "CN",
                    Set.of(Sector.MICROELECTRONICS, Sector.ARTIFICIAL_INTELLIGENCE)),
            new Fictional(
                    "DEMO-ROBOTICS",
                    "Fictional Robotics (Demo) Co., Ltd",
                    "虛構機器人（示範）有限公司",
                    "虚构机器人（示范）有限公司",
                    InstitutionKind.ENTERPRISE,
                    Jurisdiction.MAINLAND,
                    "CN",
                    Set.of(Sector.ROBOTICS, Sector.ARTIFICIAL_INTELLIGENCE)),
            new Fictional(
                    "DEMO-MATERIALS",
                    "Fictional New Materials (Demo) Co., Ltd",
                    "虛構新材料（示範）有限公司",
                    "虚构新材料（示范）有限公司",
                    InstitutionKind.ENTERPRISE,
                    Jurisdiction.MAINLAND,
                    "CN",
                    Set.of(Sector.NEW_MATERIALS, Sector.MICROELECTRONICS)),
            new Fictional(
                    "DEMO-HARBOUR-HOSP",
                    "Fictional Harbour Hospital (Demo)",
                    "虛構海港醫院（示範）",
                    "虚构海港医院（示范）",
                    InstitutionKind.HOSPITAL,
                    Jurisdiction.HK,
                    "HK",
                    Set.of(Sector.LIFE_HEALTH, Sector.BIOMEDICINE)),
            new Fictional(
                    "DEMO-RIVERSIDE-HOSP",
                    "Fictional Riverside Hospital (Demo)",
                    "虛構河畔醫院（示範）",
                    "虚构河畔医院（示范）",
                    InstitutionKind.HOSPITAL,
                    Jurisdiction.MAINLAND,
                    "CN",
                    Set.of(Sector.LIFE_HEALTH, Sector.BIOMEDICINE, Sector.ROBOTICS)),
            new Fictional(
                    "DEMO-PHARMA-EU",
                    "Fictional Pharma Europe (Demo) GmbH",
                    "虛構歐洲製藥（示範）有限公司",
                    "虚构欧洲制药（示范）有限公司",
                    InstitutionKind.ENTERPRISE,
                    Jurisdiction.OVERSEAS,
                    "DE",
                    Set.of(Sector.BIOMEDICINE)),
            new Fictional(
                    "DEMO-DEVICES-UK",
                    "Fictional Medical Devices (Demo) Ltd",
                    "虛構醫療器械（示範）有限公司",
                    "虚构医疗器械（示范）有限公司",
                    InstitutionKind.ENTERPRISE,
                    Jurisdiction.OVERSEAS,
                    "GB",
                    Set.of(Sector.LIFE_HEALTH, Sector.ROBOTICS, Sector.MICROELECTRONICS)),
            new Fictional(
                    "DEMO-VENTURES",
                    "Fictional Venture Capital (Demo) Ltd",
                    "虛構創業投資（示範）有限公司",
                    "虚构创业投资（示范）有限公司",
                    InstitutionKind.ENTERPRISE,
                    Jurisdiction.HK,
                    "HK",
                    Set.of()));

    private DemoInstitutions() {}

    /** A fictional institution and the sectors in which it takes part in projects (none: it only funds). */
    record Fictional(
            String shortName,
            String nameEn,
            String nameZhHant,
            String nameZhHans,
            InstitutionKind kind,
            Jurisdiction jurisdiction,
            String country,
            Set<Sector> sectors) {
        InstitutionDetails details() {
            return new InstitutionDetails(shortName, nameEn, nameZhHant, nameZhHans, kind, jurisdiction, country, null);
        }
    }

    /** The real institutions of the reference file, then the fictional ones. */
    public static List<InstitutionDetails> all() {
        List<InstitutionDetails> result = new ArrayList<>(fromCsv());
        FICTIONAL.forEach(f -> result.add(f.details()));
        return List.copyOf(result);
    }

    static List<Fictional> fictional() {
        return FICTIONAL;
    }

    /** The institutions of {@code /demo/institutions.csv}; an unknown ROR id stays empty. */
    public static List<InstitutionDetails> fromCsv() {
        return fromCsv(resource());
    }

    /**
     * The everyday names of the reference institutions by short name, from the file's optional {@code aliases}
     * column (entries separated by {@code ;}); an institution without any is not in the map.
     */
    public static Map<String, List<String>> aliases() {
        return aliasesFromCsv(resource());
    }

    static Map<String, List<String>> aliasesFromCsv(String text) {
        List<List<String>> rows = parseCsv(text);
        Map<String, Integer> column = header(rows);
        Map<String, List<String>> result = new java.util.LinkedHashMap<>();
        if (!column.containsKey("aliases")) {
            return result;
        }
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            List<String> aliases = java.util.Arrays.stream(
                            cell(row, column, "aliases").split(";"))
                    .map(String::strip)
                    .filter(a -> !a.isEmpty())
                    .toList();
            if (!aliases.isEmpty()) {
                result.put(cell(row, column, "short_name"), aliases);
            }
        }
        return result;
    }

    private static String resource() {
        try (InputStream in = DemoInstitutions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> header(List<List<String>> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("The institutions file is empty");
        }
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            column.put(rows.get(0).get(i).strip(), i);
        }
        return column;
    }

    static List<InstitutionDetails> fromCsv(String text) {
        List<List<String>> rows = parseCsv(text);
        Map<String, Integer> column = header(rows);
        List<InstitutionDetails> result = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            result.add(new InstitutionDetails(
                    cell(row, column, "short_name"),
                    cell(row, column, "name_en"),
                    cell(row, column, "name_zh_hant"),
                    cell(row, column, "name_zh_hans"),
                    InstitutionKind.valueOf(cell(row, column, "kind").toUpperCase(Locale.ROOT)),
                    Jurisdiction.valueOf(cell(row, column, "jurisdiction").toUpperCase(Locale.ROOT)),
                    cell(row, column, "country"),
                    null));
        }
        return result;
    }

    private static String cell(List<String> row, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        if (i == null) {
            throw new IllegalArgumentException("The institutions file has no column " + name);
        }
        if (i >= row.size()) {
            throw new IllegalArgumentException("A row of the institutions file has no " + name + ": " + row);
        }
        return row.get(i).strip();
    }

    /**
     * Parses RFC 4180 CSV: fields separated by commas, rows by CRLF or LF; a field in double
     * quotes may hold commas, line breaks and doubled quotes ({@code ""}). A leading BOM is skipped.
     */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                if (field.length() > 0 || wasQuoted) {
                    throw new IllegalArgumentException("A quote inside an unquoted field at character " + i);
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                rows.add(row);
                row = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("A quoted field is not closed");
        }
        if (field.length() > 0 || wasQuoted || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
