// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import org.araxes.ui.state.MainViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.araxes.StartupTrace;
import org.araxes.geo.SimplifiedGeometries;
import org.araxes.geo.Viewport;
import org.araxes.io.LayerCache;
import org.araxes.io.LayerInfo;
import org.araxes.model.Atlas;
import org.araxes.model.LayerData;
import org.araxes.render.Fonts;
import org.araxes.presentation.MapExtent;
import org.araxes.presentation.KeptFiles;
import org.araxes.presentation.UserSettings;
import org.araxes.settings.UserFolders;
import org.locationtech.jts.geom.Geometry;

/**
 * What the window needs before it can show: the atlas of a data folder (through the user's
 * {@link LayerCache}) and the user's settings. Plain Java, so it can be read on a thread of its own
 * while JavaFX starts and the command line is read ({@link #preload}); the window takes it with
 * {@link #take}, or reads it then when nothing was preloaded for its folder.
 *
 * <p>The preload also makes the window's view-model of that atlas, and then, while the window is
 * built, the simplified geometry for the zoom level the map will most likely open at
 * ({@link #prepareFirstPicture}), so the first picture finds it made; the fonts it needs are
 * loaded meanwhile on the thread that started JavaFX ({@link #prepareFonts}).
 *
 * @param folder   the data folder the atlas was read from; null when only the settings were read
 * @param atlas    the atlas, without the files named on the command line; null with no folder
 * @param settings the user's settings as read (with the problem, if the file was damaged)
 * @param model    the view-model of the atlas, made off the JavaFX thread (it holds no nodes);
 *                 null when there is no atlas
 */
record StartData(Path folder, Atlas atlas, KeptFiles.Loaded<UserSettings> settings, MainViewModel model) {

    private static volatile CompletableFuture<StartData> preloaded;

    StartData {
        Objects.requireNonNull(settings, "settings");
    }

    /** Reads the atlas of a folder (none when null) and the user's settings, now. */
    static StartData read(Path folder) {
        return read(folder, readSettings());
    }

    private static KeptFiles.Loaded<UserSettings> readSettings() {
        KeptFiles.Loaded<UserSettings> settings = UserSession.read();
        StartupTrace.mark("settings read");
        return settings;
    }

    /** Reads the atlas of a folder (none when null), with the user's settings as read. */
    private static StartData read(Path folder, KeptFiles.Loaded<UserSettings> settings) {
        Atlas atlas = folder == null ? null : readAtlas(folder);
        MainViewModel model = atlas == null ? null : new MainViewModel(atlas);
        StartupTrace.mark("view-model");
        return new StartData(folder, atlas, settings, model);
    }

    /**
     * Makes the atlas's geometry simplified for the zoom level the map will most likely open at:
     * the last view's, else that of the home region in a map of the likely size in a window of the
     * saved size. The first paint then finds it made (or waits for the geometry being made); a
     * wrong guess costs only this thread's time.
     */
    static void prepareFirstPicture(Atlas atlas, UserSettings settings) {
        double zoom;
        if (settings.lastView() != null && settings.lastView().extent() instanceof MapExtent.Centre centre) {
            zoom = centre.zoom();
        } else {
            double[] size = MainWindow.likelyMapSize(settings.windowWidth(), settings.windowHeight());
            zoom = Viewport.fitting(Atlas.HOME_REGION, size[0], size[1]).zoom();
        }
        List<Geometry> geometries = new ArrayList<>();
        for (LayerData layer : atlas.mapLayers()) {
            if (layer.info().kind() != LayerInfo.Kind.INCIDENTS) {
                layer.features().forEach(f -> geometries.add(f.geometry()));
            }
        }
        SimplifiedGeometries.prepare(geometries, zoom);
        StartupTrace.mark("first picture's geometry prepared");
    }

    private static Atlas readAtlas(Path folder) {
        Atlas atlas = Atlas.load(folder, new LayerCache(UserFolders.currentCache()));
        StartupTrace.mark("atlas read");
        return atlas;
    }

    /**
     * Starts reading the start data on a thread of its own, for a later {@link #take}: the user's
     * settings first, then the atlas of a folder (none when null: the command line names a folder
     * not known yet) and its view-model, then the first picture's geometry
     * ({@link #prepareFirstPicture}).
     */
    static void preload(Path folder) {
        preload(() -> folder);
    }

    /**
     * {@link #preload(Path)} with the folder worked out on the reading thread, after the settings:
     * finding the bundled data opens the application's jar as a file system (its directory of
     * some 10,000 entries; ~25 ms of a cold JVM), which should not hold up the thread that starts
     * JavaFX.
     */
    static void preload(java.util.function.Supplier<Path> folderToRead) {
        CompletableFuture<StartData> future = new CompletableFuture<>();
        CompletableFuture<UserSettings> settingsRead = new CompletableFuture<>();
        preloaded = future;
        preloadedSettings = settingsRead;
        Thread reader = new Thread(() -> {
            StartData data;
            UserSettings effective;
            try {
                KeptFiles.Loaded<UserSettings> settings = readSettings();
                effective = settings.value().orElse(UserSettings.defaults());
                settingsRead.complete(effective);
                data = read(folderToRead.get(), settings);
                future.complete(data);
            } catch (RuntimeException | Error e) {
                settingsRead.completeExceptionally(e);
                future.completeExceptionally(e);
                return;
            }
            if (data.atlas() != null) {
                prepareFirstPicture(data.atlas(), effective);
            }
        }, "araxes-preload");
        reader.setDaemon(true);
        reader.start();
    }

    /** The settings the running {@link #preload} reads first, for {@link #prepareFonts}. */
    private static volatile CompletableFuture<UserSettings> preloadedSettings;

    /**
     * Loads the fonts the first picture needs, once JavaFX runs, on the calling thread (the start
     * calls it on the thread that started JavaFX, which has nothing else to do): JavaFX's default
     * font first, which every scene needs for its styles and which sets up the system's font
     * configuration (~60 ms of a cold start, on the JavaFX thread when the first scene is made
     * otherwise), then the label fonts of the settings' language ({@link Fonts#prepare}), then the
     * icons' font, which the main window's buttons need ({@link org.araxes.ui.common.MaterialIcons#prepare}).
     */
    static void prepareFonts() {
        javafx.scene.text.Font.getDefault();
        StartupTrace.mark("default font loaded");
        CompletableFuture<UserSettings> settings = preloadedSettings;
        String language = UserSettings.defaults().language();
        if (settings != null) {
            try {
                language = settings.join().language();
            } catch (java.util.concurrent.CompletionException e) {
                // unreadable settings: the window reports them; the default language's fonts here
            }
        }
        Fonts.prepare(language);
        StartupTrace.mark("label fonts loaded");
        org.araxes.ui.common.MaterialIcons.prepare();
        StartupTrace.mark("icon font loaded");
    }

    /**
     * The start data of a folder: the preloaded data when it was read for that folder (waiting for
     * it if need be), else the atlas read now with the preloaded settings, or all read now when
     * nothing was preloaded. A failed preload is read again here, so its error is the window's own.
     */
    static StartData take(Path folder) {
        CompletableFuture<StartData> future = preloaded;
        preloaded = null;
        if (future != null) {
            try {
                StartData data = future.join();
                if (folder.equals(data.folder())) {
                    return data;
                }
                Atlas atlas = readAtlas(folder);
                return new StartData(folder, atlas, data.settings(), new MainViewModel(atlas));
            } catch (java.util.concurrent.CompletionException e) {
                // read again below
            }
        }
        return read(folder);
    }
}
