// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.araxes.io.GeoJsonReader;
import org.araxes.io.LayerCache;
import org.araxes.io.LayerInfo;
import org.araxes.io.Problem;
import org.locationtech.jts.geom.Envelope;

/**
 * The map layers of one data folder: every {@code *.geojson} file in it, read and sorted by the
 * drawing order each file states. Nothing here lists layers by name: add a file, get a layer.
 *
 * @param layers     the layers, in drawing order (lowest {@code order} first, then by file name)
 * @param source     where they came from, for messages ("geodata/" or "bundled data")
 */
public record Atlas(List<LayerData> layers, String source) {

    /** The region Araxes is about, in degrees: about 43.5–50.5 E, 36.5–42.0 N. */
    public static final Envelope HOME_REGION = new Envelope(43.5, 50.5, 36.5, 42.0);

    public Atlas {
        layers = List.copyOf(layers);
    }

    /**
     * Loads every {@code *.geojson} file in a folder. A file that cannot be read becomes a layer
     * with no features and its problems, so the user sees what went wrong.
     */
    public static Atlas load(Path folder) {
        return load(folder, null);
    }

    /**
     * Loads every {@code *.geojson} file in a folder as {@link #load(Path)} does, through a cache of
     * files read before (the window's start uses the user's; null reads every file).
     */
    public static Atlas load(Path folder, LayerCache cache) {
        GeoJsonReader reader = cache == null ? new GeoJsonReader() : null;
        List<LayerData> layers = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Atlas::isGeoJson).sorted(Comparator.comparing(Path::toString)).toList()) {
                layers.add(LayerData.of(cache != null ? cache.read(file) : reader.read(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        layers.sort(Comparator.comparingInt((LayerData l) -> l.info().order()).thenComparing(LayerData::fileName));
        return new Atlas(layers, folder.toString());
    }

    /**
     * The data folder to use when the user names none: {@code ./geodata} when it exists (running
     * from the project), else the copy bundled in the jar.
     */
    public static Path defaultDataFolder() {
        Path local = Path.of("geodata");
        if (Files.isDirectory(local) && hasGeoJson(local)) {
            return local;
        }
        return bundledDataFolder();
    }

    /** The geodata folder inside the application's own classpath (a directory or the jar). */
    public static Path bundledDataFolder() {
        URL anchor = Atlas.class.getResource("/geodata/README.md");
        if (anchor == null) {
            throw new IllegalStateException("the bundled geodata is missing from the application");
        }
        try {
            URI uri = anchor.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/geodata");
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the bundled geodata: " + e.getMessage(), e);
        }
    }

    private static boolean hasGeoJson(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(Atlas::isGeoJson);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isGeoJson(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".geojson");
    }

    /** The layers of a kind, in drawing order. */
    public List<LayerData> layersOfKind(LayerInfo.Kind kind) {
        return layers.stream().filter(l -> l.info().kind() == kind).toList();
    }

    /** The layers that are map layers (everything but incident files). */
    public List<LayerData> mapLayers() {
        return layers.stream().filter(l -> l.info().kind() != LayerInfo.Kind.INCIDENTS).toList();
    }

    /**
     * The version of the incident data ({@code araxes.version} of the incident files, joined with
     * "+" when there are several), or "" when none states one.
     */
    public String incidentsVersion() {
        return String.join("+", layersOfKind(LayerInfo.Kind.INCIDENTS).stream()
                .map(l -> l.info().version()).filter(v -> !v.isBlank()).distinct().toList());
    }

    /** Every problem of every layer. */
    public List<Problem> problems() {
        return layers.stream().flatMap(l -> l.problems().stream()).toList();
    }

    /** The distinct credit lines the layers require, in drawing order. */
    public List<String> credits() {
        return layers.stream().map(l -> l.info().credit()).filter(c -> !c.isBlank()).distinct().toList();
    }

    /**
     * One credit a reader sees: the credit line a licence requires, the layers that need it (by
     * title, in drawing order) and where their data came from (package, version, licence).
     */
    public record Credit(String credit, List<String> layers, List<String> sources) {
        public Credit {
            if (credit == null || credit.isBlank()) {
                throw new IllegalArgumentException("a credit needs its line");
            }
            layers = List.copyOf(layers);
            sources = List.copyOf(sources);
        }
    }

    /**
     * The layers' credits for a reader, one per distinct credit line, from the layers' own headers
     * (their {@code araxes.credit} and {@code araxes.source}), in drawing order; layers without a
     * credit line are left out.
     */
    public List<Credit> creditsByLine() {
        java.util.Map<String, List<LayerData>> byLine = new java.util.LinkedHashMap<>();
        for (LayerData layer : layers) {
            if (!layer.info().credit().isBlank()) {
                byLine.computeIfAbsent(layer.info().credit(), c -> new java.util.ArrayList<>()).add(layer);
            }
        }
        List<Credit> credits = new java.util.ArrayList<>();
        byLine.forEach((line, with) -> credits.add(new Credit(line,
                with.stream().map(l -> l.info().title()).distinct().toList(),
                with.stream().map(l -> l.info().source()).filter(s -> !s.isBlank()).distinct().toList())));
        return credits;
    }
}
