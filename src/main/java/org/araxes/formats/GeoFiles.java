// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.araxes.io.FileKind;
import org.araxes.io.GeoJsonReader;
import org.araxes.io.GeoJsonResult;
import org.araxes.io.InputFiles;
import org.araxes.io.LayerCache;
import org.araxes.io.LayerInfo;
import org.araxes.io.Problem;

/**
 * The one door for map data files: which format a file is, told by its content first (its first
 * bytes, {@link FileKind}; JSON and XML by their top-level object or root element; a ZIP by what
 * it holds) and by its extension only when the content does not say, and the reader for it. Every
 * reader gives an {@link GeoJsonResult}: features in longitude/latitude degrees, their properties
 * as plain values, and problems naming the file and the place. A file of a format Araxes does not
 * read (GML, a Shapefile's {@code .dbf} alone, a PDF…) gives one problem naming that format and
 * what to do.
 *
 * <p>The layer windows, {@code araxes validate} ({@code check.FileCheck}) and the incident reader
 * all come here, so a file is told apart once, in one way. Never throws for bad content.
 * Thread-safe: the readers keep no state between reads.
 */
public final class GeoFiles {

    /** The formats told apart. */
    public enum Format {
        /** GeoJSON (RFC 7946) and GeoJSON text sequences (GeoJSONSeq, RFC 8142, or one feature per line). */
        GEOJSON("GeoJSON"),
        /** TopoJSON: arcs shared by the objects' geometries, maybe quantized. */
        TOPOJSON("TopoJSON"),
        /** KML (Google Earth). */
        KML("KML"),
        /** KMZ: a ZIP holding a KML document. */
        KMZ("KMZ"),
        /** GPX: waypoints, routes and tracks. */
        GPX("GPX"),
        /** GeoPackage: an SQLite database of layers. */
        GEOPACKAGE("GeoPackage"),
        /** FlatGeobuf. */
        FLATGEOBUF("FlatGeobuf"),
        /** ESRI Shapefile ({@code .shp} with its {@code .dbf} and {@code .shx} beside it). */
        SHAPEFILE("Shapefile"),
        /** A CSV table: incidents (ACLED or plain, {@code incidents.IncidentReader}); not a map layer. */
        CSV("CSV");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        /** The format's name as people know it. */
        public String label() {
            return label;
        }
    }

    /**
     * What a file was found to be: a format (then {@code refusal} is null) or, for a file Araxes
     * cannot read at all, why not in plain words, naming its format and what to do.
     */
    public record Kind(Format format, String refusal) {
        public Kind {
            if ((format == null) == (refusal == null)) {
                throw new IllegalArgumentException("a kind is a format or a refusal");
            }
        }

        static Kind of(Format format) {
            return new Kind(format, null);
        }

        static Kind refused(String why) {
            return new Kind(null, why);
        }

        /** True when the file is of a format with a reader. */
        public boolean readable() {
            return format != null;
        }
    }

    /** A reader of one format: never throws for bad content; {@code wrap} is applied to the file's bytes when streamed. */
    @FunctionalInterface
    public interface FormatReader {
        /** Reads a file; {@code wrap} passes the byte stream through (progress, cancel, limits) where the reader streams it. */
        GeoJsonResult read(Path file, UnaryOperator<InputStream> wrap);
    }

    /**
     * File-chooser patterns of the map files Araxes reads, and of incident tables: what the open
     * dialogs offer (every file can still be chosen; the content decides).
     */
    public static final List<String> FILE_PATTERNS = List.of("*.geojson", "*.json", "*.geojsonl", "*.geojsons",
            "*.topojson", "*.kml", "*.kmz", "*.gpx", "*.gpkg", "*.fgb", "*.shp", "*.zip", "*.csv", "*.tsv");

    /** True when a file name has one of the {@link #FILE_PATTERNS}' extensions (for a drop's quick check). */
    public static boolean hasKnownExtension(String fileName) {
        String extension = extension(fileName);
        return !extension.isEmpty() && FILE_PATTERNS.contains("*." + extension);
    }

    /** How many first bytes are looked at to tell the format. */
    static final int SNIFF_BYTES = 1 << 16;

    /** The text a ZIP that holds a Shapefile, and a Shapefile's other parts, are named with. */
    static final String SHAPEFILE_PARTS = "open the .shp with its .dbf beside it (and its .shx and .prj)";

    private static final Pattern TOPOLOGY = Pattern.compile("\"type\"\\s*:\\s*\"Topology\"");
    private static final Pattern GEOJSON_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"(Feature|FeatureCollection)\"");

    private static final GeoJsonReader GEOJSON_READER = new GeoJsonReader();

    /** The readers, by format: every format but CSV (incidents only) has one. */
    private static final Map<Format, FormatReader> READERS = readers();

    private static Map<Format, FormatReader> readers() {
        Map<Format, FormatReader> readers = new EnumMap<>(Format.class);
        readers.put(Format.GEOJSON, GEOJSON_READER::read);
        readers.put(Format.TOPOJSON, TopoJsonReader::read);
        readers.put(Format.KML, KmlReader::read);
        readers.put(Format.KMZ, KmlReader::readKmz);
        readers.put(Format.GPX, GpxReader::read);
        // the binary formats (decision 0023); a GeoPackage is a database, not streamed
        readers.put(Format.GEOPACKAGE, (file, wrap) -> GeoPackageReader.read(file));
        readers.put(Format.FLATGEOBUF, FlatGeobufReader::read);
        readers.put(Format.SHAPEFILE, ShapefileReader::read);
        return Collections.unmodifiableMap(readers);
    }

    private GeoFiles() {
    }

    /** True when Araxes has a reader for the format. */
    public static boolean reads(Format format) {
        return READERS.containsKey(format);
    }

    /** Reads any supported file (see {@link #kind(Path)}); a file that cannot be read gives one problem. */
    public static GeoJsonResult read(Path file) {
        return read(file, UnaryOperator.identity());
    }

    /**
     * Reads a file like {@link #read(Path)}, with its byte stream passed through {@code wrap} first
     * where the format is streamed (e.g. a {@link org.araxes.io.ProgressInputStream} that reports
     * progress and can cancel; an {@code IOException} it throws ends the read as a result with one
     * problem).
     */
    public static GeoJsonResult read(Path file, UnaryOperator<InputStream> wrap) {
        return read(file, wrap, null);
    }

    /**
     * Reads a file as map layers: a GeoPackage with several feature tables gives one per table
     * ({@link GeoPackageReader#readLayers}); any other file the one result of {@link #read(Path,
     * UnaryOperator, LayerCache)}.
     */
    public static List<GeoJsonResult> readLayers(Path file, UnaryOperator<InputStream> wrap, LayerCache cache) {
        return read(file, wrap, cache, true);
    }

    /**
     * Reads a file like {@link #read(Path, UnaryOperator)}, a GeoJSON file through the user's
     * layer cache when one is given (the cache keeps GeoJSON only).
     */
    public static GeoJsonResult read(Path file, UnaryOperator<InputStream> wrap, LayerCache cache) {
        return read(file, wrap, cache, false).get(0);
    }

    /** The one reading of a file: its kind told once, the size checked, then its reader (a GeoPackage by table or whole). */
    private static List<GeoJsonResult> read(Path file, UnaryOperator<InputStream> wrap, LayerCache cache, boolean layerPerTable) {
        Objects.requireNonNull(wrap, "wrap");
        String name = nameOf(file);
        Kind kind = kind(file);
        if (!kind.readable()) {
            return List.of(failed(name, kind.refusal()));
        }
        Format format = kind.format();
        if (format == Format.CSV) {
            return List.of(failed(name, csvAsLayer(file)));
        }
        FormatReader reader = READERS.get(format);
        if (reader == null) {
            return List.of(failed(name, "the file is " + format.label() + ", which Araxes does not read")); // every format has one
        }
        if (format != Format.GEOJSON) {
            try {
                String tooBig = InputFiles.whyTooBig(Files.size(file), InputFiles.Cost.LAYER);
                if (tooBig != null) {
                    return List.of(failed(name, tooBig));
                }
            } catch (IOException e) {
                return List.of(failed(name, "the file cannot be read: " + e.getMessage()));
            }
        }
        if (format == Format.GEOPACKAGE && layerPerTable) {
            return GeoPackageReader.readLayers(file);
        }
        GeoJsonResult result = format == Format.GEOJSON && cache != null ? cache.read(file, wrap) : reader.read(file, wrap);
        if (format == Format.GEOJSON && isTopology(result) && READERS.containsKey(Format.TOPOJSON)) {
            // its "type" came after the first bytes looked at (members in sorted order: "arcs" first)
            return List.of(READERS.get(Format.TOPOJSON).read(file, wrap));
        }
        return List.of(result);
    }

    private static boolean isTopology(GeoJsonResult result) {
        return result.features().isEmpty() && result.problems().stream()
                .anyMatch(p -> p.message().equals(GeoJsonReader.TOPOJSON_MESSAGE));
    }

    /**
     * What a file is: by its content first, then by its extension; never throws (a file that
     * cannot be opened is a refusal saying why). A text file neither content nor extension names
     * is taken as GeoJSON, whose reader says what is wrong with it.
     */
    public static Kind kind(Path file) {
        String why = InputFiles.whyNotReadable(file);
        if (why != null) {
            return Kind.refused(why);
        }
        String extension = extension(nameOf(file));
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            return Kind.refused("the file cannot be read: " + e.getMessage());
        }
        FileKind foreign = FileKind.of(head);
        if (foreign != null) {
            return switch (foreign) {
                case SQLITE -> Kind.of(Format.GEOPACKAGE);
                case FLATGEOBUF -> Kind.of(Format.FLATGEOBUF);
                case SHAPEFILE -> extension.equals("shx")
                        ? Kind.refused("the file is the .shx index of a Shapefile: " + SHAPEFILE_PARTS)
                        : Kind.of(Format.SHAPEFILE);
                case ZIP -> zipKind(file, extension);
                case XML -> xmlKind(head, extension);
                default -> Kind.refused(foreign.message());
            };
        }
        switch (extension) {
            case "dbf" -> {
                return Kind.refused("the file is the .dbf table of a Shapefile: " + SHAPEFILE_PARTS);
            }
            case "shx", "prj", "cpg", "qix", "sbn", "sbx" -> {
                return Kind.refused("the file is the ." + extension + " part of a Shapefile: " + SHAPEFILE_PARTS);
            }
            default -> {
                // told by content below
            }
        }
        int first = firstSignificant(head);
        if (first == '{' || first == '[' || first == 0x1E) {
            return Kind.of(looksLikeTopology(head) ? Format.TOPOJSON : Format.GEOJSON);
        }
        if (first == '<') {
            return xmlKind(head, extension);
        }
        return byExtension(extension);
    }

    private static Kind byExtension(String extension) {
        return switch (extension) {
            case "csv", "tsv", "txt" -> Kind.of(Format.CSV);
            case "kml" -> Kind.of(Format.KML);
            case "kmz" -> Kind.of(Format.KMZ);
            case "gpx" -> Kind.of(Format.GPX);
            case "topojson" -> Kind.of(Format.TOPOJSON);
            case "gpkg" -> Kind.of(Format.GEOPACKAGE);
            case "fgb" -> Kind.of(Format.FLATGEOBUF);
            case "shp" -> Kind.of(Format.SHAPEFILE);
            case "gml" -> Kind.refused(GML);
            case "wkt" -> Kind.refused("the file is WKT text (well-known text geometries), which Araxes does not read;"
                    + " convert it with: ogr2ogr -f GeoJSON out.geojson in.csv (a CSV with a WKT column)");
            default -> Kind.of(Format.GEOJSON); // the reader names what is wrong with it
        };
    }

    private static final String GML = "the file is GML (Geography Markup Language), which Araxes does not read;"
            + " convert it with: ogr2ogr -f GeoJSON out.geojson in.gml";

    /** The first byte that is not whitespace, a byte-order mark or a UTF-16/32 zero byte; -1 for none. */
    private static int firstSignificant(byte[] head) {
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0 || c == 0xEF || c == 0xBB || c == 0xBF || c == 0xFE || c == 0xFF
                    || c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                continue;
            }
            return c;
        }
        return -1;
    }

    /** True when the first bytes hold {@code "type": "Topology"} before any GeoJSON feature type. */
    static boolean looksLikeTopology(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1).replace("\0", "");
        java.util.regex.Matcher topology = TOPOLOGY.matcher(text);
        if (!topology.find()) {
            return false;
        }
        java.util.regex.Matcher feature = GEOJSON_TYPE.matcher(text);
        return !feature.find() || feature.start() > topology.start();
    }

    /** KML, GPX or a named refusal (GML, SVG, OSM, other XML), by the root element in the first bytes. */
    private static Kind xmlKind(byte[] head, String extension) {
        String root = XmlInput.rootElement(head);
        if (root == null) {
            return switch (extension) {
                case "kml", "gpx", "gml" -> byExtension(extension);
                default -> Kind.refused("the file is XML, but not KML or GPX (no root element found in its first "
                        + SNIFF_BYTES / 1024 + " KB)");
            };
        }
        String local = root.substring(root.indexOf('}') + 1).toLowerCase(Locale.ROOT);
        String namespace = root.startsWith("{") ? root.substring(1, root.indexOf('}')) : "";
        if (local.equals("kml")) {
            return Kind.of(Format.KML);
        }
        if (local.equals("gpx")) {
            return Kind.of(Format.GPX);
        }
        if (namespace.contains("opengis.net/gml") || namespace.contains("opengis.net/wfs") || extension.equals("gml")
                || local.equals("featurecollection")) {
            return Kind.refused(GML);
        }
        if (local.equals("svg")) {
            return Kind.refused("the file is an SVG drawing, not map data");
        }
        if (local.equals("osm")) {
            return Kind.refused("the file is OpenStreetMap XML, which Araxes does not read; convert it with:"
                    + " ogr2ogr -f GeoJSON out.geojson in.osm");
        }
        return Kind.refused("the file is XML whose root element is <" + local + ">, not KML or GPX;"
                + " if GDAL reads it, convert it with: ogr2ogr -f GeoJSON out.geojson in.xml");
    }

    /** A KMZ (a ZIP with a KML), a zipped Shapefile (read), or another ZIP (named). */
    private static Kind zipKind(Path file, String extension) {
        boolean kml = false;
        boolean shp = false;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName().toLowerCase(Locale.ROOT);
                kml |= entry.endsWith(".kml");
                shp |= entry.endsWith(".shp");
            }
        } catch (IOException e) {
            return extension.equals("kmz") ? Kind.of(Format.KMZ)
                    : Kind.refused("the file is a ZIP archive that cannot be opened: " + e.getMessage());
        }
        if (kml || extension.equals("kmz")) {
            return Kind.of(Format.KMZ);
        }
        if (shp) {
            return Kind.of(Format.SHAPEFILE);
        }
        return Kind.refused("the file is a ZIP archive with no KML or Shapefile inside: unzip it and open the map"
                + " file it holds");
    }

    /** Why a CSV table is not a map layer, naming one with WKT or coordinate columns. */
    private static String csvAsLayer(Path file) {
        String header = "";
        try (java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            header = line == null ? "" : line.toLowerCase(Locale.ROOT);
        } catch (IOException | java.io.UncheckedIOException e) {
            // named without its header
        }
        boolean wkt = header.matches("(?s).*(^|[,;\\t\"])\\s*(wkt|geom|geometry|the_geom)\\s*([,;\\t\"]|$).*");
        return "the file is a CSV table" + (wkt ? " with WKT geometries" : "")
                + ": Araxes reads CSV as incidents (File ▸ Open incidents…), not as a map layer; to draw it as a"
                + " layer convert it with: ogr2ogr -f GeoJSON out.geojson in.csv"
                + (wkt ? " -oo GEOM_POSSIBLE_NAMES=WKT,geom,geometry" : " -oo X_POSSIBLE_NAMES=lon* -oo Y_POSSIBLE_NAMES=lat*");
    }

    /**
     * Reads a file with a stream reader: its bytes through {@code wrap} and the document size limit;
     * a file that cannot be opened gives one problem.
     */
    static GeoJsonResult streamed(Path file, UnaryOperator<InputStream> wrap,
                                  java.util.function.BiFunction<InputStream, String, GeoJsonResult> reader) {
        String name = nameOf(file);
        try (InputStream in = open(file, wrap)) {
            return reader.apply(in, name);
        } catch (IOException e) {
            return failed(name, "the file cannot be read: " + e.getMessage());
        }
    }

    /** A file's byte stream passed through {@code wrap}, within the document size limit. */
    static InputStream open(java.nio.file.Path file, java.util.function.UnaryOperator<InputStream> wrap)
            throws java.io.IOException {
        return new org.araxes.io.SizeLimitedInputStream(wrap.apply(java.nio.file.Files.newInputStream(file)),
                org.araxes.io.GeoJsonReader.MAX_DOCUMENT_LENGTH);
    }

    /** The lower-case extension of a file name, without its dot, or "". */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The file's name as shown to the user. */
    public static String nameOf(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** An empty result with one error: the file could not be read at all. */
    public static GeoJsonResult failed(String name, String message) {
        return new GeoJsonResult(name, new LayerInfo(LayerInfo.titleFromFileName(name), LayerInfo.Kind.OTHER, 1000, "", ""),
                List.of(), List.of(Problem.error(name, "", message)));
    }
}
