// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.araxes.StartupTrace;
import org.araxes.io.LayerCache;
import org.araxes.model.Atlas;
import org.araxes.presentation.KeptFiles;
import org.araxes.presentation.UserSettings;
import org.araxes.settings.UserFolders;
import org.araxes.ui.present.UserSession;

/**
 * What the window needs before it can show: the atlas of a data folder (through the user's
 * {@link LayerCache}) and the user's settings. Plain Java, so it can be read on a thread of its own
 * while JavaFX starts and the command line is read ({@link #preload}); the window takes it with
 * {@link #take}, or reads it then when nothing was preloaded for its folder.
 *
 * @param folder   the data folder the atlas was read from; null when only the settings were read
 * @param atlas    the atlas, without the files named on the command line; null with no folder
 * @param settings the user's settings as read (with the problem, if the file was damaged)
 */
record StartData(Path folder, Atlas atlas, KeptFiles.Loaded<UserSettings> settings) {

    private static volatile CompletableFuture<StartData> preloaded;

    StartData {
        Objects.requireNonNull(settings, "settings");
    }

    /** Reads the atlas of a folder (none when null) and the user's settings, now. */
    static StartData read(Path folder) {
        Atlas atlas = folder == null ? null : readAtlas(folder);
        KeptFiles.Loaded<UserSettings> settings = UserSession.read();
        StartupTrace.mark("settings read");
        return new StartData(folder, atlas, settings);
    }

    private static Atlas readAtlas(Path folder) {
        Atlas atlas = Atlas.load(folder, new LayerCache(UserFolders.currentCache()));
        StartupTrace.mark("atlas read");
        return atlas;
    }

    /**
     * Starts reading the start data on a thread of its own, for a later {@link #take}: the atlas of
     * a folder (only the settings when null: the command line names a folder not known yet).
     */
    static void preload(Path folder) {
        CompletableFuture<StartData> future = new CompletableFuture<>();
        preloaded = future;
        Thread reader = new Thread(() -> {
            try {
                future.complete(read(folder));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "araxes-preload");
        reader.setDaemon(true);
        reader.start();
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
                return new StartData(folder, readAtlas(folder), data.settings());
            } catch (java.util.concurrent.CompletionException e) {
                // read again below
            }
        }
        return read(folder);
    }
}
