package org.hetao.registry.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.hetao.registry.web.architecture.Modules.API;
import static org.hetao.registry.web.architecture.Modules.EJB;
import static org.hetao.registry.web.architecture.Modules.LAUNCHER;
import static org.hetao.registry.web.architecture.Modules.SEARCH;
import static org.hetao.registry.web.architecture.Modules.WEB;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import org.hetao.registry.api.auth.Anonymous;
import org.hetao.registry.api.auth.Requires;
import org.hetao.registry.api.http.Problem;
import org.hetao.registry.api.http.Problems;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What docs/architecture.md promises about the structure, checked on the compiled classes of every
 * module (docs/decisions/0016-architecture-rules.md). Modules are told apart by where their classes
 * were compiled, the API's layers by the package root {@code org.hetao.registry.api}: the rules hold
 * when aggregates' packages are renamed or split.
 */
class ArchitectureRulesTest {
    /** The API's HTTP layer: exception mappers, problem documents, parameter parsing. */
    private static final String HTTP = "org.hetao.registry.api.http..";

    private static final String MODULES =
            " (docs/architecture.md, \"Modules\": search <- ejb <- registry-api <- registry-web; the launcher stands alone)";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = Modules.importAll();
        for (Modules m : Modules.values()) {
            assertFalse(
                    classes.that(m.classes()).isEmpty(),
                    () -> "no compiled class of module " + m.directory()
                            + " was found: the rules would judge nothing (is the module on registry-web's test class path?)");
        }
    }

    @Test
    void theSearchModuleUsesNothingOfTheRegistry() {
        noClasses()
                .that(SEARCH.classes())
                .should()
                .dependOnClassesThat(Modules.anyOf(List.of(EJB, API, LAUNCHER, WEB)))
                .because("the search module is a library the registry uses, never the other way round" + MODULES
                        + ": pass what it needs in as a plain value of the search module, or move the code up into ejb")
                .check(classes);
    }

    @Test
    void theSearchModuleUsesNoJakartaEe() {
        noClasses()
                .that(SEARCH.classes())
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta..", "javax..", "org.eclipse.microprofile..")
                .because("the search module runs without a container (docs/architecture.md, \"Modules\"): "
                        + "keep container code in ejb's indexing and hand the search module plain values")
                .check(classes);
    }

    @Test
    void theDomainUsesNeitherTheApiNorTheWebNorTheLauncher() {
        noClasses()
                .that(EJB.classes())
                .should()
                .dependOnClassesThat(Modules.anyOf(List.of(API, LAUNCHER, WEB)))
                .because("the domain is below the API" + MODULES
                        + ": move the shared type down into ejb (its aggregate's package or common)")
                .check(classes);
    }

    @Test
    void theApiUsesNeitherTheWebNorTheLauncher() {
        noClasses()
                .that(API.classes())
                .should()
                .dependOnClassesThat(Modules.anyOf(List.of(LAUNCHER, WEB)))
                .because("the API is below the WAR" + MODULES + ": move the shared type down into registry-api")
                .check(classes);
    }

    @Test
    void theLauncherUsesNoOtherModule() {
        noClasses()
                .that(LAUNCHER.classes())
                .should()
                .dependOnClassesThat(Modules.anyOf(List.of(SEARCH, EJB, API, WEB)))
                .because("the launcher only starts Payara Micro with the WAR (docs/decisions/0002-launcher.md): "
                        + "it must load before any class of the application; read what it needs from configuration")
                .check(classes);
    }

    @Test
    void noJaxRsBelowTheApi() {
        noClasses()
                .that(Modules.anyOf(List.of(SEARCH, EJB)))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.ws.rs..")
                .because("HTTP belongs to registry-api (docs/architecture.md, \"A request, end to end\"): a service "
                        + "throws a domain exception of common (NotFoundException, InvalidValueException, …) and "
                        + "takes plain values, and the API maps them")
                .check(classes);
    }

    @Test
    void onlyTheHttpLayerMapsExceptions() {
        noClasses()
                .that(API.classes())
                .and()
                .resideOutsideOfPackage(HTTP)
                .should()
                .implement(ExceptionMapper.class)
                .orShould()
                .dependOnClassesThat()
                .belongToAnyOf(Problem.class, Problems.class)
                .because("exception mappers in org.hetao.registry.api.http are the only place that chooses an "
                        + "error status and writes a problem document (docs/architecture.md, step 5): move the "
                        + "mapper into api.http, or throw a domain exception that an existing mapper answers")
                .check(classes);
    }

    @Test
    void onlyTheHttpLayerChoosesAnErrorStatus() {
        noClasses()
                .that(API.classes())
                .and()
                .resideOutsideOfPackage(HTTP)
                .should()
                .accessFieldWhere(ERROR_STATUS)
                .orShould()
                .callMethodWhere(STATUS_BY_NUMBER)
                .orShould()
                .callConstructorWhere(JAX_RS_EXCEPTION)
                .orShould()
                .callMethodWhere(ABORT)
                .because("exception mappers in org.hetao.registry.api.http are the only place that chooses an "
                        + "error status (docs/architecture.md, step 5): throw a domain exception of common "
                        + "(NotFoundException, InvalidValueException, ConflictException, …) and let its mapper "
                        + "answer; a resource answers success with Response.ok/created/accepted/noContent")
                .check(classes);
    }

    @Test
    void resourcesLeaveTheDatabaseToTheServices() {
        noClasses()
                .that(API.classes())
                .and()
                .resideOutsideOfPackage(HTTP)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "jakarta.transaction..", "java.sql..", "javax.sql..")
                .orShould()
                .callMethodWhere(REPOSITORY_METHOD)
                .because("a resource converts the request and makes one call to its aggregate's @Stateless "
                        + "service, which runs the transaction and reads the repositories (docs/architecture.md, "
                        + "\"A request, end to end\", step 2): add a method to the service instead")
                .check(classes);
    }

    @Test
    void everyOperationDeclaresWhoMayCallIt() {
        methods()
                .that(HTTP_OPERATION)
                .should(DECLARE_CALLER)
                .because("an operation that declares nothing is refused at run time (docs/architecture.md, step 1; "
                        + "docs/security.md): annotate it with @Requires(Permission.…) — or @Anonymous if it is open "
                        + "without a token — and add it to RegistryPermissionMatrixIT")
                .check(classes);
    }

    private static final Set<Class<? extends Annotation>> HTTP_METHODS =
            Set.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class, OPTIONS.class);

    private static final DescribedPredicate<JavaMethod> HTTP_OPERATION = DescribedPredicate.describe(
            "are JAX-RS operations of registry-api",
            m -> API.classes().test(m.getOwner()) && HTTP_METHODS.stream().anyMatch(m::isAnnotatedWith));

    private static final ArchCondition<JavaMethod> DECLARE_CALLER =
            new ArchCondition<>("be annotated with @Requires or @Anonymous") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    boolean declared =
                            method.isAnnotatedWith(Requires.class) || method.isAnnotatedWith(Anonymous.class);
                    events.add(new SimpleConditionEvent(
                            method,
                            declared,
                            method.getFullName() + (declared ? " declares" : " does not declare")
                                    + " who may call it"));
                }
            };

    private static final DescribedPredicate<JavaFieldAccess> ERROR_STATUS = DescribedPredicate.describe(
            "an error status of Response.Status (4xx, 5xx)",
            a -> a.getTargetOwner().isEquivalentTo(Response.Status.class) && isErrorStatus(a.getName()));

    private static boolean isErrorStatus(String constant) {
        for (Response.Status s : Response.Status.values()) {
            if (s.name().equals(constant)) {
                return s.getStatusCode() >= 400;
            }
        }
        return false;
    }

    private static final DescribedPredicate<JavaMethodCall> STATUS_BY_NUMBER = DescribedPredicate.describe(
            "Response.status(int…), serverError() or notAcceptable(…), or a builder's status(int…)", c -> {
                boolean response = c.getTargetOwner().isEquivalentTo(Response.class)
                        || c.getTargetOwner().isEquivalentTo(Response.ResponseBuilder.class);
                String name = c.getName();
                if (!response) {
                    return false;
                }
                if (name.equals("serverError") || name.equals("notAcceptable")) {
                    return true;
                }
                return name.equals("status")
                        && !c.getTarget().getRawParameterTypes().isEmpty()
                        && c.getTarget().getRawParameterTypes().get(0).isEquivalentTo(int.class);
            });

    private static final DescribedPredicate<JavaCall<?>> JAX_RS_EXCEPTION = DescribedPredicate.describe(
            "a JAX-RS WebApplicationException (which carries a status)",
            c -> c.getTargetOwner().isAssignableTo(WebApplicationException.class));

    private static final DescribedPredicate<JavaMethodCall> ABORT = DescribedPredicate.describe(
            "ContainerRequestContext.abortWith(…)",
            c -> c.getTargetOwner().isAssignableTo(ContainerRequestContext.class)
                    && c.getName().equals("abortWith"));

    private static final DescribedPredicate<JavaMethodCall> REPOSITORY_METHOD = DescribedPredicate.describe(
            "a method of a repository of ejb",
            c -> EJB.classes().test(c.getTargetOwner())
                    && c.getTargetOwner().getSimpleName().endsWith("Repository"));
}
