// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.araxes.formats.GeoFiles;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentResult;
import org.araxes.io.GeoJsonReader;
import org.araxes.io.GeoJsonResult;
import org.araxes.io.LayerInfo;
import org.araxes.io.Problem;

/**
 * Checks one input file with the reader the app would use for it, and says what it found. The
 * kind is told from the content: a {@code .csv}, {@code .tsv} or {@code .txt} file is an incident
 * table (ACLED or plain, told apart by its header); a file whose {@code "araxes"} header says
 * {@code "kind": "incidents"} is an incident file; any other is a map layer. The format is told by
 * {@link GeoFiles} (GeoJSON, TopoJSON, KML, GPX…); a file in a format Araxes does not read (GML, a
 * Shapefile's {@code .dbf} alone…), a folder or a special file (a device, a FIFO) cannot be read at
 * all, and says what it is.
 *
 * <p>Thread-safe; the readers never throw for bad content.
 */
public final class FileCheck {

    /** What kind of file it was taken to be. */
    public enum Kind {
        /** A GeoJSON map layer. */
        LAYER,
        /** Incidents in GeoJSON. */
        INCIDENTS_GEOJSON,
        /** Incidents in a CSV table (ACLED export or plain). */
        INCIDENTS_CSV,
        /** The file could not be opened at all. */
        UNREADABLE
    }

    /**
     * The outcome of checking one file.
     *
     * @param file     the file as named by the user
     * @param kind     what it was read as
     * @param items    how many features or incidents loaded
     * @param problems every problem found, in file order
     */
    public record Report(Path file, Kind kind, int items, List<Problem> problems) {
        public Report {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(kind, "kind");
            problems = List.copyOf(problems);
        }

        /** True when nothing at all was found wrong. */
        public boolean clean() {
            return kind != Kind.UNREADABLE && problems.isEmpty();
        }
    }

    private final GeoJsonReader geoJson;
    private final IncidentReader incidents = new IncidentReader();

    /** A check with the default read limits. */
    public FileCheck() {
        this(new GeoJsonReader());
    }

    /** A check with the given GeoJSON reader (tests use small read limits). */
    public FileCheck(GeoJsonReader geoJson) {
        this.geoJson = Objects.requireNonNull(geoJson, "geoJson");
    }

    /** Checks a file on disk, of any format {@link GeoFiles} tells apart. */
    public Report check(Path file) {
        String name = GeoFiles.nameOf(file);
        GeoFiles.Kind kind = GeoFiles.kind(file);
        if (!kind.readable()) {
            return unreadable(file, name, kind.refusal());
        }
        if (kind.format() != GeoFiles.Format.GEOJSON && kind.format() != GeoFiles.Format.CSV) {
            GeoJsonResult layer = GeoFiles.read(file);
            if (layer.features().isEmpty() && layer.hasErrors() && layer.problems().size() == 1
                    && layer.problems().get(0).place().isEmpty()) {
                return unreadable(file, name, layer.problems().get(0).message());
            }
            return report(file, layer);
        }
        try (java.io.BufferedInputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return check(in, file, name);
        } catch (IOException e) {
            return unreadable(file, name, "the file cannot be read: " + e.getMessage());
        }
    }

    /** A read layer as a report: incidents when its header says so, else a layer. */
    private static Report report(Path file, GeoJsonResult layer) {
        if (layer.info().kind() == LayerInfo.Kind.INCIDENTS) {
            IncidentResult result = IncidentReader.fromGeoJson(layer);
            return new Report(file, Kind.INCIDENTS_GEOJSON, result.incidents().size(), result.problems());
        }
        return new Report(file, Kind.LAYER, layer.features().size(), layer.problems());
    }

    /** Checks bytes from a stream (the caller closes it); {@code file} only names it. */
    public Report check(InputStream in, Path file, String name) {
        if (IncidentReader.isCsv(name)) {
            IncidentResult result = incidents.readCsv(in, name);
            return new Report(file, Kind.INCIDENTS_CSV, result.incidents().size(), result.problems());
        }
        boolean rereadable = file != null && Files.isRegularFile(file);
        if (!rereadable) {
            return report(file, geoJson.read(in, name));
        }
        // A file on disk is streamed and no feature is kept, so a file of any size needs memory
        // for one feature at a time; an incident file (known from its header once read) is read
        // a second time, streamed, by the incident reader, which checks dates, sources and ids.
        int[] features = {0};
        GeoJsonResult layer = geoJson.checkingOnly().readEach(in, name, feature -> features[0]++);
        if (layer.info().kind() == LayerInfo.Kind.INCIDENTS) {
            try (InputStream again = Files.newInputStream(file)) {
                IncidentResult result = incidents.readGeoJson(again, name);
                return new Report(file, Kind.INCIDENTS_GEOJSON, result.incidents().size(), result.problems());
            } catch (IOException e) {
                return unreadable(file, name, "the file cannot be read: " + e.getMessage());
            }
        }
        return new Report(file, Kind.LAYER, features[0], layer.problems());
    }

    private static Report unreadable(Path file, String name, String message) {
        return new Report(file, Kind.UNREADABLE, 0, List.of(Problem.error(name, "", message)));
    }

    /** {@code FILE:PLACE: message} with the file as the user named it; warnings say so. */
    public static String line(Path file, Problem problem) {
        return file + ":" + (problem.place().isEmpty() ? "" : problem.place() + ":") + " "
                + (problem.severity() == Problem.Severity.WARNING ? "warning: " : "") + problem.message();
    }

    /** The kind in words, for summaries. */
    public static String describe(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
