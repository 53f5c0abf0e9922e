package org.hetao.registry.agreement.lifecycle;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.logging.Logger;
import org.hetao.registry.agreement.Framework;
import org.hetao.registry.audit.ChangeRecorder;

/**
 * On the first start, publishes version 1 of the unified IP framework from the resource
 * {@code framework/v1.json}. Later versions are published through the API.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class FrameworkSeeder {
    static final String RESOURCE = "framework/v1.json";
    private static final Logger LOG = Logger.getLogger(FrameworkSeeder.class.getName());

    @Inject
    FrameworkStore store;

    @Inject
    ChangeRecorder changes;

    @PostConstruct
    void seedVersionOne() {
        if (store.find(1).isPresent()) {
            return;
        }
        String json = resource();
        Framework fw = FrameworkStore.parse(RESOURCE, json);
        FrameworkVersion v1 = new FrameworkVersion(1, fw.published(), json, "system", Instant.now());
        store.add(v1);
        store.flush();
        changes.created(FrameworkVersion.KIND, 1, v1.record());
        LOG.info(() -> "Published version 1 of the unified IP framework from " + RESOURCE);
    }

    static String resource() {
        try (InputStream in = FrameworkSeeder.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + RESOURCE + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
