package org.hetao.registry.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.common.ReferenceNotFoundException;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.common.Violations;
import org.hetao.registry.institution.InstitutionRepository;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectAccess;
import org.hetao.registry.project.ProjectRepository;

/**
 * Records transfers across the boundary and moves them on. Whoever may read a transfer's project reads
 * the transfer ({@link ProjectAccess}); the sending and receiving institutions must take part in the
 * project; only their offices (and administrators) write it: each consents for its own side, the
 * sender's office records that it was sent, the receiver's that it arrived, either refuses or cancels
 * it before it is sent. Every change is audited.
 */
@Stateless
public class BoundaryTransferService {
    @Inject
    BoundaryTransferRepository transfers;

    @Inject
    ProjectRepository projects;

    @Inject
    InstitutionRepository institutions;

    @Inject
    AccessGuard access;

    @Inject
    ChangeRecorder changes;

    private final RegistryClock clock = new RegistryClock();

    /**
     * A page of the transfers the caller may read, with these filters: a project the caller may not read
     * has, to it, no transfers, as one that does not exist.
     */
    public Page<BoundaryTransfer> list(TransferFilter filter, PageRequest page) {
        return transfers.list(filter, page, access.scope());
    }

    /** Every transfer the caller may read with these filters, for an export. */
    public List<BoundaryTransfer> export(TransferFilter filter) {
        return transfers.all(filter, access.scope());
    }

    /**
     * Whether the caller sees which office accounts consented to, refused or cancelled a transfer: everyone
     * but investors, who read the transfers of public projects without the offices' people.
     */
    public boolean seesAccounts() {
        return access.seesInternalFields();
    }

    /** The short names of the transfers' institutions and the codes of their projects (all readable with them). */
    public TransferNames names(List<BoundaryTransfer> list) {
        return new TransferNames(
                institutions.shortNames(list.stream()
                        .flatMap(t -> Stream.of(t.getFromInstitutionId(), t.getToInstitutionId()))
                        .distinct()
                        .toList()),
                projects.codes(list.stream()
                        .map(BoundaryTransfer::getProjectId)
                        .distinct()
                        .toList()));
    }

    /** The transfer, if the caller may read its project; otherwise "not found". */
    public BoundaryTransfer get(long id) {
        BoundaryTransfer t = transfers.get(id);
        try {
            readableProject(t.getProjectId());
        } catch (NotFoundException e) {
            throw new NotFoundException(BoundaryTransfer.KIND, id);
        }
        return t;
    }

    /** A DRAFT transfer of the project, by the office of its sender or receiver (or an administrator). */
    public BoundaryTransfer create(Long projectId, TransferDetails details) {
        if (projectId == null) {
            throw new InvalidValueException(
                    "projectId", ErrorCode.REQUIRED, "is required: the project the transfer is for");
        }
        Project project;
        try {
            project = readableProject(projectId);
        } catch (NotFoundException e) {
            // a project the caller may not read is, to it, not there: the same answer as a wrong id
            throw new ReferenceNotFoundException("projectId", Project.KIND, projectId);
        }
        BoundaryTransfer t = new BoundaryTransfer(projectId, details);
        checkParticipants(project, t);
        access.checkWrite(BoundaryTransfer.KIND, 0, t.parties());
        transfers.add(t);
        transfers.flush();
        changes.created(BoundaryTransfer.KIND, t.getId(), TransferRecord.of(t));
        return t;
    }

    /** Replaces a DRAFT's description; the consents given are withdrawn. */
    public BoundaryTransfer update(long id, long expectedVersion, TransferDetails details) {
        BoundaryTransfer t = writable(id, null);
        t.checkVersion(BoundaryTransfer.KIND, expectedVersion);
        TransferRecord before = TransferRecord.of(t);
        t.describe(details);
        checkParticipants(projects.get(t.getProjectId()), t);
        // the office stays a party of what it wrote
        access.checkWrite(BoundaryTransfer.KIND, id, t.parties());
        return saved(t, before);
    }

    /**
     * The consent of an institution's office for the side(s) its institution is party to: a TTO for its
     * own institution; an administrator names the institution it records the consent of.
     */
    public BoundaryTransfer approve(long id, long expectedVersion, Long institutionId) {
        Long own = access.ownInstitution();
        if (own != null && institutionId != null) {
            access.checkActsFor("institutionId", institutionId);
        }
        Long party = own != null ? own : institutionId;
        if (party == null) {
            throw new InvalidValueException(
                    "institutionId", ErrorCode.REQUIRED, "is required: the institution whose consent is recorded");
        }
        BoundaryTransfer t = writable(id, null);
        t.checkVersion(BoundaryTransfer.KIND, expectedVersion);
        TransferRecord before = TransferRecord.of(t);
        t.approve(party, access.actorName(), clock.now());
        return saved(t, before);
    }

    /**
     * Moves the transfer on: IN_TRANSIT (the sender's office, with the day sent), RECEIVED (the
     * receiver's office, with the day received), REFUSED or CANCELLED (either party's office, with an
     * optional note). APPROVED comes from the parties' consents ({@link #approve}).
     */
    public BoundaryTransfer move(long id, long expectedVersion, TransferStatus to, LocalDate date, String note) {
        // a transfer the caller may not read is "not found", whatever the request says
        BoundaryTransfer peek = get(id);
        Violations v = new Violations();
        if (to == null || to == TransferStatus.DRAFT || to == TransferStatus.APPROVED) {
            v.add(
                    "status",
                    to == null ? ErrorCode.REQUIRED : ErrorCode.ONE_OF,
                    "must be IN_TRANSIT, RECEIVED, REFUSED or CANCELLED (a transfer is APPROVED by its parties' consents)",
                    Map.of("allowed", List.of("IN_TRANSIT", "RECEIVED", "REFUSED", "CANCELLED")));
        } else if ((to == TransferStatus.IN_TRANSIT || to == TransferStatus.RECEIVED) && date == null) {
            v.add(
                    "date",
                    ErrorCode.REQUIRED,
                    "is required: the day the transfer was " + (to == TransferStatus.IN_TRANSIT ? "sent" : "received"));
        } else if ((to == TransferStatus.REFUSED || to == TransferStatus.CANCELLED) && date != null) {
            v.add("date", ErrorCode.NOT_APPLICABLE, "is left out when a transfer is " + to);
        }
        v.throwIfAny();
        Long only = to == TransferStatus.IN_TRANSIT
                ? Long.valueOf(peek.getFromInstitutionId())
                : to == TransferStatus.RECEIVED ? Long.valueOf(peek.getToInstitutionId()) : null;
        BoundaryTransfer t = writable(id, only);
        t.checkVersion(BoundaryTransfer.KIND, expectedVersion);
        TransferRecord before = TransferRecord.of(t);
        switch (to) {
            case IN_TRANSIT -> t.send(date);
            case RECEIVED -> t.receive(date);
            case REFUSED -> t.refuse(access.actorName(), note);
            default -> t.cancel(access.actorName(), note);
        }
        return saved(t, before);
    }

    private BoundaryTransfer saved(BoundaryTransfer t, TransferRecord before) {
        transfers.flush();
        changes.updated(BoundaryTransfer.KIND, t.getId(), before, TransferRecord.of(t));
        return t;
    }

    /** The transfer, if the caller may write it: an office of one of its parties (of {@code only} when named). */
    private BoundaryTransfer writable(long id, Long only) {
        BoundaryTransfer t = get(id);
        access.checkWrite(BoundaryTransfer.KIND, id, only == null ? t.parties() : Set.of(only));
        return t;
    }

    private Project readableProject(long projectId) {
        Project project = projects.get(projectId);
        if (!ProjectAccess.readable(access, project)) {
            throw new NotFoundException(Project.KIND, projectId);
        }
        return project;
    }

    /** The sender and the receiver take part in the project. */
    private static void checkParticipants(Project project, BoundaryTransfer t) {
        Set<Long> participants = project.parties();
        Violations v = new Violations();
        notParticipant(v, "fromInstitutionId", t.getFromInstitutionId(), participants, project);
        notParticipant(v, "toInstitutionId", t.getToInstitutionId(), participants, project);
        v.throwIfAny();
    }

    static void notParticipant(
            Violations v, String field, long institutionId, Set<Long> participants, Project project) {
        if (!participants.contains(institutionId)) {
            v.add(
                    field,
                    ErrorCode.PROJECT_NOT_A_PARTICIPANT,
                    "institution " + institutionId + " takes no part in project " + project.getCode()
                            + "; add it to the project's participants first",
                    Map.of("allowed", participants.stream().sorted().toList()));
        }
    }
}
