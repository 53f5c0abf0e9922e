package org.hetao.registry.institution;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.common.LocalizedTextColumns;
import org.hetao.registry.common.RegistryRecord;
import org.hetao.registry.common.Violations;

/** A university, research institute, enterprise, hospital or government body. */
@Entity
@Table(name = "institution")
public class Institution extends RegistryRecord {
    public static final String KIND = "institution";

    @Column(name = "short_name", nullable = false, length = 32)
    private String shortName;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false, length = 300)),
        @AttributeOverride(name = "zhHant", column = @Column(name = "name_zh_hant", length = 300)),
        @AttributeOverride(name = "zhHans", column = @Column(name = "name_zh_hans", length = 300))
    })
    private LocalizedTextColumns name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InstitutionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Jurisdiction jurisdiction;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "ror_id", length = 9)
    private String rorId;

    @Embedded
    private PublicContact publicContact;
    /** The everyday names, one a line ({@link InstitutionAliases}). */
    @Column(length = 1300)
    private String aliases;

    protected Institution() {}

    public Institution(InstitutionDetails details) {
        describe(details);
    }

    /** Replaces every descriptive field; each value is checked, every fault reported together, before anything changes. */
    public final void describe(InstitutionDetails d) {
        Violations v = new Violations();
        String shortNameValue = v.check(() -> Checks.requireText("shortName", d.shortName(), 32));
        if (shortNameValue != null && !shortNameValue.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} .&()-]*")) {
            v.add(
                    "shortName",
                    ErrorCode.INSTITUTION_SHORT_NAME_FORMAT,
                    "may hold letters, digits, spaces and . & ( ) - only");
        }
        LocalizedText names =
                v.check(() -> LocalizedText.of("name", d.nameEn(), d.nameZhHant(), d.nameZhHans(), 300, true));
        InstitutionKind kindValue = v.check(() -> Checks.require("kind", d.kind()));
        Jurisdiction jurisdictionValue = v.check(() -> Checks.require("jurisdiction", d.jurisdiction()));
        String countryValue = jurisdictionValue == null ? null : v.check(() -> country(jurisdictionValue, d.country()));
        String ror = v.check(() -> RorId.normalize("rorId", d.rorId()));
        v.throwIfAny();

        this.shortName = shortNameValue;
        this.name = LocalizedTextColumns.of(names);
        this.kind = kindValue;
        this.jurisdiction = jurisdictionValue;
        this.country = countryValue;
        this.rorId = ror;
    }

    private static String country(Jurisdiction jurisdiction, String value) {
        String c = Checks.requireText("country", value, 2).toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{2}")
                || !java.util.Set.of(Locale.getISOCountries()).contains(c)) {
            throw new InvalidValueException(
                    "country",
                    ErrorCode.INSTITUTION_COUNTRY_FORMAT,
                    "must be an ISO 3166-1 alpha-2 code such as HK or CN");
        }
        String expected = switch (jurisdiction) {
            case HK -> "HK";
            case MAINLAND -> "CN";
            case MACAO -> "MO";
            case OVERSEAS -> null;
        };
        if (expected != null && !expected.equals(c)) {
            throw new InvalidValueException(
                    "country",
                    ErrorCode.INSTITUTION_COUNTRY_JURISDICTION,
                    "must be " + expected + " for jurisdiction " + jurisdiction,
                    Map.of("expected", String.valueOf(expected), "jurisdiction", jurisdiction.name()));
        }
        if (expected == null && java.util.Set.of("HK", "CN", "MO").contains(c)) {
            throw new InvalidValueException(
                    "country",
                    ErrorCode.INSTITUTION_COUNTRY_OVERSEAS,
                    "an OVERSEAS institution cannot be in " + c,
                    Map.of("country", c));
        }
        return c;
    }

    public InstitutionDetails details() {
        LocalizedText n = getName();
        return new InstitutionDetails(shortName, n.en(), n.zhHant(), n.zhHans(), kind, jurisdiction, country, rorId);
    }

    public String getShortName() {
        return shortName;
    }

    public LocalizedText getName() {
        return LocalizedTextColumns.text(name);
    }

    public InstitutionKind getKind() {
        return kind;
    }

    public Jurisdiction getJurisdiction() {
        return jurisdiction;
    }

    public String getCountry() {
        return country;
    }

    /**
     * Publishes where investors reach the office about licensing, replacing what was published; every field
     * blank withdraws it. Checked before anything changes.
     */
    public void changePublicContact(PublicContactDetails details) {
        this.publicContact = PublicContact.of(details);
    }

    /** The published licensing contact, if any. */
    public Optional<PublicContact> getPublicContact() {
        return Optional.ofNullable(publicContact);
    }

    public String getRorId() {
        return rorId;
    }

    /**
     * Replaces the everyday names the institution is also known by (empty: none); checked, every fault
     * reported together, before anything changes.
     */
    public void changeAliases(List<String> values) {
        this.aliases = InstitutionAliases.stored(InstitutionAliases.check(values, shortName));
    }

    /** The everyday names, in the order given; empty when none. */
    public List<String> getAliases() {
        return InstitutionAliases.read(aliases);
    }
}
