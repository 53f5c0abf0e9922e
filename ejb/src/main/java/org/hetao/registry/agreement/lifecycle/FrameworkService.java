package org.hetao.registry.agreement.lifecycle;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.agreement.Framework;
import org.hetao.registry.agreement.FrameworkCheck;
import org.hetao.registry.agreement.FrameworkLoader;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.NotFoundException;

/**
 * Publishes new versions of the unified IP framework and reads them. A new version is numbered one
 * above the newest, and must hold every text of version 1 (the texts the renderer uses) with the
 * same placeholders; agreements already made keep the version they were made with.
 */
@Stateless
public class FrameworkService {
    @Inject
    FrameworkStore store;

    @Inject
    AccessGuard access;

    @Inject
    ChangeRecorder changes;

    public FrameworkVersion publish(String json) {
        Framework fw = FrameworkStore.parse("the framework document", json);
        int latest = store.latestNumber();
        if (fw.version() <= latest) {
            throw new ConflictException("IP framework version " + fw.version()
                    + " is already published and never changes; " + "publish the next version, " + (latest + 1));
        }
        if (fw.version() != latest + 1) {
            throw new InvalidValueException(
                    "version",
                    ErrorCode.FRAMEWORK_VERSION,
                    "must be " + (latest + 1) + ", the version after the newest (" + latest + ")",
                    Map.of("expected", latest + 1));
        }
        FrameworkCheck.check(fw, FrameworkLoader.load(1));
        FrameworkVersion published =
                new FrameworkVersion(fw.version(), fw.published(), json, access.actorName(), Instant.now());
        store.add(published);
        store.flush();
        changes.created(FrameworkVersion.KIND, published.getNumber(), published.record());
        return published;
    }

    /** Oldest first. */
    public List<FrameworkVersion> list() {
        return store.list();
    }

    public FrameworkVersion get(int version) {
        return store.find(version).orElseThrow(() -> new NotFoundException("No IP framework version " + version));
    }

    /** The parsed framework of a version, e.g. for its title. */
    public Framework framework(int version) {
        return store.framework(version);
    }
}
