package org.hetao.registry.transfer.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hetao.registry.common.ChineseScript;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.institution.InstitutionDetails;
import org.hetao.registry.institution.InstitutionKind;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.ipasset.AssetType;
import org.hetao.registry.ipasset.DesignatedOffice;
import org.hetao.registry.ipasset.FilingDetails;
import org.hetao.registry.ipasset.FilingDocket;
import org.hetao.registry.ipasset.FilingJurisdiction;
import org.hetao.registry.ipasset.FilingStatus;
import org.hetao.registry.ipasset.HongKongPatentKind;
import org.hetao.registry.ipasset.InventorDetails;
import org.hetao.registry.ipasset.IpAssetDetails;
import org.hetao.registry.ipasset.Licensing;
import org.hetao.registry.ipasset.PriorityClaimDetails;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.ShareDetails;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.project.FundingDetails;
import org.hetao.registry.project.Park;
import org.hetao.registry.project.ParticipantDetails;
import org.hetao.registry.project.ParticipantRole;
import org.hetao.registry.project.ProjectDetails;
import org.hetao.registry.project.ProjectStatus;
import org.hetao.registry.project.Sector;
import org.hetao.registry.project.Site;
import org.hetao.registry.project.StaffRole;
import org.hetao.registry.project.StaffingDetails;
import org.hetao.registry.project.WhiteListStatus;
import org.hetao.registry.proposal.OnBehalf;
import org.hetao.registry.transfer.format.Columns;
import org.hetao.registry.transfer.format.RecordKind;

/**
 * Reads a row's cells into the details records the entities take. Nothing here decides whether the
 * values are valid together: the entity constructors do that, as for the API.
 */
final class ParsedRows {
    /** A project row: the project, and its staff when the file states them. */
    record ProjectRow(ProjectDetails details, List<StaffingDetails> staff, boolean staffStated) {}

    /** An IP asset row: the asset, and its owners when the file states them. */
    /**
     * An IP asset line; {@code unstated} names the investor texts ({@code publicSummary}, {@code problemSolved},
     * {@code advantages}, {@code applications}) of which the file has no column at all, which an update leaves as they are.
     */
    record AssetRow(IpAssetDetails details, OwnershipChange owners, Set<String> unstated) {
        AssetRow {
            unstated = Set.copyOf(unstated);
        }

        /** The details to store over {@code current}: the unstated investor texts kept as they are. */
        IpAssetDetails over(IpAssetDetails current) {
            IpAssetDetails d = details;
            return new IpAssetDetails(
                    d.projectId(),
                    d.type(),
                    d.title(),
                    d.abstractText(),
                    unstated.contains("publicSummary") ? current.publicSummary() : d.publicSummary(),
                    unstated.contains("problemSolved") ? current.problemSolved() : d.problemSolved(),
                    unstated.contains("advantages") ? current.advantages() : d.advantages(),
                    unstated.contains("applications") ? current.applications() : d.applications(),
                    d.readinessLevel(),
                    d.licensing(),
                    d.confidentiality(),
                    d.filings(),
                    d.inventors());
        }
    }

    /** An ownership line of a backup: the asset, the version's number, and its owners from a date with the reason. */
    record OwnershipRow(Long assetId, Integer versionNo, OwnershipChange change) {}

    private ParsedRows() {}

    static InstitutionDetails institution(RowReader r) {
        return new InstitutionDetails(
                r.text("short_name"),
                r.text("name_en"),
                r.text("name_zh_hant"),
                r.text("name_zh_hans"),
                r.enumValue("kind", InstitutionKind.class),
                r.enumValue("jurisdiction", Jurisdiction.class),
                r.text("country"),
                r.text("ror_id"));
    }

    /** An institution's aliases, or null when the file has no such column. */
    static List<String> aliases(RowReader r) {
        return r.row().cells().containsKey("aliases") ? r.list("aliases") : null;
    }

    static PersonDetails person(RowReader r, References refs) {
        return new PersonDetails(
                r.text("name_en"),
                r.text("name_zh"),
                r.text("orcid"),
                reference(r, refs, "institution", RecordKind.INSTITUTION, r.text("institution")),
                r.text("email"));
    }

    static ProjectRow project(RowReader r, References refs) {
        List<ParticipantDetails> participants = new ArrayList<>();
        for (String[] f : r.entries("participants", 2, 2, "institution|role")) {
            participants.add(new ParticipantDetails(
                    reference(r, refs, "participants", RecordKind.INSTITUTION, f[0]),
                    r.enumValue("participants", ParticipantRole.class, f[1])));
        }
        List<FundingDetails> funding = new ArrayList<>();
        for (String[] f : r.entries("funding", 5, 5, "funder|programme|award id|amount|currency")) {
            funding.add(new FundingDetails(
                    RowReader.field(f, 0),
                    RowReader.field(f, 1),
                    RowReader.field(f, 2),
                    r.decimal("funding", RowReader.field(f, 3)),
                    RowReader.field(f, 4)));
        }
        List<StaffingDetails> staff = new ArrayList<>();
        for (String[] f : r.entries(
                "staffing", 6, 9, "person|role|FTE %|start|end|park[|white-list status|valid from|valid until]")) {
            staff.add(new StaffingDetails(
                    reference(r, refs, "staffing", RecordKind.PERSON, f[0]),
                    r.enumValue("staffing", StaffRole.class, f[1]),
                    r.integer("staffing", f[2]),
                    r.date("staffing", f[3]),
                    r.date("staffing", RowReader.field(f, 4)),
                    r.enumValue("staffing", Park.class, f[5]),
                    r.enumValue("staffing", WhiteListStatus.class, RowReader.field(f, 6)),
                    r.date("staffing", RowReader.field(f, 7)),
                    r.date("staffing", RowReader.field(f, 8))));
        }
        ProjectDetails details = new ProjectDetails(
                r.text("code"),
                new LocalizedText(r.text("title_en"), r.text("title_zh_hant"), r.text("title_zh_hans")),
                new LocalizedText(r.text("abstract_en"), r.text("abstract_zh_hant"), r.text("abstract_zh_hans")),
                r.list("keywords"),
                r.list("sectors").stream()
                        .map(s -> r.enumValue("sectors", Sector.class, s))
                        .toList(),
                r.enumValue("site", Site.class),
                r.enumValue("status", ProjectStatus.class),
                r.date("start_date"),
                r.date("end_date"),
                r.enumValue("confidentiality", Confidentiality.class),
                participants,
                funding);
        return new ProjectRow(details, staff, r.row().cells().containsKey("staffing"));
    }

    /** Priority claims written "office number date", separated by commas ("CN 202610123456.1 2026-02-01, US 63/123456 2026-01-31"). */
    private static List<PriorityClaimDetails> priorities(RowReader r, String cell) {
        List<PriorityClaimDetails> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        for (String claim : cell.split(",")) {
            String[] parts = claim.strip().split("\\s+");
            if (parts.length < 3) {
                r.error("filings", "priority \"" + claim.strip() + "\" must have the form office number date");
                continue;
            }
            out.add(new PriorityClaimDetails(
                    parts[0],
                    String.join(" ", java.util.Arrays.asList(parts).subList(1, parts.length - 1)),
                    r.date("filings", parts[parts.length - 1])));
        }
        return out;
    }

    static AssetRow asset(RowReader r, References refs) {
        List<FilingDetails> filings = new ArrayList<>();
        for (String[] f : r.entries(
                "filings",
                6,
                13,
                "jurisdiction|application no.|grant no.|filing date|grant date|status, then optionally "
                        + "|publication no.|publication date|priorities|PCT application|HK kind|designated office|designated application no.")) {
            filings.add(new FilingDetails(
                    r.enumValue("filings", FilingJurisdiction.class, f[0]),
                    RowReader.field(f, 1),
                    RowReader.field(f, 2),
                    r.date("filings", RowReader.field(f, 3)),
                    r.date("filings", RowReader.field(f, 4)),
                    r.enumValue("filings", FilingStatus.class, f[5]),
                    new FilingDocket(
                            RowReader.field(f, 6),
                            r.date("filings", RowReader.field(f, 7)),
                            priorities(r, RowReader.field(f, 8)),
                            RowReader.field(f, 9),
                            RowReader.field(f, 10) == null
                                    ? null
                                    : r.enumValue("filings", HongKongPatentKind.class, RowReader.field(f, 10)),
                            RowReader.field(f, 11) == null
                                    ? null
                                    : r.enumValue("filings", DesignatedOffice.class, RowReader.field(f, 11)),
                            RowReader.field(f, 12))));
        }
        List<InventorDetails> inventors = new ArrayList<>();
        for (String[] f : r.entries("inventors", 2, 2, "person|basis points")) {
            inventors.add(new InventorDetails(
                    reference(r, refs, "inventors", RecordKind.PERSON, f[0]), r.integer("inventors", f[1])));
        }
        List<ShareDetails> shares = shares(r, refs);
        IpAssetDetails details = new IpAssetDetails(
                reference(r, refs, "project", RecordKind.PROJECT, r.text("project")),
                r.enumValue("type", AssetType.class),
                new LocalizedText(r.text("title_en"), r.text("title_zh_hant"), r.text("title_zh_hans")),
                new LocalizedText(r.text("abstract_en"), r.text("abstract_zh_hant"), r.text("abstract_zh_hans")),
                summary(r),
                text(r, "problem_solved"),
                text(r, "advantages"),
                text(r, "applications"),
                r.integer("readiness_level"),
                r.enumValue("licensing", Licensing.class),
                r.enumValue("confidentiality", Confidentiality.class),
                filings,
                inventors);
        boolean ownersStated = !shares.isEmpty()
                || r.text("ownership_from") != null
                || r.text("ownership_reason") != null
                || r.text("owners") != null;
        OwnershipChange owners =
                ownersStated ? new OwnershipChange(shares, r.date("ownership_from"), r.text("ownership_reason")) : null;
        Set<String> unstated = new HashSet<>();
        Map<String, String> columns = Map.of(
                "publicSummary",
                "public_summary",
                "problemSolved",
                "problem_solved",
                "advantages",
                "advantages",
                "applications",
                "applications");
        columns.forEach((field, prefix) -> {
            boolean stated = r.row().cells().containsKey(prefix + "_en")
                    || r.row().cells().containsKey(prefix + "_zh_hant")
                    || r.row().cells().containsKey(prefix + "_zh_hans")
                    || field.equals("publicSummary") && r.row().cells().containsKey(FORMER_SUMMARY);
            if (!stated) {
                unstated.add(field);
            }
        });
        return new AssetRow(details, owners, unstated);
    }

    /** The single public summary of files of earlier versions. */
    static final String FORMER_SUMMARY = Columns.FORMER_SUMMARY;

    private static LocalizedText text(RowReader r, String prefix) {
        return new LocalizedText(r.text(prefix + "_en"), r.text(prefix + "_zh_hant"), r.text(prefix + "_zh_hans"));
    }

    /**
     * The public summary in its three columns; a file of an earlier version has one {@code public_summary},
     * which fills the column of the language its characters show (English when unclear) unless that column is given.
     */
    private static LocalizedText summary(RowReader r) {
        LocalizedText summary = text(r, "public_summary");
        String former = r.text(FORMER_SUMMARY);
        if (former == null) {
            return summary;
        }
        LocalizedText placed = ChineseScript.of(former).hold(former);
        return new LocalizedText(
                summary.en() != null ? summary.en() : placed.en(),
                summary.zhHant() != null ? summary.zhHant() : placed.zhHant(),
                summary.zhHans() != null ? summary.zhHans() : placed.zhHans());
    }

    static OwnershipRow ownership(RowReader r, References refs) {
        return new OwnershipRow(
                reference(r, refs, "ip_asset", RecordKind.IP_ASSET, r.text("ip_asset")),
                r.integer("version"),
                new OwnershipChange(shares(r, refs), r.date("ownership_from"), r.text("ownership_reason")));
    }

    /** The approvals an administrator records on behalf of institutions without an office account: institution|document; … */
    static List<OnBehalf> onBehalf(RowReader r, References refs) {
        List<OnBehalf> approvals = new ArrayList<>();
        for (String[] f : r.entries(OwnershipConsent.COLUMN, 2, 2, "institution|reference of the signed document")) {
            approvals.add(
                    new OnBehalf(reference(r, refs, OwnershipConsent.COLUMN, RecordKind.INSTITUTION, f[0]), f[1]));
        }
        return approvals;
    }

    private static List<ShareDetails> shares(RowReader r, References refs) {
        List<ShareDetails> shares = new ArrayList<>();
        for (String[] f : r.entries("owners", 2, 2, "institution|basis points")) {
            shares.add(new ShareDetails(
                    reference(r, refs, "owners", RecordKind.INSTITUTION, f[0]), r.integer("owners", f[1])));
        }
        return shares;
    }

    private static Long reference(RowReader r, References refs, String column, RecordKind kind, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Long id = refs.find(kind, value.strip());
        if (id == null) {
            r.error(
                    column,
                    "no " + kind.singular() + " is known as \"" + value.strip()
                            + "\" (a reference in this file or an earlier import, "
                            + naturalKey(kind)
                            + "or registry:<instance>:<id> of a record of this registry; a record of another registry needs "
                            + "its own line earlier in this file or in an earlier import)");
        }
        return id;
    }

    private static String naturalKey(RecordKind kind) {
        return switch (kind) {
            case INSTITUTION -> "a short name, ";
            case PROJECT -> "a project code, ";
            case PERSON -> "an ORCID iD, ";
            case IP_ASSET, OWNERSHIP -> "";
        };
    }
}
