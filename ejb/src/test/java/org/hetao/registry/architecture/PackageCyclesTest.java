package org.hetao.registry.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.net.URISyntaxException;
import java.util.Set;
import org.hetao.registry.access.ReadRule;
import org.junit.jupiter.api.Test;

/**
 * The packages of the business tier (this module's classes, without its tests), each with its
 * sub-packages, depend on each other in one direction only: no package depends on itself through
 * others. {@code access} sits below every aggregate, {@code account} and {@code audit} no longer
 * depend on each other both ways, nor do {@code ownership} and {@code ipasset}.
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
        SliceRule rule = slices().matching("org.hetao.registry.(*)..").should().beFreeOfCycles();
        rule.check(tier);
    }
}
