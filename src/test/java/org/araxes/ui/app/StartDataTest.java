// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start data read on a thread of its own while JavaFX starts, and what the window takes. */
class StartDataTest {

    private static final Path GEODATA = Path.of("geodata");

    @TempDir
    Path temp;

    @Test
    void thePreloadOfTheFolderAskedForIsTaken() {
        StartData.preload(GEODATA);
        StartData first = StartData.take(GEODATA);
        assertEquals(GEODATA, first.folder());
        assertEquals(org.araxes.model.Atlas.load(GEODATA).layers().stream().map(l -> l.id()).toList(),
                first.atlas().layers().stream().map(l -> l.id()).toList(), "every layer of the folder");
        StartData again = StartData.take(GEODATA);
        assertNotSame(first.atlas(), again.atlas(), "a preload is taken once; later takes read anew");
        assertSame(first.atlas(), first.model().atlas(), "the view-model is made with the data, of that atlas");
        assertEquals(first.atlas().mapLayers().size(), first.model().layers().size());
        assertSame(again.atlas(), again.model().atlas());
    }

    @Test
    void theFirstPicturesLevelIsTheLastViewsOrTheHomeRegionsInTheLikelyMap() {
        org.araxes.model.Atlas atlas = org.araxes.model.Atlas.load(GEODATA);
        org.locationtech.jts.geom.Geometry border = atlas.mapLayers().stream()
                .filter(l -> l.info().kind() == org.araxes.io.LayerInfo.Kind.BORDER)
                .findFirst().orElseThrow().features().get(0).geometry();
        assertNull(border.getUserData(), "read anew: nothing simplified yet");
        var lastView = new org.araxes.presentation.SavedView("Last view",
                new org.araxes.presentation.MapExtent.Centre(45.7, 39.4, 9.3), null, null, null, null, null);
        StartData.prepareFirstPicture(atlas, new org.araxes.presentation.UserSettings(1280, 800, "en", "offline",
                lastView, java.util.List.of()));
        // level 9 made (the copies sit in the geometry's user data); level 6 not yet
        assertNotNull(border.getUserData());
        assertTrue(copiesMade(border).contains(9), "the last view's level: " + copiesMade(border));
        assertEquals(1, copiesMade(border).size());
        StartData.prepareFirstPicture(atlas, org.araxes.presentation.UserSettings.defaults());
        double[] size = MainWindow.likelyMapSize(1280, 800);
        int home = (int) Math.floor(org.araxes.geo.Viewport.fitting(org.araxes.model.Atlas.HOME_REGION, size[0], size[1]).zoom());
        assertTrue(copiesMade(border).contains(home), "no last view: the home region's level " + home);
    }

    /** A data folder of the user's own holding one of the bundled files. */
    private Path folderWith(String file) throws IOException {
        Path mine = Files.createDirectories(temp.resolve("mine"));
        Files.copy(GEODATA.resolve(file), mine.resolve(file));
        return mine;
    }

    /** The levels whose simplified copy of a geometry exists (read through its user data). */
    private static java.util.Set<Integer> copiesMade(org.locationtech.jts.geom.Geometry geometry) {
        Object copies = geometry.getUserData();
        java.util.Set<Integer> levels = new java.util.TreeSet<>();
        try {
            var field = copies.getClass().getDeclaredField("byLevel");
            field.setAccessible(true);
            Object[] byLevel = (Object[]) field.get(copies);
            for (int i = 0; i < byLevel.length; i++) {
                if (byLevel[i] != null) {
                    levels.add(i);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return levels;
    }

    @Test
    void anotherFolderIsReadWithThePreloadedSettings() throws IOException {
        Path mine = folderWith("places.geojson");
        StartData.preload(GEODATA);
        StartData data = StartData.take(mine);
        assertEquals(mine, data.folder());
        assertEquals(1, data.atlas().layers().size());
        assertEquals("places", data.atlas().layers().get(0).id());
    }

    @Test
    void theFolderIsWorkedOutOnTheReadingThreadAndAFailureThereIsReadAgainByTheWindow() throws IOException {
        Path mine = folderWith("places.geojson");
        java.util.concurrent.atomic.AtomicReference<Thread> askedOn = new java.util.concurrent.atomic.AtomicReference<>();
        StartData.preload(() -> {
            askedOn.set(Thread.currentThread());
            return mine;
        });
        StartData data = StartData.take(mine);
        assertEquals("araxes-preload", askedOn.get().getName());
        assertEquals("places", data.atlas().layers().get(0).id());
        StartData.preload(() -> {
            throw new IllegalStateException("the bundled geodata is missing from the application");
        });
        assertEquals("places", StartData.take(mine).atlas().layers().get(0).id(), "read again on the taking thread");
    }

    @Test
    void settingsOnlyWhenTheFolderIsNotKnownYet() throws IOException {
        Path mine = folderWith("rivers.geojson");
        StartData.preload((Path) null);
        StartData data = StartData.take(mine);
        assertEquals("rivers", data.atlas().layers().get(0).id());
        StartData nothingPreloaded = StartData.read(null);
        assertNull(nothingPreloaded.atlas());
        assertSame(null, nothingPreloaded.folder());
    }
}
