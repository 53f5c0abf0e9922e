package org.hetao.registry.lucene.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hetao.registry.lucene.DocType;
import org.hetao.registry.lucene.Facet;
import org.hetao.registry.lucene.LocalizedText;
import org.hetao.registry.lucene.SearchDocument;
import org.hetao.registry.lucene.Visibility;

/** Reads the quality set's institutions and fictional records (see quality/README.md). */
final class QualityCorpus {

    record Institution(
            long id,
            String shortName,
            String nameEn,
            String nameHant,
            String nameHans,
            String jurisdiction,
            List<String> aliases) {}

    private final Map<String, Institution> institutions = new LinkedHashMap<>();

    QualityCorpus() throws IOException {
        List<String> lines = lines("institutions.csv");
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = csv(lines.get(i));
            institutions.put(
                    cells.get(0),
                    new Institution(
                            i,
                            cells.get(0),
                            cells.get(1),
                            cells.get(2),
                            cells.get(3),
                            cells.get(5),
                            list(cells.size() > 7 ? cells.get(7) : null)));
        }
    }

    List<SearchDocument> documents() throws IOException {
        List<SearchDocument> documents = new ArrayList<>();
        for (Institution institution : institutions.values()) {
            documents.add(SearchDocument.builder(DocType.INSTITUTION, institution.id())
                    .visibility(Visibility.PUBLIC)
                    .parties(Set.of(institution.id()))
                    .title(LocalizedText.of(
                            "en",
                            institution.nameEn(),
                            "zh-Hant",
                            institution.nameHant(),
                            "zh-Hans",
                            institution.nameHans()))
                    .publicIdentifiers(List.of(institution.shortName()))
                    .aliases(institution.aliases())
                    .jurisdictions(institution.jurisdiction())
                    .institutions(institution.shortName())
                    .build());
        }
        for (Map<String, String> record : records()) {
            documents.add(toDocument(record));
        }
        return documents;
    }

    private SearchDocument toDocument(Map<String, String> r) {
        if (!"yes".equals(r.get("fictional"))) {
            throw new IllegalStateException("record " + r.get("id") + " is not marked fictional");
        }
        DocType type = DocType.fromUrlName(r.get("type"));
        List<Institution> parties =
                list(r.get("parties")).stream().map(this::institution).toList();
        String licensing = r.getOrDefault("licensing", "NOT_AVAILABLE");
        SearchDocument.Builder builder = SearchDocument.builder(type, Long.parseLong(r.get("id")))
                .visibility(Visibility.PUBLIC)
                .investorVisible(type == DocType.IP_ASSET && licensing.endsWith("EXCLUSIVE"))
                .parties(parties.stream().map(Institution::id).toList())
                .title(localized(r, "title"))
                .summary(localized(r, "summary"))
                .abstractText(localized(r, "abstract"))
                .keywords(list(r.get("keywords")))
                .otherText(LocalizedText.of(
                        "en", join(parties, Institution::nameEn),
                        "zh-Hant", join(parties, Institution::nameHant),
                        "zh-Hans", join(parties, Institution::nameHans)))
                .facet(Facet.SECTOR, list(r.get("sectors")))
                .facet(
                        Facet.JURISDICTION,
                        parties.stream().map(Institution::jurisdiction).toList())
                .facet(
                        Facet.INSTITUTION,
                        parties.stream().map(Institution::shortName).toList());
        List<String> publicIds = new ArrayList<>(list(r.get("public-ids")));
        parties.forEach(p -> publicIds.add(p.shortName()));
        parties.forEach(p -> builder.aliases(p.aliases()));
        builder.publicIdentifiers(publicIds).internalIdentifiers(list(r.get("code")));
        if (r.containsKey("status")) {
            builder.status(r.get("status")).licensing(licensing);
        }
        if (r.containsKey("trl")) {
            builder.readinessLevel(Integer.parseInt(r.get("trl")));
        }
        int year = Integer.parseInt(r.get("year"));
        return builder.year(year).sortDate(LocalDate.of(year, 1, 1)).build();
    }

    private Institution institution(String shortName) {
        Institution institution = institutions.get(shortName);
        if (institution == null) {
            throw new IllegalStateException("unknown institution " + shortName);
        }
        return institution;
    }

    private static LocalizedText localized(Map<String, String> record, String prefix) {
        Map<String, String> byTag = new LinkedHashMap<>();
        record.forEach((key, value) -> {
            if (key.startsWith(prefix + ".")) {
                byTag.put(key.substring(prefix.length() + 1), value);
            }
        });
        return LocalizedText.ofTags(byTag);
    }

    private static String join(List<Institution> parties, java.util.function.Function<Institution, String> name) {
        return parties.stream().map(name).collect(Collectors.joining("; "));
    }

    private static List<Map<String, String>> records() throws IOException {
        List<Map<String, String>> records = new ArrayList<>();
        Map<String, String> current = new LinkedHashMap<>();
        for (String line : lines("corpus.txt")) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    records.add(current);
                    current = new LinkedHashMap<>();
                }
                continue;
            }
            int colon = line.indexOf(':');
            current.put(
                    line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        if (!current.isEmpty()) {
            records.add(current);
        }
        return records;
    }

    static List<String> list(String value) {
        return value == null
                ? List.of()
                : Arrays.stream(value.split(";"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    static List<String> lines(String resource) throws IOException {
        try (InputStream in = QualityCorpus.class.getResourceAsStream("/quality/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource quality/" + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList();
        }
    }

    private static List<String> csv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
