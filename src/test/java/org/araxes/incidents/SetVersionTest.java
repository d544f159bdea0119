// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.araxes.incidents.write.IncidentWriters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A set's version")
class SetVersionTest {

    static final List<Incident> BUNDLED = new IncidentReader().read(Path.of("geodata/incidents.geojson")).incidents();
    static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @Test
    @DisplayName("is the same for the same incidents in another order")
    void orderDoesNotCount() {
        List<Incident> shuffled = new ArrayList<>(BUNDLED);
        Collections.reverse(shuffled);
        assertEquals(SetVersion.of(BUNDLED, DAY), SetVersion.of(shuffled, DAY));
    }

    @Test
    @DisplayName("is the same for the set saved as CSV and read back (the format does not count)")
    void formatDoesNotCount(@TempDir Path folder) throws Exception {
        Path csv = folder.resolve("s.csv");
        IncidentWriters.save(csv, BUNDLED);
        assertEquals(SetVersion.of(BUNDLED, DAY).hash(), SetVersion.of(new IncidentReader().read(csv).incidents(), DAY).hash());
    }

    @Test
    @DisplayName("changes when any field of any incident changes")
    void changesWithContent() {
        List<Incident> edited = new ArrayList<>(BUNDLED);
        Incident first = edited.get(0);
        edited.set(0, new Incident(first.id(), first.title() + ".", first.summary(), first.category(), first.actors(),
                first.status(), first.role(), first.date(), first.location(), first.point(), first.sources()));
        assertNotEquals(SetVersion.of(BUNDLED, DAY).hash(), SetVersion.of(edited, DAY).hash());
        assertNotEquals(SetVersion.of(BUNDLED, DAY).hash(), SetVersion.of(BUNDLED.subList(1, 39), DAY).hash());
    }

    @Test
    @DisplayName("is a SHA-256, shown by its first 12 hex digits and its date")
    void shown() {
        SetVersion version = SetVersion.of(BUNDLED, DAY);
        assertTrue(version.hash().matches("[0-9a-f]{64}"));
        assertEquals(version.hash().substring(0, 12), version.shortHash());
        assertEquals(version.shortHash() + " of 2026-11-22", version.display());
        assertThrows(IllegalArgumentException.class, () -> new SetVersion("abc", DAY));
    }

    @Test
    @DisplayName("of an empty set is the hash of an empty collection, not an error")
    void empty() {
        assertEquals(64, SetVersion.of(List.of(), DAY).hash().length());
    }

    @Test
    @DisplayName("read from a file is dated by the file's last change")
    void fileDate(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("s.geojson");
        IncidentWriters.save(file, BUNDLED);
        Files.setLastModifiedTime(file, FileTime.from(java.time.Instant.parse("2025-03-04T10:00:00Z")));
        assertEquals(LocalDate.of(2025, 3, 4), SetVersion.of(BUNDLED, file).date());
    }
}
