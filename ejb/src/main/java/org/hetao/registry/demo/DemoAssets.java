package org.hetao.registry.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.demo.DemoVocabulary.Phrase;
import org.hetao.registry.demo.DemoVocabulary.Theme;
import org.hetao.registry.ipasset.AssetType;
import org.hetao.registry.ipasset.InventorDetails;
import org.hetao.registry.ipasset.IpAssetDetails;
import org.hetao.registry.ipasset.Licensing;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.ShareDetails;
import org.hetao.registry.project.ParticipantDetails;
import org.hetao.registry.project.ParticipantRole;
import org.hetao.registry.project.ProjectDetails;
import org.hetao.registry.project.Sector;
import org.hetao.registry.project.StaffRole;
import org.hetao.registry.project.StaffingDetails;

/**
 * The IP assets of a demo project: their type, texts, filings, readiness, licensing, inventors
 * from the project's staff and one to three ownership versions among its participants.
 */
final class DemoAssets {
    private static final AssetType[] TYPES = {
        AssetType.PATENT_APPLICATION,
        AssetType.PATENT,
        AssetType.SOFTWARE,
        AssetType.DATA_SET,
        AssetType.KNOW_HOW,
        AssetType.DESIGN,
        AssetType.BIOLOGICAL_MATERIAL,
        AssetType.TRADEMARK
    };
    private static final int[] TYPE_WEIGHTS = {30, 20, 15, 10, 8, 6, 6, 5};

    private final DemoDice dice;
    private final DemoFilings filings;
    private final DemoShares shares;

    DemoAssets(DemoDice dice) {
        this.dice = dice;
        this.filings = new DemoFilings(dice);
        this.shares = new DemoShares(dice);
    }

    /** What an asset is drawn from: its project (position, details, staff) and the project's words. */
    record Origin(
            long position,
            ProjectDetails project,
            List<StaffingDetails> staff,
            Theme theme,
            Phrase topic,
            Phrase method,
            Phrase application) {}

    List<DemoDataSet.Asset> assets(Origin o, int count) {
        List<DemoDataSet.Asset> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            result.add(asset(o, i == 0));
        }
        return result;
    }

    private DemoDataSet.Asset asset(Origin o, boolean first) {
        ProjectDetails p = o.project();
        LocalDate last = DemoStaff.min(p.endDate(), DemoGenerator.REFERENCE);
        LocalDate created = dice.dateBetween(DemoStaff.min(p.startDate().plusMonths(2), last), last);
        AssetType type = TYPES[dice.weighted(TYPE_WEIGHTS)];
        boolean living = o.theme().sector() == Sector.LIFE_HEALTH || o.theme().sector() == Sector.BIOMEDICINE;
        if (type == AssetType.BIOLOGICAL_MATERIAL && !living) {
            type = AssetType.SOFTWARE;
        }
        if (type == AssetType.PATENT && ChronoUnit.MONTHS.between(created, DemoGenerator.REFERENCE) < 14) {
            type = AssetType.PATENT_APPLICATION;
        }
        Phrase topic = first ? o.topic() : dice.pick(o.theme().topics());
        Phrase method = first ? o.method() : dice.pick(o.theme().methods());
        Phrase application = first ? o.application() : dice.pick(o.theme().applications());
        int trl = switch (type) {
            case PATENT -> dice.between(4, 8);
            case PATENT_APPLICATION, BIOLOGICAL_MATERIAL -> dice.between(1, 6);
            case SOFTWARE -> dice.between(4, 9);
            case DATA_SET, KNOW_HOW -> dice.between(3, 7);
            case DESIGN, TRADEMARK -> dice.between(6, 9);
        };
        Licensing licensing = Licensing.values()[dice.weighted(20, 35, 25, 20)];
        Confidentiality confidentiality = confidentiality(p.confidentiality());
        boolean open = confidentiality == Confidentiality.PUBLIC;
        LocalizedText summary = open ? DemoTexts.publicSummary(type, topic, method, application, trl, licensing) : null;
        boolean described = open && licensing.isAvailable();
        IpAssetDetails details = new IpAssetDetails(
                o.position(),
                type,
                DemoTexts.assetTitle(type, topic, method),
                DemoTexts.assetAbstract(type, topic, method, p.code()),
                summary,
                described ? DemoTexts.problemSolved(topic, application) : null,
                described ? DemoTexts.advantages(method) : null,
                described ? DemoTexts.applications(application) : null,
                trl,
                licensing,
                confidentiality,
                filings.filings(type, created),
                type == AssetType.TRADEMARK ? List.of() : inventors(o.staff()));
        return new DemoDataSet.Asset(details, ownership(p.participants(), created));
    }

    /** Never more open than the project: a public project's assets are mostly public. */
    private Confidentiality confidentiality(Confidentiality project) {
        return switch (project) {
            case PUBLIC -> Confidentiality.values()[dice.weighted(78, 15, 7)];
            case CONSORTIUM -> dice.chance(0.75) ? Confidentiality.CONSORTIUM : Confidentiality.CONFIDENTIAL;
            case CONFIDENTIAL -> Confidentiality.CONFIDENTIAL;
        };
    }

    /** One to five of the project's researchers (the PI usually among them), with shares summing to 10,000 bp. */
    private List<InventorDetails> inventors(List<StaffingDetails> staff) {
        List<StaffingDetails> researchers = staff.stream()
                .filter(s -> s.role() != StaffRole.ENGINEER || dice.chance(0.3))
                .toList();
        List<StaffingDetails> chosen = new ArrayList<>();
        if (dice.chance(0.75)) {
            staff.stream().filter(s -> s.role() == StaffRole.PI).findFirst().ifPresent(chosen::add);
        }
        int wanted = Math.min(dice.between(1, 5), researchers.size());
        for (StaffingDetails s : dice.sample(researchers, wanted)) {
            if (chosen.size() < wanted && !chosen.contains(s)) {
                chosen.add(s);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(staff.get(0));
        }
        List<Integer> split = shares.split(chosen.size());
        List<InventorDetails> result = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            result.add(new InventorDetails(chosen.get(i).personId(), split.get(i)));
        }
        return result;
    }

    /** The first owners from the asset's creation, then sometimes a second and a third version. */
    private List<OwnershipChange> ownership(List<ParticipantDetails> participants, LocalDate created) {
        long lead = participants.stream()
                .filter(p -> p.role() == ParticipantRole.LEAD)
                .findFirst()
                .orElseThrow()
                .institutionId();
        List<ParticipantDetails> others = participants.stream()
                .filter(p -> p.role() == ParticipantRole.PARTNER || p.role() == ParticipantRole.INDUSTRY_PARTNER)
                .toList();
        List<Long> owners = new ArrayList<>(List.of(lead));
        dice.sample(others, dice.between(0, Math.min(2, others.size()))).forEach(p -> owners.add(p.institutionId()));
        List<OwnershipChange> versions = new ArrayList<>();
        versions.add(change(owners, created, "Initial ownership under the project's collaboration agreement"));
        LocalDate date = created;
        for (int v = 2; v <= 3 && dice.chance(v == 2 ? 0.4 : 0.35); v++) {
            date = date.plusMonths(dice.between(3, 18));
            if (date.isAfter(DemoGenerator.REFERENCE)) {
                break;
            }
            List<ParticipantDetails> outside = others.stream()
                    .filter(p -> !owners.contains(p.institutionId()))
                    .toList();
            String reason;
            if (v == 2 && !outside.isEmpty() && owners.size() < 3) {
                ParticipantDetails joining = dice.pick(outside);
                owners.add(joining.institutionId());
                reason = joining.role() == ParticipantRole.INDUSTRY_PARTNER
                        ? "Industry partner exercised its option to co-own the result"
                        : "Partner's contribution recognised after an inventorship review";
            } else if (owners.size() > 1 && dice.chance(0.5)) {
                owners.remove(owners.size() - 1);
                reason = "A co-owner assigned its share to the remaining owners";
            } else {
                reason = "Shares adjusted under a supplementary agreement";
            }
            versions.add(change(owners, date, reason));
        }
        return versions;
    }

    private OwnershipChange change(List<Long> owners, LocalDate from, String reason) {
        List<Integer> split = shares.split(owners.size());
        List<ShareDetails> lines = new ArrayList<>();
        for (int i = 0; i < owners.size(); i++) {
            lines.add(new ShareDetails(owners.get(i), split.get(i)));
        }
        return new OwnershipChange(lines, from, reason);
    }
}
