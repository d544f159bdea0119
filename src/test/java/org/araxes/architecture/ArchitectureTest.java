// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
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
                    "org.araxes.search..", "org.araxes.check..", "org.araxes.presentation..", "org.araxes.formats..",
                    "org.araxes.desk..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..")
            .because("model, geo and io code is plain Java (docs/architecture.md)");

    /** Only the export writes image files; nothing else touches AWT or ImageIO. */
    @ArchTest
    static final ArchRule onlyExportUsesAwt = noClasses()
            .that().resideOutsideOfPackage("org.araxes.export..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..", "javax.swing..")
            .because("only export code touches AWT/ImageIO (docs/architecture.md)");

    /**
     * No code starts a process, so none starts a second JVM: the JVM's options come from whoever
     * starts it (the packaged launcher's, decision 0012).
     */
    @ArchTest
    static final ArchRule startsNoProcess = noClasses()
            .should().dependOnClassesThat().belongToAnyOf(ProcessBuilder.class, Process.class, ProcessHandle.class)
            .orShould().callMethod(Runtime.class, "exec", String.class)
            .orShould().callMethod(Runtime.class, "exec", String[].class)
            .because("one JVM runs Araxes (docs/decisions/0012)");

    /** The engine does not reach up into the interface. */
    @ArchTest
    static final ArchRule engineDoesNotDependOnUi = noClasses()
            .that().resideInAnyPackage("org.araxes.geo..", "org.araxes.io..", "org.araxes.model..",
                    "org.araxes.raster..", "org.araxes.render..", "org.araxes.tiles..", "org.araxes.export..",
                    "org.araxes.formats..")
            .should().dependOnClassesThat().resideInAnyPackage("org.araxes.ui..", "org.araxes.cli..");

    /**
     * The layers, top to bottom: the launcher ({@code org.araxes.Main}), the command line and the
     * interface, the export, the drawing (map renderers and tiles), the engine. Each reaches only
     * down. {@code org.araxes.StartupTrace} belongs to no layer: it is the start's stopwatch, which
     * the launcher, the command line and the interface all note their stages in.
     */
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Launcher").definedBy(JavaClass.Predicates.equivalentTo(org.araxes.Main.class))
            .layer("Command line").definedBy("org.araxes.cli..")
            .layer("Interface").definedBy("org.araxes.ui..")
            .layer("Export").definedBy("org.araxes.export..")
            .layer("Drawing").definedBy("org.araxes.render..", "org.araxes.tiles..")
            .layer("Engine").definedBy("org.araxes.geo..", "org.araxes.io..", "org.araxes.model..",
                    "org.araxes.raster..", "org.araxes.incidents..", "org.araxes.timeline..", "org.araxes.settings..",
                    "org.araxes.search..", "org.araxes.check..", "org.araxes.presentation..", "org.araxes.formats..",
                    "org.araxes.desk..")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            // the command line opens the window when it is given no command (AraxesCommand -> AraxesApp)
            .whereLayer("Command line").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Interface").mayOnlyBeAccessedByLayers("Launcher", "Command line")
            .whereLayer("Export").mayOnlyBeAccessedByLayers("Command line", "Interface")
            .whereLayer("Drawing").mayOnlyBeAccessedByLayers("Command line", "Interface", "Export")
            .whereLayer("Engine").mayOnlyBeAccessedByLayers("Command line", "Interface", "Export", "Drawing")
            .because("docs/architecture.md names the layers; each reaches only down");

    /** No two top-level packages need each other. */
    @ArchTest
    static final ArchRule packagesFreeOfCycles = slices().matching("org.araxes.(*)..").should().beFreeOfCycles()
            .because("a package that needs another which needs it back is one package in two places");

    /** No two interface packages need each other. */
    @ArchTest
    static final ArchRule interfacePackagesFreeOfCycles = slices().matching("org.araxes.ui.(*)..").should()
            .beFreeOfCycles()
            .because("each ui package is a room a newcomer can read alone (docs/architecture.md)");

    /**
     * The interface's own layers, top to bottom: the application (window, start, session), then the
     * tools, the export dialog and the presentations that the window holds, then the map, then the
     * window's state (view-models, no nodes), then the incidents' panels and timeline, then the
     * shared base (messages, icons, theme, keys).
     */
    @ArchTest
    static final ArchRule interfaceLayers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Application").definedBy("org.araxes.ui.app..")
            .layer("Tools").definedBy("org.araxes.ui.explore..", "org.araxes.ui.export..", "org.araxes.ui.present..")
            .layer("Map").definedBy("org.araxes.ui.map..")
            .layer("State").definedBy("org.araxes.ui.state..")
            .layer("Incidents").definedBy("org.araxes.ui.incidents..")
            .layer("Common").definedBy("org.araxes.ui.common..")
            .whereLayer("Application").mayNotBeAccessedByAnyLayer()
            .whereLayer("Tools").mayOnlyBeAccessedByLayers("Application")
            .whereLayer("Map").mayOnlyBeAccessedByLayers("Application", "Tools")
            .whereLayer("State").mayOnlyBeAccessedByLayers("Application", "Tools", "Map")
            .whereLayer("Incidents").mayOnlyBeAccessedByLayers("Application", "Tools", "Map", "State")
            .whereLayer("Common").mayOnlyBeAccessedByLayers("Application", "Tools", "Map", "State", "Incidents")
            .because("docs/architecture.md: the interface's packages and who may use whom");
}
