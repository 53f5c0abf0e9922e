package org.hetao.registry.ipasset;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hetao.registry.common.BasisPoints;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.common.LocalizedTextColumns;
import org.hetao.registry.common.RegistryRecord;
import org.hetao.registry.common.Violations;

/**
 * A result of a project — patent, software, data set, know-how… — with its filings, its inventors'
 * contributions (basis points summing to exactly 10,000 when inventors are listed), its technology
 * readiness level and whether it can be licensed. Its owners are kept as dated versions in
 * {@code org.hetao.registry.ownership}.
 */
@Entity
@Table(name = "ip_asset")
public class IpAsset extends RegistryRecord {
    public static final String KIND = "IP asset";
    /** The asset's kind in the audit trail and the outbox. */
    public static final String KIND_NAME = "ip-asset";

    static final int MAX_LINES = 50;
    static final int MAX_PRIORITIES = 20;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "asset_type", nullable = false, length = 24)
    private AssetType type;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "title_en", nullable = false, length = 500)),
        @AttributeOverride(name = "zhHant", column = @Column(name = "title_zh_hant", length = 500)),
        @AttributeOverride(name = "zhHans", column = @Column(name = "title_zh_hans", length = 500))
    })
    private LocalizedTextColumns title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "abstract_en", length = 10000)),
        @AttributeOverride(name = "zhHant", column = @Column(name = "abstract_zh_hant", length = 10000)),
        @AttributeOverride(name = "zhHans", column = @Column(name = "abstract_zh_hans", length = 10000))
    })
    private LocalizedTextColumns abstractText;

    @Embedded
    private InvestorTexts investorTexts;

    @Column(name = "readiness_level", nullable = false)
    private int readinessLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Licensing licensing;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Confidentiality confidentiality;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ip_filing", joinColumns = @JoinColumn(name = "ip_asset_id"))
    @OrderColumn(name = "position")
    private List<Filing> filings = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ip_filing_priority", joinColumns = @JoinColumn(name = "ip_asset_id"))
    @OrderColumn(name = "position")
    private List<PriorityClaim> priorities = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ip_inventor", joinColumns = @JoinColumn(name = "ip_asset_id"))
    private List<Inventor> inventors = new ArrayList<>();

    protected IpAsset() {}

    public IpAsset(IpAssetDetails details) {
        describe(details);
    }

    /** Replaces every descriptive field; each value is checked, every fault reported together, before anything changes. */
    public final void describe(IpAssetDetails d) {
        Violations v = new Violations();
        Long project = v.check(() -> Checks.require("projectId", d.projectId()));
        AssetType assetType = v.check(() -> Checks.require("type", d.type()));
        LocalizedText t = v.check(() -> Checks.require("title", d.title()));
        LocalizedText title =
                t == null ? null : v.check(() -> LocalizedText.of("title", t.en(), t.zhHant(), t.zhHans(), 500, true));
        LocalizedText a = d.abstractText() == null ? new LocalizedText(null, null, null) : d.abstractText();
        LocalizedText abstractText =
                v.check(() -> LocalizedText.of("abstract", a.en(), a.zhHant(), a.zhHans(), 10000, false));
        InvestorTexts texts =
                v.check(() -> InvestorTexts.of(d.publicSummary(), d.problemSolved(), d.advantages(), d.applications()));
        Integer trl = v.check(() -> Checks.require("readinessLevel", d.readinessLevel()));
        if (trl != null && (trl < 1 || trl > 9)) {
            v.add(
                    "readinessLevel",
                    ErrorCode.RANGE,
                    "must be a technology readiness level from 1 to 9",
                    Map.of("min", 1, "max", 9));
        }
        Licensing licensingValue = v.check(() -> Checks.require("licensing", d.licensing()));
        Confidentiality confidentialityValue = v.check(() -> Checks.require("confidentiality", d.confidentiality()));
        if (licensingValue != null
                && licensingValue.isAvailable()
                && confidentialityValue == Confidentiality.PUBLIC
                && texts != null
                && texts.summary().isEmpty()) {
            v.add(
                    "publicSummary",
                    ErrorCode.ASSET_PUBLIC_SUMMARY_REQUIRED,
                    "is required (in at least one language) for a public asset offered for licensing: it is what an investor reads first");
        }
        FilingLines filingLines = v.check(() -> filings(d.filings()));
        List<Inventor> inventorLines = v.check(() -> inventors(d.inventors()));
        v.throwIfAny();

        this.projectId = project;
        this.type = assetType;
        this.title = LocalizedTextColumns.of(title);
        this.abstractText = LocalizedTextColumns.of(abstractText);
        this.investorTexts = texts;
        this.readinessLevel = trl;
        this.licensing = licensingValue;
        this.confidentiality = confidentialityValue;
        this.filings.clear();
        this.filings.addAll(filingLines.filings());
        this.priorities.clear();
        this.priorities.addAll(filingLines.priorities());
        this.inventors.clear();
        this.inventors.addAll(inventorLines);
    }

    private record FilingLines(List<Filing> filings, List<PriorityClaim> priorities) {}

    /** The filings and their priority claims; every fault of every line is reported together. */
    private static FilingLines filings(List<FilingDetails> lines) {
        List<FilingDetails> values = lines == null ? List.of() : lines;
        if (values.size() > MAX_LINES) {
            throw new InvalidValueException(
                    "filings", ErrorCode.COUNT, "may hold at most " + MAX_LINES + " filings", Map.of("max", MAX_LINES));
        }
        Violations v = new Violations();
        List<Filing> result = new ArrayList<>();
        List<PriorityClaim> claims = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String field = "filings[" + i + "]";
            int position = i;
            Filing filing = v.check(() -> Filing.of(field, values.get(position)));
            if (filing == null) {
                continue;
            }
            result.add(filing);
            List<PriorityClaimDetails> stated = values.get(i).docket().priorities();
            if (stated.size() > MAX_PRIORITIES) {
                v.add(
                        field + ".priorities",
                        ErrorCode.COUNT,
                        "may hold at most " + MAX_PRIORITIES + " priority claims",
                        Map.of("max", MAX_PRIORITIES));
                continue;
            }
            for (int j = 0; j < stated.size(); j++) {
                String claimField = field + ".priorities[" + j + "]";
                PriorityClaimDetails claim = stated.get(j);
                PriorityClaim c = v.check(() -> PriorityClaim.of(claimField, position, claim));
                if (c != null) {
                    v.check(() -> {
                        PriorityClaim.checkAgainst(
                                claimField + ".date",
                                c.getDate(),
                                filing.getFilingDate(),
                                filing.claimsParisPriority());
                        return c;
                    });
                    claims.add(c);
                }
            }
        }
        v.throwIfAny();
        return new FilingLines(result, claims);
    }

    private static List<Inventor> inventors(List<InventorDetails> lines) {
        List<InventorDetails> values = lines == null ? List.of() : lines;
        if (values.isEmpty()) {
            return List.of();
        }
        if (values.size() > MAX_LINES) {
            throw new InvalidValueException(
                    "inventors",
                    ErrorCode.COUNT,
                    "may hold at most " + MAX_LINES + " inventors",
                    Map.of("max", MAX_LINES));
        }
        BasisPoints.checkShares("inventors", "personId", values, InventorDetails::personId, InventorDetails::shareBp);
        return values.stream().map(v -> new Inventor(v.personId(), v.shareBp())).toList();
    }

    public IpAssetDetails details() {
        InvestorTexts texts = getInvestorTexts();
        return new IpAssetDetails(
                projectId,
                type,
                getTitle(),
                getAbstract(),
                texts.summary(),
                texts.problemSolved(),
                texts.advantages(),
                texts.applications(),
                readinessLevel,
                licensing,
                confidentiality,
                filingDetails(),
                inventors.stream().map(Inventor::details).toList());
    }

    private List<FilingDetails> filingDetails() {
        List<FilingDetails> out = new ArrayList<>();
        for (int i = 0; i < filings.size(); i++) {
            int position = i;
            out.add(filings.get(i)
                    .details(priorities.stream()
                            .filter(c -> c.getFilingPosition() == position)
                            .map(PriorityClaim::details)
                            .toList()));
        }
        return out;
    }

    /** The priority claims of the filing at {@code position} (in the order of {@link #getFilings()}). */
    public List<PriorityClaim> prioritiesOf(int position) {
        return priorities.stream()
                .filter(c -> c.getFilingPosition() == position)
                .toList();
    }

    /** Public and open to a new licensee: what an investor may find. */
    public boolean isOfferedPublicly() {
        return confidentiality == Confidentiality.PUBLIC && licensing.isAvailable();
    }

    public long getProjectId() {
        return projectId;
    }

    public AssetType getType() {
        return type;
    }

    public LocalizedText getTitle() {
        return LocalizedTextColumns.text(title);
    }

    public LocalizedText getAbstract() {
        return LocalizedTextColumns.text(abstractText);
    }

    /** The public summary, in up to three languages. */
    public LocalizedText getPublicSummary() {
        return getInvestorTexts().summary();
    }

    /** The public summary, problem solved, advantages and applications. */
    public InvestorTexts getInvestorTexts() {
        // JPA leaves an embedded object null when all its columns are null
        return investorTexts == null ? InvestorTexts.of(null, null, null, null) : investorTexts;
    }

    /** The protection the filings give: derived, never stored. */
    public IpStatus getIpStatus() {
        return IpStatus.of(filings);
    }

    public int getReadinessLevel() {
        return readinessLevel;
    }

    public Licensing getLicensing() {
        return licensing;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public List<Filing> getFilings() {
        return List.copyOf(filings);
    }

    public List<Inventor> getInventors() {
        return List.copyOf(inventors);
    }
}
