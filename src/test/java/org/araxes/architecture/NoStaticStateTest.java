// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * No hidden global state where pictures are made or shown (render, tiles, ui): caches and pictures belong to the object that
 * uses them (each output owns its incident renderer; the window's view-model owns its basemap),
 * so the screen, a PNG and an SVG drawn at the same time never see each other's state.
 */
@AnalyzeClasses(packages = {"org.araxes.render", "org.araxes.tiles", "org.araxes.ui"}, importOptions = ImportOption.DoNotIncludeTests.class)
class NoStaticStateTest {

    /**
     * The exceptions, each with its reason.
     * <ul>
     *   <li>{@code AraxesTileRetriever.served}: Gluon Maps makes its one tile retriever through
     *       ServiceLoader and keeps it, so the window can only name its basemap to it through a static.
     *   <li>{@code AraxesApp}'s fields: JavaFX constructs the {@code Application} itself, with no
     *       arguments, so what the command line chose reaches it through fields set once before launch.
     *   <li>{@code StartData.preloaded*}: the hand-over from the thread that reads the data while
     *       JavaFX starts to the window, set once per process.
     *   <li>{@code Messages.bundle}: the process's interface language.
     * </ul>
     */
    private static final Set<String> EXCEPTIONS = Set.of("org.araxes.tiles.AraxesTileRetriever.served",
            "org.araxes.ui.app.AraxesApp.dataFolder", "org.araxes.ui.app.AraxesApp.earlyToolkit",
            "org.araxes.ui.app.AraxesApp.extraFiles", "org.araxes.ui.app.AraxesApp.hostServices",
            "org.araxes.ui.app.AraxesApp.smokeTest", "org.araxes.ui.app.StartData.preloaded",
            "org.araxes.ui.app.StartData.preloadedSettings", "org.araxes.ui.common.Messages.bundle");

    private static final DescribedPredicate<JavaField> EXCEPTED = DescribedPredicate.describe("an exception with its reason",
            field -> EXCEPTIONS.contains(field.getOwner().getName() + "." + field.getName()));

    /** A static field that can be reassigned is state shared by every output. */
    @ArchTest
    static final ArchRule noReassignableStatics = fields().that().areStatic()
            .and(DescribedPredicate.not(EXCEPTED))
            .should().haveModifier(JavaModifier.FINAL)
            .because("caches belong to the objects that use them (docs/decisions/0013)");

    /** A static final field holding something that changes (a cache, a counter, a thread pool) is shared state too. */
    @ArchTest
    static final ArchRule noMutableStaticHolders = fields().that().areStatic()
            .should().notHaveRawType(java.util.HashMap.class)
            .andShould().notHaveRawType(java.util.concurrent.ConcurrentHashMap.class)
            .andShould().notHaveRawType(java.util.ArrayList.class)
            .andShould().notHaveRawType(java.util.concurrent.atomic.AtomicInteger.class)
            .andShould().notHaveRawType(java.util.concurrent.ExecutorService.class)
            .andShould().notHaveRawType(java.util.concurrent.Executor.class)
            .because("caches belong to the objects that use them (docs/decisions/0013)");
}
