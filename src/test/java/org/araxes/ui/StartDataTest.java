// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

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
    }

    @Test
    void anotherFolderIsReadWithThePreloadedSettings() throws IOException {
        Path mine = temp.resolve("mine");
        Files.createDirectories(mine);
        Files.copy(GEODATA.resolve("places.geojson"), mine.resolve("places.geojson"));
        StartData.preload(GEODATA);
        StartData data = StartData.take(mine);
        assertEquals(mine, data.folder());
        assertEquals(1, data.atlas().layers().size());
        assertEquals("places", data.atlas().layers().get(0).id());
    }

    @Test
    void settingsOnlyWhenTheFolderIsNotKnownYet() throws IOException {
        Path mine = temp.resolve("mine");
        Files.createDirectories(mine);
        Files.copy(GEODATA.resolve("rivers.geojson"), mine.resolve("rivers.geojson"));
        StartData.preload(null);
        StartData data = StartData.take(mine);
        assertEquals("rivers", data.atlas().layers().get(0).id());
        StartData nothingPreloaded = StartData.read(null);
        assertNull(nothingPreloaded.atlas());
        assertSame(null, nothingPreloaded.folder());
    }
}
