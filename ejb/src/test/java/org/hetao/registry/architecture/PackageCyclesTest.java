package org.hetao.registry.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.net.URISyntaxException;
import java.util.Set;
import org.hetao.registry.access.ReadRule;
import org.hetao.registry.audit.reading.AuditNames;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.config.RuntimeSettingsService;
import org.hetao.registry.storage.StorageSpace;
import org.junit.jupiter.api.Test;

/**
 * The packages of the business tier (this module's classes, without its tests), each with its
 * sub-packages, depend on each other in one direction only: no package depends on itself through
 * others. {@code access} sits below every aggregate, {@code account} and {@code audit} no longer
 * depend on each other both ways, nor do {@code ownership} and {@code ipasset}.
 *
 * <p>The dependencies ignored below still close cycles and are to be removed, not added to: each
 * names the class that points upwards and the package it points to.
 */
class PackageCyclesTest {

    @Test
    void thePackagesOfTheBusinessTierHaveNoCycles() throws URISyntaxException {
        // only the tier's own classes matter: classes of libraries are not looked up
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolve = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        JavaClasses tier;
        try {
            tier = new ClassFileImporter()
                    .importLocations(Set.of(Location.of(ReadRule.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())));
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolve);
        }
        SliceRule rule = slices().matching("org.hetao.registry.(*)..")
                .should()
                .beFreeOfCycles()
                // the clock reads its time-zone setting from config
                .ignoreDependency(belongToAnyOf(RegistryClock.class), resideInAPackage("org.hetao.registry.config.."))
                // runtime settings record their changes in the audit trail
                .ignoreDependency(
                        belongToAnyOf(RuntimeSettingsService.class), resideInAPackage("org.hetao.registry.audit.."))
                // the free-space check reads the data directory's setting
                .ignoreDependency(belongToAnyOf(StorageSpace.class), resideInAPackage("org.hetao.registry.config.."))
                // the audit reader names projects and IP assets the reader may read
                .ignoreDependency(belongToAnyOf(AuditNames.class), resideInAPackage("org.hetao.registry.project.."))
                .ignoreDependency(belongToAnyOf(AuditNames.class), resideInAPackage("org.hetao.registry.ipasset.."));
        rule.check(tier);
    }
}
