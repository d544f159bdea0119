// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import org.araxes.ui.common.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.araxes.io.Problem;
import org.araxes.presentation.KeptFiles;
import org.araxes.presentation.SavedView;
import org.araxes.presentation.UserSettings;
import org.araxes.settings.UserFolders;
import org.araxes.tiles.TileSource;
import org.araxes.ui.present.ViewApplier;
import org.araxes.ui.state.MainViewModel;

/**
 * Brings back what the user had last time (window size, label language, tile source, recent
 * incident files, the last view) and writes it, atomically, when the window closes.
 */
public final class UserSession {

    private final Path file;
    private final MainWindow window;
    private final MainViewModel model;

    private UserSession(Path file, MainWindow window, MainViewModel model) {
        this.file = file;
        this.window = window;
        this.model = model;
    }

    /**
     * Reads the user's settings file (a corrupt or old one is set aside; the result says so), for
     * a start that needs the window size before the main window exists.
     */
    public static KeptFiles.Loaded<UserSettings> read() {
        return UserSettings.load(UserFolders.current().settingsFile(), Clock.systemUTC());
    }

    /**
     * Applies what settings say about the map to a view-model and its map before the map's first
     * picture: the label language, the tile source, and the last view (layers, time, extent) in
     * place of the whole region, so the map opens as the user left it instead of changing after.
     */
    public static void openMap(org.araxes.ui.map.AtlasMapView map, MainViewModel model,
                               KeptFiles.Loaded<UserSettings> loaded) {
        loaded.value().ifPresent(settings -> {
            model.languageProperty().set(settings.language());
            model.tileSourceProperty().set(settings.tileSource().equals("openstreetmap") ? TileSource.OPENSTREETMAP
                    : TileSource.OFFLINE);
            if (settings.lastView() != null) {
                // the last session's view: layers opened now (the command line may have read them
                // already) stay as they are, even one it hid
                map.showFirst(() -> new ViewApplier(model, map).apply(
                        settings.lastView().withoutLayers(model.openedLayerIds()), false));
            }
        });
    }

    /**
     * Applies the rest of the settings ({@link #read() read} before, their map part applied by
     * {@link #openMap}) to a stage and its main window: the window size and the recent files;
     * reports a corrupt or old settings file (set aside when read); saves them when the stage is
     * hidden.
     */
    public static UserSession attach(Stage stage, MainWindow window, MainViewModel model,
                                     KeptFiles.Loaded<UserSettings> loaded) {
        UserSession session = new UserSession(UserFolders.current().settingsFile(), window, model);
        loaded.problem().ifPresent(session::report);
        UserSettings settings = loaded.value().orElse(UserSettings.defaults());
        double[] size = windowSize(loaded.value(), javafx.stage.Screen.getPrimary().getVisualBounds());
        stage.setWidth(size[0]);
        stage.setHeight(size[1]);
        if (loaded.value().isEmpty()) {
            stage.centerOnScreen();
        }
        model.incidents().recentFiles().setAll(settings.recentFiles().stream().map(Path::of).toList());
        model.incidents().windowLimitProperty().set(settings.deskWindowLimit());
        stage.setOnHiding(e -> session.save(stage));
        return session;
    }

    /**
     * The window's size at a start: the size it had when last closed, or on a first start most of
     * the screen (nine tenths of its usable area, at least 1024×600 where the screen has room), as
     * desktop map programs open, not a small window in the middle of a large screen.
     *
     * @param saved  the settings of the last session, if any
     * @param screen the usable area of the screen the window opens on
     * @return {width, height}
     */
    static double[] windowSize(java.util.Optional<UserSettings> saved, javafx.geometry.Rectangle2D screen) {
        if (saved.isPresent()) {
            return new double[] {saved.get().windowWidth(), saved.get().windowHeight()};
        }
        return new double[] {fit(screen.getWidth(), 1024), fit(screen.getHeight(), 600)};
    }

    private static double fit(double available, double least) {
        return Math.round(Math.min(available, Math.max(least, available * 0.9)));
    }

    /** Writes the settings now. */
    public void save(Stage stage) {
        SavedView last = null;
        try {
            last = window.map().getViewport() == null ? null : window.presenter().applier().capture("Last view", false);
        } catch (RuntimeException e) {
            // one field that cannot be kept never keeps the others from being saved
            System.err.println("Araxes: the last view is not kept in the settings: " + e.getMessage());
        }
        UserSettings settings = new UserSettings(
                clamp(stage.isFullScreen() ? 1280 : stage.getWidth(), 200), clamp(stage.isFullScreen() ? 800 : stage.getHeight(), 150),
                model.languageProperty().get(), model.tileSourceProperty().get().name().toLowerCase(Locale.ROOT),
                last, model.incidents().recentFiles().stream().map(Path::toString).toList(),
                Math.max(1, model.incidents().windowLimitProperty().get()));
        try {
            settings.save(file);
        } catch (IOException e) {
            System.err.println("Araxes: could not save the settings in " + file + ": " + e.getMessage());
        }
    }

    private static double clamp(double value, double min) {
        return Double.isFinite(value) ? Math.max(min, Math.min(20_000, value)) : min * 4;
    }

    private void report(Problem p) {
        String text = p.file() + (p.place().isEmpty() ? "" : " (" + p.place() + ")") + ": " + p.message();
        model.setStatus(text);
        Platform.runLater(() -> {
            Alert alert = new Alert(Alert.AlertType.WARNING, text);
            alert.setHeaderText(Messages.get("settings.problem.header"));
            alert.show();
        });
    }

    /** For tests: the problems a settings file gives. */
    static List<Problem> problemsOf(Path file) {
        return UserSettings.load(file, Clock.systemUTC()).problem().stream().toList();
    }
}
