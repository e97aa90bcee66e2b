package org.setu.devstack.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layer rules every Setu service keeps (docs/architecture.md, "Layers"), written once. Each service's
 * {@code ArchitectureTest} applies them to its own classes:
 * <pre>
 *   &#64;AnalyzeClasses(packages = "org.setu.referral", importOptions = ImportOption.DoNotIncludeTests.class)
 *   class ArchitectureTest {
 *       &#64;ArchTest
 *       static final ArchTests layerRules = ArchTests.in(ServiceLayerRules.class);
 *   }
 * </pre>
 * The layers of a service {@code org.setu.<service>}:
 * <pre>
 *   api, messaging  -&gt;  app  -&gt;  domain
 *                        |
 *                        v
 *                   persistence
 * </pre>
 * {@code api} and {@code messaging} are the ways in (HTTP, Kafka) and call {@code app} only; {@code app} knows
 * nothing of them and owns the interfaces they implement; {@code persistence} is reached through {@code app};
 * {@code domain} is plain Java. The kit ({@code org.setu.kit}) has packages of the same names and is not a layer
 * of any service. A service without one of the layers (the directory has no {@code messaging}) passes the rules
 * about it trivially.
 */
public final class ServiceLayerRules {

    private ServiceLayerRules() {
    }

    /** The {@code name} package of a service, e.g. {@code org.setu.referral.api}, with its subpackages. */
    static DescribedPredicate<JavaClass> layer(String name) {
        return resideInAPackage("org.setu.*." + name + "..").and(not(resideInAPackage("org.setu.kit..")))
                .as(name);
    }

    /** What the domain must not know: the framework, the database, the broker, JSON and the kit. */
    static final DescribedPredicate<JavaClass> FRAMEWORK = resideInAnyPackage(
            "jakarta..", "javax.persistence..", "javax.sql..", "java.sql..", "io.quarkus..", "org.eclipse.microprofile..",
            "io.smallrye..", "io.vertx..", "org.jboss..", "org.hibernate..", "org.apache.kafka..", "com.fasterxml.jackson..",
            "org.setu.kit..").as("the framework, the database, the broker, JSON or the kit");

    /** REST resources call application services, never repositories or the Kafka side. */
    @ArchTest
    public static final ArchRule apiCallsOnlyApp = noClasses().that(layer("api"))
            .should().dependOnClassesThat(layer("persistence").or(layer("messaging")))
            .as("api calls app only: not persistence, not messaging").allowEmptyShould(true);

    /** Kafka consumers and channel adapters call application services, never repositories or resources. */
    @ArchTest
    public static final ArchRule messagingCallsOnlyApp = noClasses().that(layer("messaging"))
            .should().dependOnClassesThat(layer("persistence").or(layer("api")))
            .as("messaging calls app only: not persistence, not api").allowEmptyShould(true);

    /** Application services are reached from HTTP and Kafka, and own the interfaces those sides implement. */
    @ArchTest
    public static final ArchRule appImportsNeitherApiNorMessaging = noClasses().that(layer("app"))
            .should().dependOnClassesThat(layer("api").or(layer("messaging")))
            .as("app imports neither api nor messaging").allowEmptyShould(true);

    /** Someone fixing a rule opens domain/ and needs nothing else. */
    @ArchTest
    public static final ArchRule domainIsFreeOfTheFramework = noClasses().that(layer("domain"))
            .should().dependOnClassesThat(FRAMEWORK)
            .as("domain is free of the framework").allowEmptyShould(true);

    /** The domain is the centre: it depends on no other layer of its service. */
    @ArchTest
    public static final ArchRule domainDependsOnNoOtherLayer = noClasses().that(layer("domain"))
            .should().dependOnClassesThat(layer("app").or(layer("api")).or(layer("persistence")).or(layer("messaging")))
            .as("domain depends on no other layer").allowEmptyShould(true);

    /** Only application services (and persistence itself) use repositories and rows. */
    @ArchTest
    public static final ArchRule persistenceIsReachedOnlyThroughApp = noClasses()
            .that(not(layer("app")).and(not(layer("persistence"))))
            .should().dependOnClassesThat(layer("persistence"))
            .as("persistence is reached only through app").allowEmptyShould(true);

    /** Repositories map rows to and from the domain; they do not call back into the ways in. */
    @ArchTest
    public static final ArchRule persistenceKnowsNoOuterLayer = noClasses().that(layer("persistence"))
            .should().dependOnClassesThat(layer("api").or(layer("messaging")))
            .as("persistence knows neither api nor messaging").allowEmptyShould(true);
}
