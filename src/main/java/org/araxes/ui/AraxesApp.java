// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.araxes.model.Atlas;
import org.araxes.tiles.Basemap;

/** The Araxes desktop application: loads the atlas and opens the main window. */
public final class AraxesApp extends Application {

    /** Set by the launcher before {@link Application#launch}; null means the default data folder. */
    static volatile Path dataFolder;

    private static volatile boolean smokeTest;

    /** When on, the app checks that the map is drawn, prints the result and exits (0 or 1). */
    public static void smokeTest(boolean on) {
        smokeTest = on;
    }

    /** Chooses the data folder for the next launch. */
    public static void useDataFolder(Path folder) {
        dataFolder = folder;
    }

    @Override
    public void start(Stage stage) {
        Scene scene = createScene(Atlas.load(dataFolder != null ? dataFolder : Atlas.defaultDataFolder()));
        stage.setScene(scene);
        stage.setTitle("Araxes — Aras borderlands atlas");
        stage.show();
        if (smokeTest) {
            SmokeTest.watch(scene);
        }
    }

    /** The main scene for an atlas (also used by the UI tests). */
    public static Scene createScene(Atlas atlas) {
        Basemap.install(Basemap.painterFor(atlas));
        MainWindow window = new MainWindow(new MainViewModel(atlas));
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(AraxesApp.class.getResource("/org/araxes/ui/araxes.css").toExternalForm());
        Platform.runLater(() -> {
            window.map().home();
            window.map().requestFocus();
        });
        return scene;
    }
}
