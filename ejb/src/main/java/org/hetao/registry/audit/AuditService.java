package org.hetao.registry.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.Caller;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;

/** Reads the audit trail, exports it and verifies its chain. */
@Stateless
public class AuditService {
    /** The kind of record an export of the trail is recorded as. */
    public static final String EXPORT_KIND = "audit export";
    /** The records an export reads at a time, each slice in a transaction of its own. */
    public static final int SLICE = 500;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @EJB
    private AuditAnchor anchor;

    @Inject
    AccessGuard access;

    /** Newest first. */
    public Page<AuditEntry> list(AuditFilter f, PageRequest page) {
        return AuditRecords.matching(em, f).page(page, "seq");
    }

    /** The kinds of record the trail names (for the filter's choice), in alphabetical order. */
    public List<String> kinds() {
        return AuditRecords.kinds(em);
    }

    /**
     * Records that the caller exports the trail with this filter, and returns the number of that
     * record: the export holds the matching records up to it, the export's own record included,
     * whatever is appended while it streams.
     */
    public long startExport(AuditFilter f, AuditExportFormat format) {
        Caller c = access.caller();
        anchor.chain()
                .append(
                        em,
                        new AuditEvent(
                                c == null ? "system" : c.username(),
                                c == null ? null : c.role().name(),
                                AuditAction.CREATE,
                                EXPORT_KIND,
                                null,
                                null,
                                describe(f, format)));
        return AuditChain.end(em).seq();
    }

    /** The next slice of an export: matching records after number {@code afterSeq} up to number {@code upToSeq}, oldest first. */
    public List<AuditEntry> exportSlice(AuditFilter f, long afterSeq, long upToSeq) {
        return AuditRecords.slice(em, f, afterSeq, upToSeq, SLICE);
    }

    /**
     * Recomputes every record's hash in order (keyed records with the audit key) and checks that
     * each links to the one before, that no number is missing, that the chain ends where the head
     * says and that it agrees with the checkpoints kept outside the database. Reports the first break.
     */
    public AuditVerification verify() {
        return anchor.chain().verify(em, anchor.checkpoints().all());
    }

    /** What an export's audit record says of it: the format and the filters, e.g. "CSV; entityKind=project, action=UPDATE". */
    static String describe(AuditFilter f, AuditExportFormat format) {
        List<String> filters = new ArrayList<>();
        add(filters, "entityKind", f.entityKind());
        add(filters, "entityId", f.entityId());
        add(filters, "actor", f.actor());
        add(filters, "action", f.action());
        add(filters, "from", f.from());
        add(filters, "to", f.to());
        return format.name() + (filters.isEmpty() ? "; every record" : "; " + String.join(", ", filters));
    }

    private static void add(List<String> filters, String name, Object value) {
        if (value != null) {
            filters.add(name + "=" + value);
        }
    }
}
