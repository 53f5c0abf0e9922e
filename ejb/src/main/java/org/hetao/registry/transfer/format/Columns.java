package org.hetao.registry.transfer.format;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hetao.registry.transfer.imports.ImportRow;

/**
 * The columns of each record kind, in file order: the one reference for import, export, the
 * templates and docs/import-export.md. List cells hold entries separated by {@code ;}, and the
 * fields of an entry are separated by {@code |}.
 */
public final class Columns {
    /** The column of a backup line that names the record's kind. */
    public static final String RECORD = "record";

    private static final Column REF = Column.required(
            ImportRow.REF,
            "HKU-0001",
            "Your own identifier of the record (at most 100 characters); importing a row with a known reference again updates or skips it");

    /** An administrator's approvals of an ownership change on behalf of owners without an office account. */
    private static final Column OWNER_APPROVALS = Column.internal(
            "owner_approvals",
            "",
            "Administrators only: approvals of the ownership change on behalf of owners without an office account: institution|signed document's reference; …");

    private static final List<Column> INSTITUTION = List.of(
            REF,
            Column.required("short_name", "HKU", "Short name, unique in the registry"),
            Column.required("name_en", "The University of Hong Kong", "Name in English"),
            Column.optional("name_zh_hant", "香港大學", "Name in Traditional Chinese"),
            Column.optional("name_zh_hans", "香港大学", "Name in Simplified Chinese"),
            Column.required("kind", "UNIVERSITY", "UNIVERSITY, RESEARCH_INSTITUTE, ENTERPRISE, HOSPITAL or GOVERNMENT"),
            Column.required("jurisdiction", "HK", "HK, MAINLAND, MACAO or OVERSEAS"),
            Column.required("country", "HK", "ISO 3166-1 alpha-2 country code"),
            Column.optional("ror_id", "", "ROR id, e.g. 02zhqgq86"),
            Column.optional(
                    "aliases",
                    "港大; HKU Med",
                    "Everyday names a search finds the institution by, separated by ; "
                            + "(a file without this column leaves them as they are)"));

    private static final List<Column> PERSON = List.of(
            REF,
            Column.required("name_en", "Chan Tai Man", "Name in Latin script"),
            Column.optional("name_zh", "陳大文", "Name in Chinese"),
            Column.optional("orcid", "0000-0002-1825-0097", "ORCID iD"),
            Column.required(
                    "institution", "HKU", "Home institution: its reference, short name or registry:<instance>:<id>"),
            Column.optional("email", "tai-man.chan@example.org", "E-mail address"));

    private static final List<Column> PROJECT = List.of(
            REF,
            Column.required("code", "HT-2025-0042", "Project code: upper-case letters, digits and single hyphens"),
            Column.required("title_en", "Federated learning for medical imaging", "Title in English"),
            Column.optional("title_zh_hant", "醫學影像聯邦學習", "Title in Traditional Chinese"),
            Column.optional("title_zh_hans", "医学影像联邦学习", "Title in Simplified Chinese"),
            Column.internal("abstract_en", "", "Abstract in English").withLineBreaks(),
            Column.internal("abstract_zh_hant", "", "Abstract in Traditional Chinese")
                    .withLineBreaks(),
            Column.internal("abstract_zh_hans", "", "Abstract in Simplified Chinese")
                    .withLineBreaks(),
            Column.internal(
                    "keywords", "medical imaging; privacy", "Keywords, separated by ; (internal: not for investors)"),
            Column.optional("sectors", "LIFE_HEALTH; ARTIFICIAL_INTELLIGENCE", "Sectors, separated by ;"),
            Column.required("site", "BOTH", "HK_PARK, SHENZHEN_PARK or BOTH"),
            Column.required("status", "ACTIVE", "PROPOSED, ACTIVE, COMPLETED, SUSPENDED or TERMINATED"),
            Column.required("start_date", "2025-01-01", "Start date, YYYY-MM-DD"),
            Column.optional("end_date", "2027-12-31", "End date, YYYY-MM-DD, not before the start"),
            Column.required("confidentiality", "CONSORTIUM", "PUBLIC, CONSORTIUM or CONFIDENTIAL"),
            Column.required(
                    "participants",
                    "HKU|LEAD; SUSTECH|PARTNER",
                    "Institutions and roles (LEAD, PARTNER, INDUSTRY_PARTNER, FUNDER): institution|role; … with exactly one LEAD"),
            Column.internal(
                    "funding",
                    "Innovation and Technology Fund|ITSP|ITS/123/25|1500000.00|HKD",
                    "Funding lines: funder|programme|award id|amount|currency; …"),
            Column.internal(
                    "staffing",
                    "0000-0002-1825-0097|PI|50|2025-01-01|2027-12-31|HK_PARK",
                    "Staff: person|role|FTE %|start|end|park[|white-list status|valid from|valid until]; …"));

    private static final List<Column> IP_ASSET = List.of(
            REF,
            Column.required("project", "HT-2025-0042", "The project: its reference, code or registry:<instance>:<id>"),
            Column.required(
                    "type",
                    "PATENT_APPLICATION",
                    "PATENT, PATENT_APPLICATION, SOFTWARE, DATA_SET, DESIGN, KNOW_HOW, BIOLOGICAL_MATERIAL or TRADEMARK"),
            Column.required("title_en", "Privacy-preserving image segmentation", "Title in English"),
            Column.optional("title_zh_hant", "", "Title in Traditional Chinese"),
            Column.optional("title_zh_hans", "", "Title in Simplified Chinese"),
            Column.internal("abstract_en", "", "Internal abstract in English").withLineBreaks(),
            Column.internal("abstract_zh_hant", "", "Internal abstract in Traditional Chinese")
                    .withLineBreaks(),
            Column.internal("abstract_zh_hans", "", "Internal abstract in Simplified Chinese")
                    .withLineBreaks(),
            Column.optional(
                            "public_summary_en",
                            "",
                            "Public, non-confidential summary in English (a summary in at least one "
                                    + "language is required when public and offered for licensing)")
                    .withLineBreaks(),
            Column.optional("public_summary_zh_hant", "", "Public summary in Traditional Chinese")
                    .withLineBreaks(),
            Column.optional("public_summary_zh_hans", "", "Public summary in Simplified Chinese")
                    .withLineBreaks(),
            Column.optional("problem_solved_en", "", "Public: the problem the asset solves, in English")
                    .withLineBreaks(),
            Column.optional("problem_solved_zh_hant", "", "The problem solved, in Traditional Chinese")
                    .withLineBreaks(),
            Column.optional("problem_solved_zh_hans", "", "The problem solved, in Simplified Chinese")
                    .withLineBreaks(),
            Column.optional("advantages_en", "", "Public: advantages over existing solutions, in English")
                    .withLineBreaks(),
            Column.optional("advantages_zh_hant", "", "Advantages, in Traditional Chinese")
                    .withLineBreaks(),
            Column.optional("advantages_zh_hans", "", "Advantages, in Simplified Chinese")
                    .withLineBreaks(),
            Column.optional("applications_en", "", "Public: applications and market, in English")
                    .withLineBreaks(),
            Column.optional("applications_zh_hant", "", "Applications and market, in Traditional Chinese")
                    .withLineBreaks(),
            Column.optional("applications_zh_hans", "", "Applications and market, in Simplified Chinese")
                    .withLineBreaks(),
            Column.required("readiness_level", "4", "Development stage: technology readiness level, 1 to 9"),
            Column.required("licensing", "NOT_AVAILABLE", "EXCLUSIVE, NON_EXCLUSIVE, NOT_AVAILABLE or LICENSED"),
            Column.required("confidentiality", "CONSORTIUM", "PUBLIC, CONSORTIUM or CONFIDENTIAL"),
            Column.optional(
                    "filings",
                    "CN|202510123456.7||2025-03-01||FILED",
                    "Filings: jurisdiction|application no.|grant no.|filing date|grant date|status; … (optionally then "
                            + "|publication no.|publication date|priorities|PCT application|HK kind|designated office|designated application no.)"),
            Column.internal(
                    "inventors",
                    "0000-0002-1825-0097|10000",
                    "Inventors and their shares in basis points: person|bp; … summing to 10000"),
            Column.internal(
                    "owners",
                    "HKU|6000; SUSTECH|4000",
                    "Owners and their shares in basis points: institution|bp; … summing to 10000"),
            Column.internal(
                    "ownership_from",
                    "2025-06-01",
                    "Date from which the owners hold their shares (required with owners)"),
            Column.internal("ownership_reason", "Joint development agreement", "Why they own it (required with owners)")
                    .withLineBreaks(),
            OWNER_APPROVALS);

    /** A version of an asset's ownership: a line of a backup after its asset's line, one per version, oldest first. */
    private static final List<Column> OWNERSHIP = List.of(
            Column.required("ip_asset", "HKU-0001", "The IP asset: the ref of its ip-asset line earlier in the file"),
            Column.required("version", "1", "The version's number: 1, 2, 3 … with no gaps, oldest first"),
            Column.required(
                    "owners",
                    "HKU|6000; SUSTECH|4000",
                    "Owners and their shares in basis points: institution|bp; … summing to 10000"),
            Column.required(
                    "ownership_from",
                    "2025-06-01",
                    "Date from which the owners hold these shares, not before the previous version's"),
            Column.required("ownership_reason", "Joint development agreement", "Why the owners hold these shares")
                    .withLineBreaks(),
            OWNER_APPROVALS);

    /** An IP asset's single public summary of earlier versions' files, which imports still read. */
    public static final String FORMER_SUMMARY = "public_summary";

    /**
     * Columns of earlier versions that imports still read but exports no longer write: an IP asset's single
     * {@code public_summary}, which goes to the language its characters show unless that language's column is given.
     */
    private static final Map<RecordKind, List<Column>> FORMER = Map.of(
            RecordKind.IP_ASSET,
            List.of(Column.optional(FORMER_SUMMARY, "", "Public summary in one language (files of earlier versions)")
                    .withLineBreaks()));

    private static final Map<RecordKind, List<Column>> ALL = Map.of(
            RecordKind.INSTITUTION,
            INSTITUTION,
            RecordKind.PERSON,
            PERSON,
            RecordKind.PROJECT,
            PROJECT,
            RecordKind.IP_ASSET,
            IP_ASSET,
            RecordKind.OWNERSHIP,
            OWNERSHIP);

    private Columns() {}

    public static List<Column> of(RecordKind kind) {
        return ALL.get(kind);
    }

    /** The columns a reader sees: all of them, or without the internal ones (an investor). */
    public static List<Column> visible(RecordKind kind, boolean internal) {
        return of(kind).stream().filter(c -> internal || !c.internal()).toList();
    }

    /** A column an import reads: one of the kind's columns or of its former ones. */
    public static Optional<Column> find(RecordKind kind, String name) {
        return accepted(kind).stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The kind's columns and its former ones, which imports still read. */
    public static List<Column> accepted(RecordKind kind) {
        List<Column> former = FORMER.getOrDefault(kind, List.of());
        return former.isEmpty()
                ? of(kind)
                : java.util.stream.Stream.concat(of(kind).stream(), former.stream())
                        .toList();
    }
}
