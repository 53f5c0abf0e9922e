package org.hetao.registry.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Map;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.StaleVersionException;
import org.hetao.registry.institution.Jurisdiction;

/**
 * A person on a project's staff: role, share of full time, dates, the park where they work and,
 * for staff of a mainland institution working in the Hong Kong park, their white-list registration,
 * which must be APPROVED for the whole of the period worked there.
 * Its id comes from the registry-wide sequence; it has its own optimistic-lock version.
 */
@Entity
@Table(name = "staffing")
public class Staffing {
    public static final String KIND = "staffing";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_id")
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private StaffRole role;

    @Column(name = "fte_percent", nullable = false)
    private int ftePercent;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Park park;

    @Embedded
    private WhiteList whiteList;

    protected Staffing() {}

    Staffing(Project project, String field, StaffingDetails details, Jurisdiction home) {
        this.project = project;
        describe(field, details, home);
    }

    /**
     * Replaces every field; each value is checked before anything changes. {@code field} prefixes
     * the names in errors (e.g. {@code staffing[2]}, or empty); {@code home} is the jurisdiction of
     * the person's institution.
     */
    public final void describe(String field, StaffingDetails d, Jurisdiction home) {
        String prefix = field == null || field.isEmpty() ? "" : field + ".";
        Checks.require(field == null || field.isEmpty() ? "body" : field, d);
        long person = Checks.require(prefix + "personId", d.personId());
        StaffRole roleValue = Checks.require(prefix + "role", d.role());
        int fte = Checks.require(prefix + "ftePercent", d.ftePercent());
        if (fte < 1 || fte > 100) {
            throw new InvalidValueException(
                    prefix + "ftePercent", ErrorCode.RANGE, "must be between 1 and 100", Map.of("min", 1, "max", 100));
        }
        LocalDate start = Checks.require(prefix + "startDate", d.startDate());
        if (d.endDate() != null && d.endDate().isBefore(start)) {
            throw new InvalidValueException(
                    prefix + "endDate",
                    ErrorCode.DATE_ORDER,
                    "must not be before startDate (" + start + ")",
                    Map.of("after", "startDate", "min", start.toString()));
        }
        Park parkValue = Checks.require(prefix + "park", d.park());
        WhiteList registration =
                WhiteList.of(prefix + "whiteList", d.whiteListStatus(), d.whiteListFrom(), d.whiteListUntil());
        if (registration == null && home == Jurisdiction.MAINLAND && parkValue == Park.HK_PARK) {
            throw new InvalidValueException(
                    prefix + "whiteList.status",
                    ErrorCode.STAFF_WHITE_LIST_REQUIRED,
                    "is required: staff of a mainland institution who work in the Hong Kong park need a white-list registration");
        }
        if (registration != null && home == Jurisdiction.MAINLAND && parkValue == Park.HK_PARK) {
            registration.checkCovers(prefix + "whiteList", start, d.endDate());
        }
        this.personId = person;
        this.role = roleValue;
        this.ftePercent = fte;
        this.startDate = start;
        this.endDate = d.endDate();
        this.park = parkValue;
        this.whiteList = registration;
    }

    /** Written by {@link ProjectWrites}: its id and version 1, as persisting it would have given them. */
    void stored(long newId) {
        if (id != null) {
            throw new IllegalStateException("staffing " + id + " is stored already");
        }
        id = newId;
        version = 1;
    }

    /** Fails with {@link StaleVersionException} unless {@code expected} is this line's version. */
    public void checkVersion(long expected) {
        if (expected != version) {
            throw new StaleVersionException(KIND, id, expected, version);
        }
    }

    public StaffingDetails details() {
        WhiteList w = whiteList;
        return new StaffingDetails(
                personId,
                role,
                ftePercent,
                startDate,
                endDate,
                park,
                w == null ? null : w.getStatus(),
                w == null ? null : w.getValidFrom(),
                w == null ? null : w.getValidUntil());
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Project getProject() {
        return project;
    }

    public long getPersonId() {
        return personId;
    }

    public StaffRole getRole() {
        return role;
    }

    public int getFtePercent() {
        return ftePercent;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Park getPark() {
        return park;
    }

    /** Whether this line has the person working in the Hong Kong park on {@code day}. */
    public boolean worksInTheHongKongParkOn(LocalDate day) {
        return park == Park.HK_PARK && !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }

    /** The white-list registration, or null when none is recorded. */
    public WhiteList getWhiteList() {
        return whiteList;
    }
}
