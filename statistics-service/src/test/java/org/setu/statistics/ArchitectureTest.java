package org.setu.statistics;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.setu.devstack.testing.ServiceLayerRules;


/** The service keeps the platform's layer rules (docs/architecture.md, "Layers"), written once in {@link ServiceLayerRules}. */
@AnalyzeClasses(packages = "org.setu.statistics", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layerRules = ArchTests.in(ServiceLayerRules.class);
}
