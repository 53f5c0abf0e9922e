package org.hetao.registry.web.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The registry's Maven modules, told apart by where a class was compiled to (its module's
 * {@code target/classes} or its module's jar), not by its package: the rules hold however a module
 * names its packages.
 */
enum Modules {
    SEARCH("search", "hetao-registry-search"),
    EJB("ejb", "hetao-registry-ejb"),
    API("registry-api", "hetao-registry-api"),
    LAUNCHER("launcher", "hetao-registry-launcher"),
    WEB("registry-web", "hetao-registry-web");

    /** The root package of every class the registry compiles. */
    static final String ROOT = "org.hetao.registry";

    private final String directory;
    private final String artifact;

    Modules(String directory, String artifact) {
        this.directory = directory;
        this.artifact = artifact;
    }

    /** The production classes of every module (test classes are not judged). */
    static JavaClasses importAll() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    /** The module a class belongs to, if it is one of the registry's. */
    static Optional<Modules> of(JavaClass c) {
        return c.getSource().flatMap(source -> {
            String uri = source.getUri().toString().replace('\\', '/');
            for (Modules m : values()) {
                if (uri.contains("/" + m.directory + "/target/classes/") || uri.contains("/" + m.artifact + "-")) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        });
    }

    /** The classes of this module. */
    DescribedPredicate<JavaClass> classes() {
        return DescribedPredicate.describe(
                "are in module " + directory, c -> of(c).map(m -> m == this).orElse(false));
    }

    /** The classes of any of these modules. */
    static DescribedPredicate<JavaClass> anyOf(List<Modules> modules) {
        return DescribedPredicate.describe(
                "are in module "
                        + String.join(
                                " or ", modules.stream().map(m -> m.directory).toList()),
                c -> of(c).map(modules::contains).orElse(false));
    }

    String directory() {
        return directory;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
