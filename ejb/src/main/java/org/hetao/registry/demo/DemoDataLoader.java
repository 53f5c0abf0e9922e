package org.hetao.registry.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hetao.registry.account.AccountRepository;
import org.hetao.registry.account.AccountService;
import org.hetao.registry.common.RegistrySetting;
import org.hetao.registry.config.BackgroundWork;
import org.hetao.registry.config.SignInHint;
import org.hetao.registry.config.Stopping;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.InstitutionDetails;
import org.hetao.registry.institution.InstitutionRepository;
import org.hetao.registry.institution.InstitutionService;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetService;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.OwnershipService;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.person.PersonService;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectService;

/**
 * With {@code REGISTRY_DEMO=true}, fills a registry that has no institutions yet with the demo data
 * set ({@link DemoGenerator#standard()}) and the demo accounts, in one transaction: all of it or,
 * if any record breaks a rule, none of it. A registry that already holds institutions is left alone.
 *
 * <p>The load runs in the background once the application is deployed, so that the registry answers
 * at once: while it runs ({@link DemoDataProgress}) the API answers 503 {@code demo-data-loading},
 * the readiness check is down with its progress, and the web UI shows a loading page. A stop during
 * the load rolls it back; it runs again at the next start.
 */
@Singleton
@Startup
// after every other start-up bean that writes (the audit chain's head is held by the one long transaction)
@DependsOn({"AdminBootstrap", "FrameworkSeeder", "AuditAnchor", "ImportRecovery", "RegistryIndex"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataLoader {
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    /** Records stored between two clears of the persistence context, which keeps each flush small. */
    private static final int BATCH = 40;

    private static final int TIMEOUT_SECONDS = 600;
    /** The log reports the load's progress at every quarter. */
    private static final int REPORT_EVERY_PERCENT = 25;

    static final String SIGN_IN =
            "sign in as demo-admin with Lok-Ma-Chau-Admin-2026 (the other demo accounts: README, \"Demo data\")";

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    InstitutionRepository institutionRepository;

    @Inject
    AccountRepository accountRepository;

    @Inject
    InstitutionService institutions;

    @Inject
    PersonService people;

    @Inject
    ProjectService projects;

    @Inject
    IpAssetService assets;

    @Inject
    OwnershipService ownership;

    @Inject
    AccountService accounts;

    private Future<?> task;

    @PostConstruct
    void startIfAsked() {
        if (!RegistrySetting.DEMO.booleanValue()) {
            return;
        }
        if (institutionRepository.count() > 0) {
            DemoDataProgress.finished(DemoDataProgress.State.LEFT_ALONE);
            if (accountRepository
                    .findByUsername(DemoAccounts.ACCOUNTS.get(0).username())
                    .isPresent()) {
                SignInHint.set(SIGN_IN);
            }
            LOG.info(
                    "REGISTRY_DEMO is set but the registry already holds institutions: the demo data set was not loaded");
            return;
        }
        DemoDataSet set = DemoGenerator.standard();
        DemoDataProgress.loading(records(set));
        SignInHint.set("the demo data set is loading (the page shows how far); then " + SIGN_IN);
        LOG.info(() -> "Loading the fictional demo data set ("
                + set.institutions().size() + " institutions, " + set.people().size() + " people, "
                + set.projects().size() + " projects) in the background; until it is stored the API answers 503");
        task = executor.submit(() -> loadInBackground(set));
    }

    /** A stop during the load: the load notices at its next record and rolls back; this waits for that. */
    @PreDestroy
    void stop() {
        Future<?> running = task;
        if (running != null && !running.isDone()) {
            try {
                running.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                LOG.log(Level.FINE, "The demo data load did not end before the stop", e);
            }
        }
    }

    private void loadInBackground(DemoDataSet set) {
        if (!BackgroundWork.enter()) {
            DemoDataProgress.finished(DemoDataProgress.State.FAILED);
            return;
        }
        long started = System.nanoTime();
        try {
            transaction.setTransactionTimeout(TIMEOUT_SECONDS);
            transaction.begin();
            if (institutionRepository.count() > 0) {
                transaction.rollback();
                DemoDataProgress.finished(DemoDataProgress.State.LEFT_ALONE);
                LOG.info(
                        "REGISTRY_DEMO is set but the registry already holds institutions: the demo data set was not loaded");
                return;
            }
            int demoAccounts = load(set);
            transaction.commit();
            long done = System.nanoTime();
            LOG.info(String.format(
                    "Loaded the fictional demo data set: %s, and %d demo account(s), in %.1f s; %s",
                    set.summary(), demoAccounts, (done - started) / 1e9, SIGN_IN));
            SignInHint.set(SIGN_IN);
            DemoDataProgress.finished(DemoDataProgress.State.LOADED);
        } catch (StoppedWhileLoading e) {
            rollback();
            DemoDataProgress.finished(DemoDataProgress.State.FAILED);
            LOG.info("The registry is stopping: none of the demo data set was stored; it is loaded at the next start");
        } catch (Exception e) {
            rollback();
            DemoDataProgress.finished(DemoDataProgress.State.FAILED);
            LOG.log(Level.SEVERE, "The demo data set could not be loaded; none of it was stored", e);
        } finally {
            BackgroundWork.exit();
        }
    }

    /** What the progress counts: institutions, people and projects (each with its staff, assets and ownership). */
    static int records(DemoDataSet set) {
        return set.institutions().size() + set.people().size() + set.projects().size();
    }

    /** Stores the data set through the services; returns the number of demo accounts created. */
    private int load(DemoDataSet set) {
        DemoIds ids = new DemoIds();
        Progress progress = new Progress(records(set));
        List<InstitutionDetails> institutionLines = set.institutions();
        Map<String, List<String>> aliases = DemoInstitutions.aliases();
        for (int i = 0; i < institutionLines.size(); i++) {
            Institution created = institutions.create(institutionLines.get(i));
            List<String> known = aliases.getOrDefault(created.getShortName(), List.of());
            if (!known.isEmpty()) {
                institutions.changeAliases(created.getId(), created.getVersion(), known);
            }
            ids.institutionStored(i + 1L, created.getId());
            progress.one();
        }
        List<PersonDetails> personLines = set.people();
        for (int i = 0; i < personLines.size(); i++) {
            ids.personStored(
                    i + 1L, people.create(ids.person(personLines.get(i))).getId());
            clearEvery(i);
            progress.one();
        }
        for (int i = 0; i < set.projects().size(); i++) {
            DemoDataSet.Project p = set.projects().get(i);
            Project project = projects.create(
                    ids.project(p.details()),
                    p.staff().stream().map(ids::staffing).toList());
            for (DemoDataSet.Asset a : p.assets()) {
                IpAsset asset = assets.create(ids.asset(a.details(), project.getId()));
                int version = 0;
                for (OwnershipChange change : a.ownership()) {
                    ownership.change(asset.getId(), version++, ids.ownership(change));
                }
            }
            clearEvery(i);
            progress.one();
        }
        int created = 0;
        for (DemoAccounts.Account a : DemoAccounts.ACCOUNTS) {
            if (accountRepository.findByUsername(a.username()).isPresent()) {
                LOG.warning("The account " + a.username() + " exists already; the demo account was not created");
                continue;
            }
            accounts.create(DemoAccounts.details(
                    a,
                    shortName -> institutionRepository
                            .findByShortName(shortName)
                            .orElseThrow(() -> new IllegalStateException("No institution " + shortName))
                            .getId()));
            created++;
        }
        return created;
    }

    /** Counts the stored records for {@link DemoDataProgress}, logs each quarter, and ends the load when the registry stops. */
    private static final class Progress {
        private final int total;
        private int stored;
        private int reported;

        Progress(int total) {
            this.total = total;
        }

        void one() {
            if (Stopping.now()) {
                throw new StoppedWhileLoading();
            }
            stored++;
            DemoDataProgress.stored(stored);
            int percent = (int) (100L * stored / total);
            if (percent / REPORT_EVERY_PERCENT > reported && stored < total) {
                reported = percent / REPORT_EVERY_PERCENT;
                LOG.info(
                        () -> "Loading the demo data set: " + percent + " % (" + stored + " of " + total + " records)");
            }
        }
    }

    /** The registry began to stop while the demo data set was loading. */
    private static final class StoppedWhileLoading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoppedWhileLoading() {
            super("stopping", null, false, false);
        }
    }

    /** Writes what is pending and forgets the stored records, so that later flushes do not go over them again. */
    private void clearEvery(int i) {
        if ((i + 1) % BATCH == 0) {
            em.flush();
            em.clear();
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Rolling back the demo data transaction failed", e);
        }
    }
}
