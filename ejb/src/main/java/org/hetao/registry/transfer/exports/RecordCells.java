package org.hetao.registry.transfer.exports;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.ipasset.InvestorTexts;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.person.Person;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.WhiteList;
import org.hetao.registry.transfer.format.Column;
import org.hetao.registry.transfer.format.Columns;
import org.hetao.registry.transfer.format.ListCells;
import org.hetao.registry.transfer.format.RecordKind;

/**
 * A record's cells in the import layout ({@link Columns}), so that an export is a file the import
 * takes back. A reader who may not see internal fields (an investor) gets no internal columns.
 */
final class RecordCells {
    private RecordCells() {}

    static Map<String, String> institution(Institution i, RefNames names) {
        return cells(
                RecordKind.INSTITUTION,
                true,
                Map.of(
                        "ref",
                        names.own(RecordKind.INSTITUTION, i.getId()),
                        "short_name",
                        i.getShortName(),
                        "name_en",
                        i.getName().en(),
                        "name_zh_hant",
                        nz(i.getName().zhHant()),
                        "name_zh_hans",
                        nz(i.getName().zhHans()),
                        "kind",
                        i.getKind().name(),
                        "jurisdiction",
                        i.getJurisdiction().name(),
                        "country",
                        i.getCountry(),
                        "ror_id",
                        nz(i.getRorId()),
                        "aliases",
                        join(i.getAliases(), ListCells::escape)));
    }

    static Map<String, String> person(Person p, RefNames names) {
        return cells(
                RecordKind.PERSON,
                true,
                Map.of(
                        "ref",
                        names.own(RecordKind.PERSON, p.getId()),
                        "name_en",
                        p.getNameEn(),
                        "name_zh",
                        nz(p.getNameZh()),
                        "orcid",
                        nz(p.getOrcid()),
                        "institution",
                        names.reference(RecordKind.INSTITUTION, p.getInstitutionId()),
                        "email",
                        nz(p.getEmail())));
    }

    static Map<String, String> project(Project p, RefNames names, boolean internal) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("ref", names.own(RecordKind.PROJECT, p.getId()));
        v.put("code", p.getCode());
        text(v, "title", p.getTitle());
        text(v, "abstract", p.getAbstract());
        v.put("keywords", join(p.getKeywords(), ListCells::escape));
        v.put("sectors", p.getSectors().stream().map(Enum::name).collect(Collectors.joining("; ")));
        v.put("site", p.getSite().name());
        v.put("status", p.getStatus().name());
        v.put("start_date", p.getStartDate().toString());
        v.put("end_date", p.getEndDate() == null ? "" : p.getEndDate().toString());
        v.put("confidentiality", p.getConfidentiality().name());
        v.put(
                "participants",
                join(
                        p.getParticipants(),
                        x -> entry(
                                names.reference(RecordKind.INSTITUTION, x.getInstitutionId()),
                                x.getRole().name())));
        v.put(
                "funding",
                join(
                        p.getFunding(),
                        f -> entry(
                                f.getFunder(),
                                f.getProgramme(),
                                f.getAwardId(),
                                f.getAmount().toPlainString(),
                                f.getCurrency())));
        v.put("staffing", join(p.getStaff(), s -> {
            WhiteList w = s.getWhiteList();
            String line = entry(
                    names.reference(RecordKind.PERSON, s.getPersonId()),
                    s.getRole().name(),
                    Integer.toString(s.getFtePercent()),
                    date(s.getStartDate()),
                    date(s.getEndDate()),
                    s.getPark().name());
            return w == null
                    ? line
                    : line + "|" + entry(w.getStatus().name(), date(w.getValidFrom()), date(w.getValidUntil()));
        }));
        return cells(RecordKind.PROJECT, internal, v);
    }

    static Map<String, String> asset(IpAsset a, Optional<OwnershipVersion> owners, RefNames names, boolean internal) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("ref", names.own(RecordKind.IP_ASSET, a.getId()));
        v.put("project", names.reference(RecordKind.PROJECT, a.getProjectId()));
        v.put("type", a.getType().name());
        text(v, "title", a.getTitle());
        text(v, "abstract", a.getAbstract());
        InvestorTexts texts = a.getInvestorTexts();
        text(v, "public_summary", texts.summary());
        text(v, "problem_solved", texts.problemSolved());
        text(v, "advantages", texts.advantages());
        text(v, "applications", texts.applications());
        v.put("readiness_level", Integer.toString(a.getReadinessLevel()));
        v.put("licensing", a.getLicensing().name());
        v.put("confidentiality", a.getConfidentiality().name());
        v.put("filings", join(a.details().filings(), d -> {
            var k = d.docket();
            // the docket's fields follow only when the filing has any, so older files keep their form
            boolean docket = !k.equals(org.hetao.registry.ipasset.FilingDocket.NONE);
            return docket
                    ? entry(
                            d.jurisdiction().name(),
                            d.applicationNumber(),
                            d.grantNumber(),
                            date(d.filingDate()),
                            date(d.grantDate()),
                            d.status().name(),
                            k.publicationNumber(),
                            date(k.publicationDate()),
                            k.priorities().stream()
                                    .map(c -> c.office() + " " + c.number() + " " + c.date())
                                    .collect(Collectors.joining(", ")),
                            k.pctApplicationNumber(),
                            k.hkKind() == null ? null : k.hkKind().name(),
                            k.designatedOffice() == null
                                    ? null
                                    : k.designatedOffice().name(),
                            k.designatedApplicationNumber())
                    : entry(
                            d.jurisdiction().name(),
                            d.applicationNumber(),
                            d.grantNumber(),
                            date(d.filingDate()),
                            date(d.grantDate()),
                            d.status().name());
        }));
        v.put(
                "inventors",
                join(
                        a.getInventors(),
                        i -> entry(
                                names.reference(RecordKind.PERSON, i.getPersonId()),
                                Integer.toString(i.getShareBp()))));
        v.put("owners", owners.map(o -> shares(o, names)).orElse(""));
        v.put("ownership_from", owners.map(o -> o.getEffectiveFrom().toString()).orElse(""));
        v.put("ownership_reason", owners.map(OwnershipVersion::getReason).orElse(""));
        return cells(RecordKind.IP_ASSET, internal, v);
    }

    /** A version of an asset's ownership, as a backup line that follows the asset's line. */
    static Map<String, String> ownership(OwnershipVersion o, RefNames names) {
        return cells(
                RecordKind.OWNERSHIP,
                true,
                Map.of(
                        "ip_asset",
                        names.own(RecordKind.IP_ASSET, o.getIpAssetId()),
                        "version",
                        Integer.toString(o.getVersionNo()),
                        "owners",
                        shares(o, names),
                        "ownership_from",
                        o.getEffectiveFrom().toString(),
                        "ownership_reason",
                        o.getReason()));
    }

    private static String shares(OwnershipVersion o, RefNames names) {
        return join(
                o.getShares(),
                s -> entry(
                        names.reference(RecordKind.INSTITUTION, s.getInstitutionId()),
                        Integer.toString(s.getShareBp())));
    }

    /** The values in column order, leaving out internal columns unless the reader sees them. */
    private static Map<String, String> cells(RecordKind kind, boolean internal, Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Column c : Columns.visible(kind, internal)) {
            out.put(c.name(), values.getOrDefault(c.name(), ""));
        }
        return out;
    }

    private static void text(Map<String, String> v, String prefix, LocalizedText t) {
        v.put(prefix + "_en", nz(t.en()));
        v.put(prefix + "_zh_hant", nz(t.zhHant()));
        v.put(prefix + "_zh_hans", nz(t.zhHans()));
    }

    /** The entries of a list cell, see {@link ListCells}. */
    private static <T> String join(List<T> items, Function<T, String> f) {
        return items.stream().map(f).collect(Collectors.joining(ListCells.ENTRIES + " "));
    }

    /** An entry of a list cell: its fields, each escaped, separated by {@code |}; an absent field is empty. */
    private static String entry(String... fields) {
        return Arrays.stream(fields)
                .map(ListCells::escape)
                .collect(Collectors.joining(String.valueOf(ListCells.FIELDS)));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String date(java.time.LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
