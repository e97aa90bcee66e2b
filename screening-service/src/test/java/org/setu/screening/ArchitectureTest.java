package org.setu.screening;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The decision engine stays plain Java (docs/architecture.md): someone fixing a rule needs nothing but domain/. */
@AnalyzeClasses(packages = "org.setu.screening", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theDomainIsFreeOfTheFramework = noClasses().that().resideInAPackage("..screening.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "javax.persistence..",
                    "org.hibernate..", "org.apache.kafka..", "io.smallrye..", "com.fasterxml.jackson..",
                    "org.eclipse.microprofile..", "org.setu.kit..", "org.setu.screening.app..",
                    "org.setu.screening.persistence..", "org.setu.screening.api..", "org.setu.screening.messaging..");

    @ArchTest
    static final ArchRule theDomainDoesNotReachForTheOuterLayers = noClasses().that().resideInAPackage("..screening.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.setu.screening.api..", "org.setu.screening.messaging..");
}
