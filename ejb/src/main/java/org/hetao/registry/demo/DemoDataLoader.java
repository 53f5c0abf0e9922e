package org.hetao.registry.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hetao.registry.account.AccountRepository;
import org.hetao.registry.account.AccountService;
import org.hetao.registry.config.RegistrySetting;
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
 */
@Singleton
@Startup
@DependsOn("AdminBootstrap")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataLoader {
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    /** Records stored between two clears of the persistence context, which keeps each flush small. */
    private static final int BATCH = 40;
    private static final int TIMEOUT_SECONDS = 600;

    @Resource
    UserTransaction transaction;
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

    @PostConstruct
    void loadIfAsked() {
        if (!RegistrySetting.DEMO.booleanValue()) {
            return;
        }
        long started = System.nanoTime();
        try {
            transaction.setTransactionTimeout(TIMEOUT_SECONDS);
            transaction.begin();
            if (institutionRepository.count() > 0) {
                transaction.rollback();
                LOG.info("REGISTRY_DEMO is set but the registry already holds institutions: the demo data set was not loaded");
                return;
            }
            DemoDataSet set = DemoGenerator.standard();
            long generated = System.nanoTime();
            int demoAccounts = load(set);
            transaction.commit();
            long done = System.nanoTime();
            LOG.info(String.format("Loaded the fictional demo data set: %s, and %d demo account(s), in %.1f s (%.1f s to generate)",
                    set.summary(), demoAccounts, (done - started) / 1e9, (generated - started) / 1e9));
        } catch (Exception e) {
            rollback();
            LOG.log(Level.SEVERE, "The demo data set could not be loaded; none of it was stored", e);
        }
    }

    /** Stores the data set through the services; returns the number of demo accounts created. */
    private int load(DemoDataSet set) {
        DemoIds ids = new DemoIds();
        List<InstitutionDetails> institutionLines = set.institutions();
        Map<String, List<String>> aliases = DemoInstitutions.aliases();
        for (int i = 0; i < institutionLines.size(); i++) {
            Institution created = institutions.create(institutionLines.get(i));
            List<String> known = aliases.getOrDefault(created.getShortName(), List.of());
            if (!known.isEmpty()) {
                institutions.changeAliases(created.getId(), created.getVersion(), known);
            }
            ids.institutionStored(i + 1L, created.getId());
        }
        List<PersonDetails> personLines = set.people();
        for (int i = 0; i < personLines.size(); i++) {
            ids.personStored(i + 1L, people.create(ids.person(personLines.get(i))).getId());
            clearEvery(i);
        }
        for (int i = 0; i < set.projects().size(); i++) {
            DemoDataSet.Project p = set.projects().get(i);
            Project project = projects.create(ids.project(p.details()), p.staff().stream().map(ids::staffing).toList());
            for (DemoDataSet.Asset a : p.assets()) {
                IpAsset asset = assets.create(ids.asset(a.details(), project.getId()));
                int version = 0;
                for (OwnershipChange change : a.ownership()) {
                    ownership.change(asset.getId(), version++, ids.ownership(change));
                }
            }
            clearEvery(i);
        }
        int created = 0;
        for (DemoAccounts.Account a : DemoAccounts.ACCOUNTS) {
            if (accountRepository.findByUsername(a.username()).isPresent()) {
                LOG.warning("The account " + a.username() + " exists already; the demo account was not created");
                continue;
            }
            accounts.create(DemoAccounts.details(a, shortName -> institutionRepository.findByShortName(shortName)
                    .orElseThrow(() -> new IllegalStateException("No institution " + shortName)).getId()));
            created++;
        }
        return created;
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
