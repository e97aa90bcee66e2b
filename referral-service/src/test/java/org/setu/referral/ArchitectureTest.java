package org.setu.referral;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.setu.devstack.testing.ServiceLayerRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The service keeps the platform's layer rules (docs/architecture.md, "Layers"), written once in {@link ServiceLayerRules}. */
@AnalyzeClasses(packages = "org.setu.referral", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layerRules = ArchTests.in(ServiceLayerRules.class);

    /** Of the event contracts the domain uses the shared vocabulary only; the event records belong to app and messaging. */
    @ArchTest
    static final ArchRule domainUsesOnlyTheSharedVocabularyOfTheEvents = noClasses().that().resideInAPackage("org.setu.referral.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.setu.events.directory..", "org.setu.events.screening..", "org.setu.events.referral..");
}
