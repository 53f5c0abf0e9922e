package org.hetao.registry.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.hetao.registry.common.RegistrySetting;

/**
 * Holds the audit key and the checkpoint file for the running registry: loads the key at start-up,
 * checkpoints the chain's end then, after the commits that move it (every
 * {@code registry.audit.checkpoint.records} records or {@code registry.audit.checkpoint.seconds}
 * seconds), on a timer, and at shutdown.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditAnchor {
    private static final Logger LOG = Logger.getLogger(AuditAnchor.class.getName());
    private static final Object END = new Object();

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource
    private TimerService timers;

    private AuditKey key;
    private AuditCheckpoints checkpoints;
    private AuditChain chain;

    @PostConstruct
    void start() {
        key = AuditKeyFile.load(
                RegistrySetting.AUDIT_KEY.optional().orElse(null), Path.of(RegistrySetting.AUDIT_KEY_FILE.value()));
        Duration every = Duration.ofSeconds(
                Long.parseLong(RegistrySetting.AUDIT_CHECKPOINT_SECONDS.value().strip()));
        checkpoints = new AuditCheckpoints(
                new AuditCheckpointFile(Path.of(RegistrySetting.AUDIT_CHECKPOINT_FILE.value())),
                key,
                Long.parseLong(RegistrySetting.AUDIT_CHECKPOINT_RECORDS.value().strip()),
                every,
                Clock.systemUTC());
        chain = new AuditChain(key, this::afterCommit);
        AuditCheckpoint.End end = AuditChain.end(em);
        AuditCheckpoint beyond = checkpoints.start(end);
        if (beyond != null) {
            LOG.severe(() -> "The audit chain ends at record " + end.seq() + " but a checkpoint of record "
                    + beyond.seq() + " was written at " + beyond.writtenAt()
                    + ": later audit records were lost or removed (GET /api/audit/verify reports it)");
        }
        timers.createIntervalTimer(every.toMillis(), every.toMillis(), new TimerConfig("audit checkpoints", false));
        LOG.info(() -> "Audit key " + key.id() + "; checkpoints in "
                + checkpoints.file().path().toAbsolutePath() + " (chain at record " + end.seq() + ")");
    }

    @Timeout
    void tick() {
        checkpoints.flush();
    }

    @PreDestroy
    void stop() {
        checkpoints.flush();
    }

    /** The chain, keyed with this registry's key; each append is checkpointed once its transaction commits. */
    public AuditChain chain() {
        return chain;
    }

    public AuditCheckpoints checkpoints() {
        return checkpoints;
    }

    /** Remembers the transaction's newest chain end and, once, asks to be told when it completes. */
    private void afterCommit(long seq, String hash) {
        CommittedEnd pending = (CommittedEnd) transactions.getResource(END);
        if (pending == null) {
            pending = new CommittedEnd(checkpoints);
            transactions.putResource(END, pending);
            transactions.registerInterposedSynchronization(pending);
        }
        pending.seq = seq;
        pending.hash = hash;
    }

    private static final class CommittedEnd implements Synchronization {
        private final AuditCheckpoints checkpoints;
        private long seq;
        private String hash;

        CommittedEnd(AuditCheckpoints checkpoints) {
            this.checkpoints = checkpoints;
        }

        @Override
        public void beforeCompletion() {
            // nothing to do before the commit
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                checkpoints.committed(seq, hash);
            }
        }
    }
}
