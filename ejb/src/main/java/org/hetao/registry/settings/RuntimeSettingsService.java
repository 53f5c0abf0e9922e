package org.hetao.registry.settings;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.hetao.registry.access.AccessDeniedException;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.Role;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.common.RegistrySetting;
import org.hetao.registry.common.StaleVersionException;

/**
 * Reads and changes the runtime settings. Every read goes to the database (one row by its key), so a
 * change takes effect at the next request on every instance of the registry, with no cache to expire.
 * A change is an administrator's alone, needs the version read (If-Match), and is audited.
 */
@Stateless
public class RuntimeSettingsService {
    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    AccessGuard access;

    @Inject
    ChangeRecorder changes;

    @Inject
    RegistryClock clock;

    /** The settings now. */
    public RuntimeSettings current() {
        RuntimeSettings s = em.find(RuntimeSettings.class, RuntimeSettings.ID);
        if (s == null) {
            throw new IllegalStateException("The database holds no runtime settings; its migrations did not complete");
        }
        return s;
    }

    public boolean publicCatalogueOpen() {
        return current().publicCatalogueOpen();
    }

    /** Visitors may enquire: the setting is on, the catalogue open and e-mail on (the visitor must confirm an address). */
    public boolean visitorEnquiriesOpen() {
        RuntimeSettings s = current();
        return s.visitorEnquiriesAllowed() && s.publicCatalogueOpen() && RegistrySetting.MAIL_ENABLED.booleanValue();
    }

    /** Sets both settings ({@code null}: back to the configuration key's value) if the settings are still at {@code expectedVersion}. */
    public RuntimeSettings change(long expectedVersion, Boolean catalogue, Boolean visitorEnquiries) {
        Caller c = access.caller();
        if (c == null || c.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only an administrator changes the runtime settings");
        }
        RuntimeSettings s = em.find(RuntimeSettings.class, RuntimeSettings.ID, LockModeType.PESSIMISTIC_WRITE);
        if (s.getVersion() != expectedVersion) {
            throw new StaleVersionException(RuntimeSettings.KIND, RuntimeSettings.ID, expectedVersion, s.getVersion());
        }
        if (Boolean.TRUE.equals(visitorEnquiries) && !RegistrySetting.MAIL_ENABLED.booleanValue()) {
            throw new ConflictException(
                    "Public visitors' enquiries need e-mail (visitors confirm their address by a mailed link), "
                            + "but registry.mail.enabled is false; configure e-mail first");
        }
        RuntimeSettingsRecord before = RuntimeSettingsRecord.of(s);
        s.change(catalogue, visitorEnquiries, c.username(), clock.now());
        em.flush();
        changes.updated(RuntimeSettings.KIND, RuntimeSettings.ID, before, RuntimeSettingsRecord.of(s));
        return s;
    }
}
