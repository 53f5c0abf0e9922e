package org.hetao.registry.indexing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Before the registry answers its first request, indexes the changes the outbox still names (those
 * written just before the last stop, or found by the start-up comparison), so that a record created
 * before a restart is searchable as soon as the registry is. It costs what the outbox holds, nothing
 * more; a rebuild that runs (a missing or outdated index) is left to finish in the background.
 */
@Singleton
@Startup
@DependsOn("RegistryIndex")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexCatchUp {
    private static final Logger LOG = Logger.getLogger(IndexCatchUp.class.getName());

    @Inject
    OutboxIndexer indexer;

    @PostConstruct
    void catchUp() {
        long started = System.nanoTime();
        int rows = indexer.catchUp();
        if (rows > 0) {
            LOG.info(() -> String.format(
                    "Indexed %d change(s) left in the outbox before answering, in %d ms",
                    rows, (System.nanoTime() - started) / 1_000_000));
        }
    }
}
