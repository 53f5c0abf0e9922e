package org.hetao.registry.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.Caller;
import org.hetao.registry.audit.AuditLog;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.audit.RecordChanged;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.institution.InstitutionRepository;
import org.hetao.registry.ipasset.AssetAccess;
import org.hetao.registry.ipasset.IpAssetRepository;
import org.hetao.registry.ipasset.IpAssetService;
import org.hetao.registry.ownership.OwnershipRepository;
import org.hetao.registry.person.PersonRepository;
import org.hetao.registry.project.ProjectRepository;
import org.hetao.registry.project.ProjectService;

/**
 * The services as the container wires them, built over one entity manager of a test database for
 * one caller: the access and If-Match rules run as in the registry, without Payara. Refusals the
 * services audit in a transaction of their own commit in one from the factory.
 */
public final class TestServices {
    private final EntityManager em;
    private final EntityManagerFactory emf;
    private final Caller caller;
    /** Every change event the services fired. */
    public final List<RecordChanged> changed = new ArrayList<>();

    public TestServices(EntityManager em, EntityManagerFactory emf, Caller caller) {
        this.em = em;
        this.emf = emf;
        this.caller = caller;
    }

    public ProjectService projects() {
        return new ProjectService(
                new ProjectRepository(em),
                new InstitutionRepository(em),
                new PersonRepository(em),
                guard(),
                recorder(),
                new AuditLog(em, TestAudit.chain(), emf));
    }

    public IpAssetService assets() {
        RegistryClock clock = new RegistryClock();
        ProjectRepository projects = new ProjectRepository(em);
        OwnershipRepository ownership = new OwnershipRepository(em, clock);
        AccessGuard guard = guard();
        IpAssetRepository assets = new IpAssetRepository(em, clock);
        return new IpAssetService(
                assets,
                projects,
                new PersonRepository(em),
                guard,
                new AssetAccess(guard, projects, ownership, assets),
                recorder(),
                ownership,
                new InstitutionRepository(em),
                clock);
    }

    private AccessGuard guard() {
        return AccessGuard.forCaller(caller);
    }

    private ChangeRecorder recorder() {
        return new ChangeRecorder(em, TestAudit.chain(), () -> caller, changed::add);
    }
}
