package org.setu.directory;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain is plain Java: someone fixing a search rule opens domain/ and needs nothing else. */
@AnalyzeClasses(packages = "org.setu.directory", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theDomainKnowsNoFrameworkDatabaseOrBroker = noClasses()
            .that().resideInAPackage("org.setu.directory.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "javax.sql..", "java.sql..",
                    "org.hibernate..", "org.apache.kafka..", "io.smallrye..", "io.vertx..", "org.setu.kit..",
                    "com.fasterxml.jackson..", "org.setu.directory.app..", "org.setu.directory.persistence..",
                    "org.setu.directory.api..");

    @ArchTest
    static final ArchRule theDomainDoesNotReachIntoTheOuterLayers = noClasses()
            .that().resideInAnyPackage("org.setu.directory.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.setu.directory.api..", "org.setu.directory.app..");
}
