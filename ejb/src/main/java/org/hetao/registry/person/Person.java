package org.hetao.registry.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.RegistryRecord;
import org.hetao.registry.common.Violations;

/** A researcher or member of staff, with a home institution. */
@Entity
@Table(name = "person")
public class Person extends RegistryRecord {
    public static final String KIND = "person";
    private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+";

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "name_zh", length = 200)
    private String nameZh;

    @Column(length = 19)
    private String orcid;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(length = 254)
    private String email;

    protected Person() {}

    public Person(PersonDetails details) {
        describe(details);
    }

    /** Replaces every field; each value is checked, every fault reported together, before anything changes. */
    public final void describe(PersonDetails d) {
        Violations v = new Violations();
        String en = v.check(() -> Checks.requireText("nameEn", d.nameEn(), 200));
        String zh = v.check(() -> Checks.optionalText("nameZh", d.nameZh(), 200));
        String id = v.check(() -> Orcid.normalize("orcid", d.orcid()));
        Long institution = v.check(() -> Checks.require("institutionId", d.institutionId()));
        String mail = v.check(() -> Checks.optionalText("email", d.email(), 254));
        if (mail != null && !mail.matches(EMAIL)) {
            v.add("email", ErrorCode.EMAIL, "is not an e-mail address");
        }
        v.throwIfAny();
        this.nameEn = en;
        this.nameZh = zh;
        this.orcid = id;
        this.institutionId = institution;
        this.email = mail;
    }

    public PersonDetails details() {
        return new PersonDetails(nameEn, nameZh, orcid, institutionId, email);
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getOrcid() {
        return orcid;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public String getEmail() {
        return email;
    }
}
