package org.setu.notification;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** docs/architecture.md: the domain is plain Java, so that its rules can be read and tested without the framework. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.setu.notification");

    @Test
    void theDomainUsesNeitherQuarkusNorJpaNorKafkaNorJakarta() {
        noClasses().that().resideInAPackage("org.setu.notification.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "javax.persistence..",
                        "org.hibernate..", "org.apache.kafka..", "io.smallrye..", "io.vertx..", "org.eclipse.microprofile..")
                .check(classes);
    }

    @Test
    void theDomainDependsOnNoOtherLayerOfTheService() {
        noClasses().that().resideInAPackage("org.setu.notification.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.setu.notification.app..", "org.setu.notification.api..",
                        "org.setu.notification.persistence..", "org.setu.notification.messaging..", "org.setu.kit..")
                .check(classes);
    }
}
