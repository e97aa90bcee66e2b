package org.setu.referral.domain;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain is plain Java: someone fixing a routing bug opens domain/ and needs nothing else. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.setu.referral");

    @Test
    void theDomainKnowsNoFrameworkNoDatabaseAndNoBroker() {
        noClasses().that().resideInAPackage("org.setu.referral.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.quarkus..", "jakarta..", "javax.persistence..", "javax.sql..", "java.sql..",
                        "org.hibernate..", "org.apache.kafka..", "io.smallrye..", "io.vertx..", "org.eclipse.microprofile..",
                        "com.fasterxml..", "org.setu.kit..")
                .check(classes);
    }

    @Test
    void theDomainUsesOnlyTheSharedVocabularyOfTheEventContracts() {
        noClasses().that().resideInAPackage("org.setu.referral.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.setu.events.directory..", "org.setu.events.screening..", "org.setu.events.referral..")
                .check(classes);
    }

    @Test
    void theDomainDoesNotReachIntoTheOuterLayers() {
        noClasses().that().resideInAPackage("org.setu.referral.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.setu.referral.app..", "org.setu.referral.api..", "org.setu.referral.persistence..",
                        "org.setu.referral.messaging..")
                .check(classes);
    }
}
