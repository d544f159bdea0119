// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.scene.image.Image;
import org.araxes.io.GeoJsonReader;
import org.araxes.model.Atlas;
import org.araxes.model.LayerData;
import org.araxes.tiles.Basemap;

/** The Araxes desktop application: loads the atlas and opens the main window. */
public final class AraxesApp extends Application {

    /** Held so the level set on it is not lost when the logging system drops unreferenced loggers. */
    private static final java.util.logging.Logger CSS_LOGGER = java.util.logging.Logger.getLogger("javafx.css");

    /** Set by the launcher before {@link Application#launch}; null means the default data folder. */
    static volatile Path dataFolder;

    private static volatile boolean smokeTest;

    /** GeoJSON files named on the command line, shown as extra layers on top of the atlas. */
    private static volatile List<Path> extraFiles = List.of();

    /** When on, the app checks that the map is drawn, prints the result and exits (0 or 1). */
    public static void smokeTest(boolean on) {
        smokeTest = on;
    }

    /** Chooses the GeoJSON files to open as extra layers at the next launch. */
    public static void openFiles(List<Path> files) {
        extraFiles = List.copyOf(files);
    }

    /**
     * The atlas with the given GeoJSON files added as layers, drawn above the atlas's own layers
     * in the order given. A file that cannot be read becomes a layer with its problems, like
     * the atlas's own files; a layer id already in use gets a "-2", "-3"… suffix.
     */
    public static Atlas withFiles(Atlas atlas, List<Path> files) {
        if (files.isEmpty()) {
            return atlas;
        }
        GeoJsonReader reader = new GeoJsonReader();
        List<LayerData> layers = new ArrayList<>(atlas.layers());
        Set<String> ids = new HashSet<>();
        layers.forEach(l -> ids.add(l.id()));
        for (Path file : files) {
            LayerData layer = LayerData.of(reader.read(file));
            String id = layer.id();
            for (int n = 2; !ids.add(id); n++) {
                id = layer.id() + "-" + n;
            }
            layers.add(id.equals(layer.id()) ? layer
                    : new LayerData(id, layer.fileName(), layer.info(), layer.features(), layer.problems(), layer.bounds()));
        }
        return new Atlas(layers, atlas.source());
    }

    /** Chooses the data folder for the next launch. */
    public static void useDataFolder(Path folder) {
        dataFolder = folder;
    }

    /** The application's host services, for opening web links in the system browser; null in tests. */
    static volatile javafx.application.HostServices hostServices;

    @Override
    public void start(Stage stage) {
        hostServices = getHostServices();
        Atlas atlas = Atlas.load(dataFolder != null ? dataFolder : Atlas.defaultDataFolder());
        Scene scene = createScene(withFiles(atlas, extraFiles));
        stage.setScene(scene);
        MainWindow main = (MainWindow) scene.getRoot();
        org.araxes.ui.present.UserSession.attach(stage, main, main.model());
        var icon = AraxesApp.class.getResource("/assets/araxes.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon.toExternalForm()));
        }
        stage.setTitle(Messages.get("app.title"));
        stage.show();
        if (smokeTest) {
            SmokeTest.watch(scene);
        }
    }

    /** The main scene for an atlas (also used by the UI tests). */
    public static Scene createScene(Atlas atlas) {
        // The theme's stylesheet before any control exists.
        Theme.current().apply(null);
        // On the first CSS pass of the window JavaFX logs a few hundred "could not resolve
        // '-color-…'" warnings for AtlantaFX's looked-up colours, though every control ends up
        // styled as the theme says (checked in screenshots of both themes). Keep real CSS errors.
        CSS_LOGGER.setLevel(java.util.logging.Level.SEVERE);
        Basemap.install(Basemap.painterFor(atlas));
        MainViewModel model = new MainViewModel(atlas);
        MainWindow window = new MainWindow(model);
        UncaughtErrors.install(message -> Platform.runLater(() -> model.setStatus(message)));
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(AraxesApp.class.getResource("/org/araxes/ui/araxes.css").toExternalForm());
        Platform.runLater(() -> {
            window.map().home();
            window.map().requestFocus();
        });
        return scene;
    }
}
