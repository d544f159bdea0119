// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.araxes.incidents.Incident;
import org.araxes.io.AtomicFiles;

/**
 * Saves incidents to a file in the format its extension names, atomically ({@link AtomicFiles}: a
 * reader or a crash sees the old file or the new one, never half of one).
 */
public final class IncidentWriters {

    /** The formats incidents are written in. */
    public enum Format {
        GEOJSON(".geojson"), CSV(".csv"), KML(".kml");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** The usual extension, with its dot. */
        public String extension() {
            return extension;
        }
    }

    private IncidentWriters() {
    }

    /**
     * The format a file name asks for: {@code .geojson} or {@code .json} GeoJSON, {@code .csv} CSV,
     * {@code .kml} KML (case ignored).
     *
     * @throws IOException naming the file and the extensions allowed, for any other name
     */
    public static Format formatOf(Path file) throws IOException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return Format.GEOJSON;
        }
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        if (name.endsWith(".kml")) {
            return Format.KML;
        }
        throw new IOException("cannot write " + file + ": incidents are saved as .geojson, .csv or .kml");
    }

    /**
     * Writes the incidents to the file in the format of its extension ({@link #formatOf}), replacing
     * the file atomically.
     *
     * @throws IOException naming the file: an unknown extension, a folder or read-only target, a
     *                     failed write (the old file is then untouched)
     */
    public static void save(Path file, List<Incident> incidents) throws IOException {
        Format format = formatOf(file);
        AtomicFiles.write(file, out -> {
            switch (format) {
                case GEOJSON -> IncidentGeoJsonWriter.write(incidents, out);
                case CSV -> IncidentCsvWriter.write(incidents, out);
                case KML -> IncidentKmlWriter.write(incidents, out);
            }
        });
    }
}
