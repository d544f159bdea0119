// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering written down in docs/architecture.md, enforced. */
@AnalyzeClasses(packages = "org.araxes", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The engine is plain Java: testable without a screen, usable from the command line. */
    @ArchTest
    static final ArchRule engineHasNoJavaFx = noClasses()
            .that().resideInAnyPackage("org.araxes.geo..", "org.araxes.io..", "org.araxes.model..",
                    "org.araxes.raster..", "org.araxes.incidents..", "org.araxes.timeline..", "org.araxes.settings..",
                    "org.araxes.search..", "org.araxes.check..", "org.araxes.presentation..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..")
            .because("model, geo and io code is plain Java (docs/architecture.md)");

    /** Only the export writes image files; nothing else touches AWT or ImageIO. */
    @ArchTest
    static final ArchRule onlyExportUsesAwt = noClasses()
            .that().resideOutsideOfPackage("org.araxes.export..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..", "javax.swing..")
            .because("only export code touches AWT/ImageIO (docs/architecture.md)");

    /** The engine does not reach up into the interface. */
    @ArchTest
    static final ArchRule engineDoesNotDependOnUi = noClasses()
            .that().resideInAnyPackage("org.araxes.geo..", "org.araxes.io..", "org.araxes.model..",
                    "org.araxes.raster..", "org.araxes.render..", "org.araxes.tiles..", "org.araxes.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.araxes.ui..", "org.araxes.cli..");
}
