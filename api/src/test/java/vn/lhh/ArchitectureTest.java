package vn.lhh;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.MappedSuperclass;
import java.util.Set;

/**
 * The layers of issue #21, checked on every build: inside a feature {@code rest} (HTTP only) → {@code service} (use
 * cases, transactions, access) → data (entities and repositories in the feature's root package, holding all SQL);
 * features use each other only through their services and the records those expose ({@code dto}, enums, events).
 * Nothing is frozen: a violation fails the build and is fixed where it is.
 */
@AnalyzeClasses(packages = "vn.lhh", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The feature packages ({@code vn.lhh.<feature>}); {@code common} and {@code localrun} are shared, not features. */
    static final Set<String> FEATURES = Set.of("association", "bulletin", "calendar", "consultation", "contest", "dashboard",
            "expert", "fund", "me", "news", "notification", "partner", "preview", "program", "registry", "search", "union");

    /** The data layer's packages: a feature's root (and its sub-features' roots), where its entities and repositories are. */
    static final String[] DATA_PACKAGES = FEATURES.stream()
            .map(f -> "vn.lhh." + f)
            .toList().toArray(new String[0]);

    static final String[] SUB_FEATURE_DATA_PACKAGES = {"vn.lhh.bulletin.distribution", "vn.lhh.bulletin.subscription"};

    static String featureOf(JavaClass c) {
        String p = c.getPackageName();
        if (!p.startsWith("vn.lhh.")) {
            return null;
        }
        String f = p.substring("vn.lhh.".length()).split("\\.")[0];
        return FEATURES.contains(f) ? f : null;
    }

    static JavaClass outermost(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    static boolean isRepository(JavaClass c) {
        return outermost(c).getSimpleName().endsWith("Repository");
    }

    static boolean isEntity(JavaClass c) {
        return c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Embeddable.class) || c.isAnnotatedWith(MappedSuperclass.class);
    }

    /** What a feature keeps to itself: its HTTP layer, its mappers, its repositories and its entities. */
    static boolean isInternal(JavaClass c) {
        String p = c.getPackageName();
        return p.contains(".rest") && (p.endsWith(".rest") || p.contains(".rest.")) || p.endsWith(".mapping") || p.contains(".mapping.")
                || isRepository(c) || isEntity(c);
    }

    static final DescribedPredicate<JavaClass> IN_DATA_LAYER = DescribedPredicate.describe("in a feature's data layer (its root package)",
            c -> featureOf(c) != null && (java.util.Arrays.asList(DATA_PACKAGES).contains(c.getPackageName())
                    || java.util.Arrays.asList(SUB_FEATURE_DATA_PACKAGES).contains(c.getPackageName())));

    static final DescribedPredicate<JavaClass> REPOSITORIES_OR_COMMON = DescribedPredicate.describe("repositories or vn.lhh.common",
            c -> isRepository(c) || c.getPackageName().startsWith("vn.lhh.common"));

    // (a) rest → service → data, inside every feature

    @ArchTest
    static final ArchRule nothing_but_rest_depends_on_rest = noClasses()
            .that().resideOutsideOfPackage("..rest..")
            .should().dependOnClassesThat().resideInAPackage("..rest..")
            .because("services and data serve HTTP, not the other way round: request and response records live in the feature's dto package");

    @ArchTest
    static final ArchRule data_does_not_depend_on_services = noClasses()
            .that(IN_DATA_LAYER)
            .should().dependOnClassesThat().resideInAPackage("..service..")
            .because("entities and repositories hold the data and its SQL; use cases call them, never the reverse");

    // (b) features use each other through their services only

    @ArchTest
    static final ArchRule features_use_each_other_through_services = classes()
            .should(new ArchCondition<JavaClass>("use another feature only through its service (never its rest, mapping, repositories or entities)") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    String own = featureOf(c);
                    if (own == null) {
                        return;
                    }
                    for (Dependency d : c.getDirectDependenciesFromSelf()) {
                        JavaClass target = d.getTargetClass().getBaseComponentType();
                        String other = featureOf(target);
                        if (other != null && !other.equals(own) && isInternal(target)) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            });

    // (c) JAX-RS only in the HTTP layer

    @ArchTest
    static final ArchRule jax_rs_only_in_rest_and_common = noClasses()
            .that().resideOutsideOfPackages("..rest..", "vn.lhh.common..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
            .because("HTTP (status codes, headers, responses) is the rest package's business; common carries the shared HTTP kit");

    // (d) the EntityManager only in the data layer

    @ArchTest
    static final ArchRule entity_manager_only_in_repositories = noClasses()
            .that(DescribedPredicate.not(REPOSITORIES_OR_COMMON))
            .should().dependOnClassesThat().belongToAnyOf(EntityManager.class)
            .orShould().callMethodWhere(DescribedPredicate.describe("getEntityManager()",
                    (JavaMethodCall call) -> call.getName().equals("getEntityManager")))
            .because("all SQL and JPQL, locks and persistence calls live in repositories");
}
