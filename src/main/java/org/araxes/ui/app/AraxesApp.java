// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import org.araxes.ui.common.Messages;
import org.araxes.ui.common.Theme;
import org.araxes.ui.map.AtlasMapView;
import org.araxes.ui.state.MainViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.araxes.StartupTrace;
import org.araxes.io.LayerCache;
import org.araxes.model.Atlas;
import org.araxes.settings.UserFolders;
import org.araxes.presentation.UserSettings;

/** The Araxes desktop application: loads the atlas and opens the main window. */
public final class AraxesApp extends Application {

    /**
     * The CSS logger, held so the level set on it is not lost when the logging system drops
     * unreferenced loggers; in a class of its own, so the logging system starts when the theme is
     * applied, not before JavaFX starts ({@link #startToolkitEarly}).
     */
    private static final class CssLogger {
        static final java.util.logging.Logger LOGGER = java.util.logging.Logger.getLogger("javafx.css");
    }

    /** Set by the launcher before {@link Application#launch}; null means the default data folder. */
    static volatile Path dataFolder;

    private static volatile boolean smokeTest;

    /** GeoJSON files named on the command line, read after the window shows and added as layers on top. */
    private static volatile List<Path> extraFiles = List.of();

    /** When on, the app checks that the map is drawn, prints the result and exits (0 or 1). */
    public static void smokeTest(boolean on) {
        smokeTest = on;
    }

    /** Chooses the GeoJSON files to open as extra layers at the next launch. */
    public static void openFiles(List<Path> files) {
        extraFiles = List.copyOf(files);
    }

    /** Chooses the data folder for the next launch. */
    public static void useDataFolder(Path folder) {
        dataFolder = folder;
    }

    /** The toolkit started by {@link #startToolkitEarly}, or null when the window opens by {@link Application#launch}. */
    private static volatile CompletableFuture<Thread> earlyToolkit;

    /**
     * Starts JavaFX on a thread of its own, while the command line is still being read (about 0.15 s
     * each on a cold JVM; docs/performance.md), and reads the start data on another. {@link #launch()}
     * then opens the window on it. When the toolkit cannot start (no display), {@code launch()}
     * throws what it threw.
     *
     * @param defaultData whether the window will read the default data folder (no {@code --data})
     */
    public static void startToolkitEarly(boolean defaultData) {
        // the settings are read meanwhile too, and the atlas of the default data folder unless the
        // command line names another (the window reads that one itself)
        CompletableFuture<Thread> ready = new CompletableFuture<>();
        StartData.preload(defaultData ? Atlas::defaultDataFolder : () -> null);
        earlyToolkit = ready;
        Thread starter = new Thread(() -> {
            try {
                Platform.startup(() -> ready.complete(Thread.currentThread()));
            } catch (RuntimeException | Error e) {
                ready.completeExceptionally(e);
                return;
            }
            // JavaFX runs: this thread loads the fonts while the other two make the data and the map
            try {
                StartData.prepareFonts();
            } catch (RuntimeException e) {
                // the fonts load with the first scene and the first label instead
            }
        }, "araxes-toolkit-start");
        starter.setDaemon(true);
        starter.start();
    }

    /**
     * Opens the window and returns when the application has ended (its last window closed): on
     * the toolkit {@link #startToolkitEarly} started, else through {@link Application#launch}.
     */
    public static void launch() {
        CompletableFuture<Thread> early = earlyToolkit;
        if (early == null) {
            Application.launch(AraxesApp.class);
            return;
        }
        Thread fxThread;
        try {
            fxThread = early.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                new AraxesApp().start(new Stage());
            } catch (RuntimeException | Error e) {
                // as Application.launch does: no window, so the toolkit ends and the error is thrown
                failed.set(e);
                Platform.exit();
            }
        });
        try {
            fxThread.join(); // the toolkit ends when the last window closes, as after launch()
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failed.get() != null) {
            throw new IllegalStateException("the window could not open: " + failed.get().getMessage(), failed.get());
        }
    }

    /** The application's host services, for opening web links in the system browser; null in tests. */
    static volatile javafx.application.HostServices hostServices;

    /**
     * Opens the window in two steps, so the map shows as early as it can: first the map (basemap,
     * data layers, labels and the bundled incidents) in the window's layout with empty panels
     * ({@link MainWindow#skeleton}), then, once that frame is on screen, the whole main window
     * (menus, panels, timeline), into which the map moves. The map is not yet interactive in
     * between (docs/performance.md: cold start).
     */
    @Override
    public void start(Stage stage) {
        StartupTrace.mark("JavaFX started");
        hostServices = getHostServices();
        // the theme comes with the main window: the first picture has no controls to style
        Application.setUserAgentStylesheet(AraxesApp.class.getResource("/org/araxes/ui/skeleton.css").toExternalForm());
        CssLogger.LOGGER.setLevel(java.util.logging.Level.SEVERE);
        StartData data = StartData.take(dataFolder != null ? dataFolder : Atlas.defaultDataFolder());
        MainViewModel model = data.model();
        StartupTrace.mark("start data, view-model and basemap");
        var settings = data.settings();
        double[] size = UserSession.windowSize(settings.value(), javafx.stage.Screen.getPrimary().getVisualBounds());
        AtlasMapView map = MainWindow.mapFor(model);
        map.paintFirstPictureWithoutMargin(); // the margin for pans comes with the main window
        UserSession.openMap(map, model, settings);
        StartupTrace.mark("map built");
        Scene scene = new Scene(MainWindow.skeleton(map), size[0], size[1]);
        scene.getStylesheets().add(stylesheet());
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.show();
        StartupTrace.mark("window shown");
        List<Path> projectFiles = extraFiles.stream()
                .filter(f -> org.araxes.presentation.ProjectFile.isProject(String.valueOf(f.getFileName()))).toList();
        openLayerFiles(model, extraFiles.stream().filter(f -> !projectFiles.contains(f)).toList());
        if (smokeTest) {
            SmokeTest.watch(scene);
        }
        afterMapDrawn(map, () -> {
            StartupTrace.mark("map drawn");
            // the icon after the map: decoding and scaling it cost ~20 ms of the first picture
            var icon = AraxesApp.class.getResource("/assets/araxes.png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
            applyTheme();
            StartupTrace.mark("theme applied");
            MainWindow window = mainWindow(model, map);
            StartupTrace.mark("main window made");
            scene.setRoot(window);
            UserSession.attach(stage, window, model, settings);
            projectFiles.forEach(window.projects()::open); // a project named on the command line or double-clicked
            window.editActions().guardClose(stage);
            Platform.runLater(window.editActions()::offerRecovery);
            StartupTrace.mark("main window built");
            // the theme matched against every new control and their skins made, now rather than in
            // the next pulse, so the trace shows the styling apart from the layout
            window.applyCss();
            StartupTrace.mark("main window styled");
            traceFirstLayout(scene);
            // the whole window (menus, panels, timeline, the map in them) on screen; then the map's
            // pictures get their margin for pans, which the first seconds do not need
            afterMapDrawn(map, () -> {
                StartupTrace.mark("window whole");
                map.widenPictures();
            });
        });
    }

    /**
     * Reads the files named on the command line (or double-clicked) on a thread of their own, after
     * the window shows: each is added as a layer on top of the atlas's or as an incident set, told
     * apart by content, with a progress bar and Cancel in the status bar ({@link MainViewModel#openFiles}).
     */
    private static void openLayerFiles(MainViewModel model, List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        java.util.concurrent.Executor reader = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "araxes-layer-reader");
            thread.setDaemon(true);
            return thread;
        });
        model.openFiles(files, new LayerCache(UserFolders.currentCache()), reader);
    }

    /** Marks in the start-up trace when the next pulse has laid out the whole window (before it is rendered). */
    private static void traceFirstLayout(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            StartupTrace.mark("whole window laid out");
            scene.removePostLayoutPulseListener(once[0]);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Runs a task in the pulse after the one that rendered the map's first painted frame. */
    private static void afterMapDrawn(AtlasMapView map, Runnable task) {
        new AnimationTimer() {
            private int framesSincePainted = -1;

            @Override
            public void handle(long now) {
                if (framesSincePainted < 0 && map.hasDrawn()) {
                    framesSincePainted = 0;
                } else if (framesSincePainted >= 0 && ++framesSincePainted >= 2) {
                    stop();
                    task.run();
                }
            }
        }.start();
    }

    /** The main scene for an atlas (also used by the UI tests). */
    public static Scene createScene(Atlas atlas) {
        prepare(atlas);
        MainViewModel model = new MainViewModel(atlas);
        MainWindow window = mainWindow(model, MainWindow.mapFor(model));
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(stylesheet());
        return scene;
    }

    /** The theme and the CSS logger, before any control exists. */
    private static void prepare(Atlas atlas) {
        applyTheme();
    }

    /** The theme's stylesheet, before any control exists, and the CSS logger. */
    private static void applyTheme() {
        Theme.current().apply(null);
        // On the first CSS pass of the window JavaFX logs a few hundred "could not resolve
        // '-color-…'" warnings for AtlantaFX's looked-up colours, though every control ends up
        // styled as the theme says (checked in screenshots of both themes). Keep real CSS errors.
        CssLogger.LOGGER.setLevel(java.util.logging.Level.SEVERE);
    }

    /** The main window on a view-model; its map shows its first view when first laid out ({@link AtlasMapView#showFirst}). */
    private static MainWindow mainWindow(MainViewModel model, AtlasMapView map) {
        MainWindow window = new MainWindow(model, map);
        UncaughtErrors.install(message -> Platform.runLater(() -> model.setStatus(message)));
        Platform.runLater(() -> window.map().requestFocus());
        return window;
    }

    private static String stylesheet() {
        return AraxesApp.class.getResource("/org/araxes/ui/araxes.css").toExternalForm();
    }
}
