package org.hetao.registry.project;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.common.LocalizedTextColumns;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.RegistryRecord;
import org.hetao.registry.common.Violations;
import org.hetao.registry.institution.Jurisdiction;

/**
 * A joint research project: what it is about, where and when it runs, who takes part (exactly one
 * LEAD, each institution once), how it is funded, and its staff.
 */
@Entity
@Table(name = "project")
public class Project extends RegistryRecord {
    public static final String KIND = "project";
    static final int MAX_KEYWORDS = 30;
    static final int MAX_LINES = 50;
    private static final String CODE = "[A-Z][A-Z0-9]*(-[A-Z0-9]+)*";

    @Column(nullable = false, length = 32)
    private String code;

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Site site;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProjectStatus status;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Confidentiality confidentiality;

    @ElementCollection
    @CollectionTable(name = "project_keyword", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "keyword", nullable = false, length = 100)
    private Set<String> keywords = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "project_sector", joinColumns = @JoinColumn(name = "project_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "sector", nullable = false, length = 32)
    private Set<Sector> sectors = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "project_participant", joinColumns = @JoinColumn(name = "project_id"))
    private List<Participant> participants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_funding", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<Funding> funding = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Staffing> staff = new ArrayList<>();

    protected Project() {}

    public Project(ProjectDetails details) {
        describe(details);
    }

    /** Replaces every descriptive field; each value is checked, every fault reported together, before anything changes. */
    public final void describe(ProjectDetails d) {
        Violations v = new Violations();
        String codeValue = v.check(() -> normalizeCode(d.code()));
        LocalizedText t = d.title() == null ? new LocalizedText(null, null, null) : d.title();
        LocalizedText title = v.check(() -> LocalizedText.of("title", t.en(), t.zhHant(), t.zhHans(), 500, true));
        LocalizedText a = d.abstractText() == null ? new LocalizedText(null, null, null) : d.abstractText();
        LocalizedText summary =
                v.check(() -> LocalizedText.of("abstract", a.en(), a.zhHant(), a.zhHans(), 10000, false));
        Set<String> keywordValues = v.check(() -> ProjectLines.keywords(d.keywords(), MAX_KEYWORDS));
        Set<Sector> sectorValues = v.check(() -> ProjectLines.sectors(d.sectors()));
        Site siteValue = v.check(() -> Checks.require("site", d.site()));
        ProjectStatus statusValue = v.check(() -> Checks.require("status", d.status()));
        LocalDate start = v.check(() -> Checks.require("startDate", d.startDate()));
        if (start != null && d.endDate() != null && d.endDate().isBefore(start)) {
            v.add(
                    "endDate",
                    ErrorCode.DATE_ORDER,
                    "must not be before startDate (" + start + ")",
                    Map.of("after", "startDate", "min", start.toString()));
        }
        Confidentiality confidentialityValue = v.check(() -> Checks.require("confidentiality", d.confidentiality()));
        List<Participant> participantValues = v.check(() -> ProjectLines.participants(d.participants(), MAX_LINES));
        List<Funding> fundingValues = v.check(() -> ProjectLines.funding(d.funding(), MAX_LINES));
        v.throwIfAny();

        this.code = codeValue;
        this.title = LocalizedTextColumns.of(title);
        this.abstractText = LocalizedTextColumns.of(summary);
        replace(keywords, keywordValues);
        replace(sectors, sectorValues);
        this.site = siteValue;
        this.status = statusValue;
        this.startDate = start;
        this.endDate = d.endDate();
        this.confidentiality = confidentialityValue;
        replace(participants, participantValues);
        funding.clear();
        funding.addAll(fundingValues);
    }

    /** A project code: upper-case letters, digits and single hyphens, starting with a letter, e.g. HT-2025-0042. */
    public static String normalizeCode(String value) {
        String c = Checks.requireText("code", value, 32).toUpperCase(Locale.ROOT);
        if (!c.matches(CODE)) {
            throw new InvalidValueException(
                    "code",
                    ErrorCode.PROJECT_CODE_FORMAT,
                    "must be upper-case letters, digits and single hyphens, starting with a letter, e.g. HT-2025-0042");
        }
        return c;
    }

    /** Changes a collection in place to hold the values, leaving elements that stay untouched. */
    private static <T> void replace(Collection<T> current, Collection<T> values) {
        current.retainAll(values);
        for (T v : values) {
            if (!current.contains(v)) {
                current.add(v);
            }
        }
    }

    /** Written by {@link ProjectWrites}: its id and creation time. */
    void storedAs(long id, OffsetDateTime at) {
        stored(id, at);
    }

    /** Adds a person to the staff; {@code home} is the jurisdiction of the person's institution. */
    public Staffing addStaff(String field, StaffingDetails details, Jurisdiction home) {
        Staffing s = new Staffing(this, field, details, home);
        staff.add(s);
        return s;
    }

    /** The staffing line with this id on this project's staff. */
    public Staffing staffMember(long staffingId) {
        return staff.stream()
                .filter(s -> s.getId() != null && s.getId() == staffingId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No staffing " + staffingId + " on project " + getId()));
    }

    public void removeStaff(Staffing s) {
        staff.remove(s);
    }

    public ProjectDetails details() {
        return new ProjectDetails(
                code,
                getTitle(),
                getAbstract(),
                getKeywords(),
                getSectors(),
                site,
                status,
                startDate,
                endDate,
                confidentiality,
                getParticipants().stream().map(Participant::details).toList(),
                getFunding().stream().map(Funding::details).toList());
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getTitle() {
        return LocalizedTextColumns.text(title);
    }

    public LocalizedText getAbstract() {
        return LocalizedTextColumns.text(abstractText);
    }

    /** The keywords in alphabetical order. */
    public List<String> getKeywords() {
        return keywords.stream().sorted().toList();
    }

    public List<Sector> getSectors() {
        return sectors.stream().sorted().toList();
    }

    public Site getSite() {
        return site;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    /** The participants, the LEAD first, then by role and institution id. */
    /** The institutions that take part in the project. */
    public java.util.Set<Long> parties() {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        participants.forEach(p -> ids.add(p.getInstitutionId()));
        return ids;
    }

    /** Whether the role of each institution already on the project is the same in {@code d}. */
    public java.util.Optional<Long> firstChangedRoleOtherThan(long institutionId, ProjectDetails d) {
        for (Participant p : participants) {
            if (p.getInstitutionId() == institutionId) {
                continue;
            }
            boolean same = d.participants() != null
                    && d.participants().stream()
                            .anyMatch(n -> n != null
                                    && n.institutionId() != null
                                    && n.institutionId() == p.getInstitutionId()
                                    && n.role() == p.getRole());
            if (!same) {
                return java.util.Optional.of(p.getInstitutionId());
            }
        }
        return java.util.Optional.empty();
    }

    public List<Participant> getParticipants() {
        return participants.stream()
                .sorted(Comparator.comparing(Participant::getRole).thenComparing(Participant::getInstitutionId))
                .toList();
    }

    public long getLeadInstitutionId() {
        return participants.stream()
                .filter(Participant::isLead)
                .findFirst()
                .orElseThrow()
                .getInstitutionId();
    }

    public List<Funding> getFunding() {
        return List.copyOf(funding);
    }

    public List<Staffing> getStaff() {
        return List.copyOf(staff);
    }
}
