package org.hetao.registry.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.hetao.registry.common.Checks;

/**
 * An institution taking part in a project, with its role. The lead marker is TRUE for the LEAD and
 * NULL otherwise, so the database's unique key on (project, marker) admits one LEAD per project.
 */
@Embeddable
public class Participant {
    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private ParticipantRole role;

    @Column(name = "lead_marker")
    private Boolean leadMarker;

    protected Participant() {}

    /** A participant from what a client stated at {@code field} (e.g. {@code participants[1]}). */
    static Participant of(String field, ParticipantDetails d) {
        ParticipantDetails line = Checks.require(field, d);
        Participant p = new Participant();
        p.institutionId = Checks.require(field + ".institutionId", line.institutionId());
        p.role = Checks.require(field + ".role", line.role());
        p.leadMarker = p.role == ParticipantRole.LEAD ? Boolean.TRUE : null;
        return p;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public boolean isLead() {
        return role == ParticipantRole.LEAD;
    }

    public ParticipantDetails details() {
        return new ParticipantDetails(institutionId, role);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Participant p && p.institutionId == institutionId && p.role == role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(institutionId, role);
    }
}
