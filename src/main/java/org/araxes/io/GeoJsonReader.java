// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.araxes.geo.GeoFeature;
import org.araxes.geo.GeometryRepair;
import org.araxes.geo.Reprojection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Reads GeoJSON (RFC 7946) into JTS geometries, keeping every feature's properties.
 *
 * <p>Accepts a FeatureCollection, a single Feature or a bare geometry. Coordinates are
 * {@code [longitude, latitude]} in degrees; x of the JTS geometry is the longitude. The file is
 * streamed with Jackson one feature at a time, so memory stays proportional to the largest
 * feature, not the file: a feature's properties go from the parser straight into Java values, its
 * geometry is read as a small tree.
 *
 * <p>The reader never throws for bad content. A feature that cannot be used (wrong types,
 * non-finite or out-of-range coordinates, a swapped lat/lon pair, a ring with too few points) is
 * left out with an {@link Problem.Severity#ERROR}; one that can be safely mended (an unclosed ring,
 * an invalid polygon — repaired within a budget by {@link GeometryRepair}, else kept as drawn —, a
 * duplicate id) is kept with a {@link Problem.Severity#WARNING}. A point whose coordinates look
 * swapped for the file's own extent is warned about ({@link SwappedCoordinates}). A file in a
 * format Araxes does not read (told by its first bytes, {@link FileKind}; TopoJSON by its type) gets
 * one problem naming the format. A file whose {@code "crs"} (given before its features) is not
 * longitude/latitude is converted to it ({@link Reprojection}) with a warning naming the system,
 * or, when the system is not known, gets one problem naming it. A GeoJSON text sequence (RFC 8142, or one feature per line) is read whole. Malformed JSON stops the read at that point: features before
 * it are kept and the problem names the line and column. Read limits (nesting depth, string and
 * number length, document size) guard against hostile files and are reported by name.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GeoJsonReader {

    /** Deepest nesting accepted: MultiPolygon coordinates need 5, properties rarely more than 20. */
    public static final int MAX_NESTING_DEPTH = 200;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Longest string accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 10_000_000;
    /** Largest document accepted, in bytes (about 1.5 GiB). */
    public static final long MAX_DOCUMENT_LENGTH = 1_500_000_000L;
    /**
     * Largest incident file accepted, in bytes (16 GB): its features are not kept but streamed into
     * the compact store (decision 0030; 10,000,000 incidents, an 8.6 GB GeoJSON, hold 1.2 GB), so
     * the map layers' limit, which keeps every geometry, would stop a large set part way.
     */
    public static final long MAX_INCIDENT_DOCUMENT_LENGTH = 16_000_000_000L;

    /** The one problem of a TopoJSON file given to this reader (the format dispatcher reads it as TopoJSON). */
    public static final String TOPOJSON_MESSAGE = "the file is TopoJSON (\"type\": \"Topology\"), not GeoJSON";

    private static final GeometryFactory GEOMETRY_FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private final JsonFactory factory;
    private final StreamReadConstraints constraints;
    /** Bytes read at most (0 or less: no limit), counted by this reader before the parser. */
    private final long maxDocumentLength;
    private final GeometryRepair.Budget repairBudget;
    /** False for a reader that only checks: polygons are validated and what a repair would do is said. */
    private final boolean repair;
    /**
     * Made when a tree is first needed: a mapper costs ~0.3 s on a cold start, and a start that
     * reads its layers from the cache needs none.
     */
    private volatile ObjectMapper treeReader;

    /** A reader with the default read limits. */
    public GeoJsonReader() {
        this(MAX_DOCUMENT_LENGTH);
    }

    private GeoJsonReader(long maxDocumentLength) {
        this(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxDocumentLength(maxDocumentLength)
                .build());
    }

    /** A reader with the default limits but for a document's size: {@link #MAX_INCIDENT_DOCUMENT_LENGTH}. */
    public static GeoJsonReader forIncidents() {
        return new GeoJsonReader(MAX_INCIDENT_DOCUMENT_LENGTH);
    }

    /** The largest document this reader accepts, in bytes. */
    public long maxDocumentLength() {
        return maxDocumentLength;
    }

    /** A reader with the given read limits (tests use small ones). */
    public GeoJsonReader(StreamReadConstraints constraints) {
        this(constraints, GeometryRepair.DEFAULT_BUDGET);
    }

    /** A reader with the given read limits and polygon repair budget (tests use small ones). */
    public GeoJsonReader(StreamReadConstraints constraints, GeometryRepair.Budget repairBudget) {
        this(constraints, repairBudget, true);
    }

    private GeoJsonReader(StreamReadConstraints constraints, GeometryRepair.Budget repairBudget, boolean repair) {
        this.repair = repair;
        this.constraints = constraints;
        this.maxDocumentLength = constraints.getMaxDocumentLength();
        this.repairBudget = java.util.Objects.requireNonNull(repairBudget, "repairBudget");
        // NaN and Infinity are read (not refused as bad JSON) so that only the feature holding them
        // is left out, with a message saying so, and the rest of the file still loads.
        // Coordinates go through Jackson's fast double parser (correctly rounded, as
        // Double.parseDouble; JDK's parser took a sixth of the time of reading a point file).
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints)
                .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
        this.factory = factory;
    }

    /**
     * A reader with the same limits that checks polygons without repairing them (for
     * {@code araxes validate}, which keeps no feature): each invalid polygon's warning says what
     * opening the file will do with it.
     */
    public GeoJsonReader checkingOnly() {
        return new GeoJsonReader(constraints, repairBudget, false);
    }

    private ObjectMapper mapper() {
        ObjectMapper made = treeReader;
        if (made == null) {
            made = new ObjectMapper(factory);
            treeReader = made; // two threads may each make one; either does
        }
        return made;
    }

    /** The shared geometry factory: floating precision, SRID 4326. */
    public static GeometryFactory geometryFactory() {
        return GEOMETRY_FACTORY;
    }

    /**
     * Reads a file. A file that cannot be opened gives an empty result with one problem.
     *
     * @param file the GeoJSON file
     */
    public GeoJsonResult read(Path file) {
        return read(file, java.util.function.UnaryOperator.identity());
    }

    /**
     * Reads a file like {@link #read(Path)}, with its byte stream passed through {@code wrap} first
     * (e.g. a {@link ProgressInputStream} that reports progress and can cancel; an
     * {@code IOException} it throws ends the read as a result with one problem).
     */
    public GeoJsonResult read(Path file, java.util.function.UnaryOperator<InputStream> wrap) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String why = InputFiles.whyNotReadable(file);
        if (why == null) {
            try {
                why = InputFiles.whyTooBig(Files.size(file), InputFiles.Cost.LAYER); // a layer is kept in memory
            } catch (IOException e) {
                why = "the file cannot be read: " + e.getMessage();
            }
        }
        if (why != null) {
            return failed(name, why);
        }
        try (InputStream in = wrap.apply(Files.newInputStream(file))) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            return failed(name, "the file does not exist");
        } catch (IOException e) {
            return failed(name, "the file cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads a stream; the caller closes it.
     *
     * @param in       UTF-8, UTF-16 or UTF-32 JSON (a byte-order mark is allowed)
     * @param fileName the name used in problems and as the default layer title
     */
    public GeoJsonResult read(InputStream in, String fileName) {
        return read(in, fileName, null, true);
    }

    /**
     * Reads a stream and hands each feature to {@code each} as soon as it is read, keeping none
     * (the result's feature list is empty): a file of any size needs memory for one feature at a
     * time. Problems are collected as by {@link #read(InputStream, String)}.
     */
    public GeoJsonResult readEach(InputStream in, String fileName, java.util.function.Consumer<GeoFeature> each) {
        return read(in, fileName, java.util.Objects.requireNonNull(each, "each"), true);
    }

    /**
     * Like {@link #readEach(InputStream, String, java.util.function.Consumer)}, with the warning
     * about a repeated id left to {@code each} when {@code reportDuplicateIds} is false (the
     * reader then keeps no set of the ids it has seen).
     */
    public GeoJsonResult readEach(InputStream in, String fileName, java.util.function.Consumer<GeoFeature> each,
                                  boolean reportDuplicateIds) {
        return read(in, fileName, java.util.Objects.requireNonNull(each, "each"), reportDuplicateIds);
    }

    private GeoJsonResult read(InputStream in, String fileName, java.util.function.Consumer<GeoFeature> each,
                               boolean reportDuplicateIds) {
        Collector collector = new Collector(fileName, !repair);
        collector.sink = each;
        collector.ids = reportDuplicateIds ? new HashSet<>() : null;
        TextEncoding.CheckedReader text = null;
        JsonParser parser = null;
        try {
            java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(
                    new SizeLimitedInputStream(in, maxDocumentLength), 1 << 16);
            byte[] head = FileKind.peek(buffered);
            FileKind foreign = FileKind.of(head);
            if (foreign != null) {
                collector.error("", foreign.message());
                return collector.result();
            }
            boolean recordSeparated = head.length > 0 && head[0] == RECORD_SEPARATOR;
            // decoded strictly by Java (overlong and surrogate UTF-8 are malformed, which Jackson's
            // byte parser lets through); the reader also keeps the last characters, so a parser
            // complaint can name the character it stopped at
            text = TextEncoding.reader(recordSeparated ? new RecordSeparators(buffered) : buffered);
            parser = factory.createParser(text);
            readDocument(parser, collector);
        } catch (SizeLimitedInputStream.TooLargeException e) {
            collector.error(collector.count > 0 ? "after feature " + (collector.count - 1) : "", e.getMessage() + loadedBefore(collector));
        } catch (JsonProcessingException | TextEncoding.NotUtf8Exception e) {
            String[] said = TextEncoding.complaint(e, parser, text, constraints);
            int loaded = collector.count;
            collector.error(said[0].isEmpty() && loaded > 0 ? "after feature " + (loaded - 1) : said[0],
                    said[1] + loadedBefore(collector));
        } catch (IOException e) {
            collector.error("", TextEncoding.plainJsonMessage(e));
        } catch (RuntimeException | Error e) {
            collector.abandonChecks();
            throw e;
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException e) {
                    // the caller closes the stream; nothing was written
                }
            }
        }
        if (collector.swaps != null) {
            for (SwappedCoordinates.Suspect suspect : collector.swaps.suspects()) {
                collector.warning("feature " + suspect.key(), suspect.message());
            }
        }
        return collector.result();
    }

    private static String loadedBefore(Collector collector) {
        return collector.count == 0 ? "" : "; the " + collector.count + " features before it were loaded";
    }


    /** The byte that starts each record of a GeoJSON text sequence (RFC 8142). */
    private static final int RECORD_SEPARATOR = 0x1E;

    /** GeoJSONSeq's record separators read as line breaks, so each record is one JSON value. */
    private static final class RecordSeparators extends java.io.FilterInputStream {
        RecordSeparators(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            return b == RECORD_SEPARATOR ? '\n' : b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            for (int i = off; i < off + n; i++) {
                if (b[i] == RECORD_SEPARATOR) {
                    b[i] = '\n';
                }
            }
            return n;
        }
    }

    private static GeoJsonResult failed(String name, String message) {
        Collector collector = new Collector(name, false);
        collector.error("", message);
        return collector.result();
    }

    private void readDocument(JsonParser parser, Collector collector) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            collector.error("", "the file is empty");
            return;
        }
        if (first != JsonToken.START_OBJECT) {
            collector.error(placeOf(parser.currentLocation()), "expected a GeoJSON object, found " + describe(first));
            return;
        }
        ObjectNode top = mapper().createObjectNode();
        // a Feature's "geometry", a bare geometry's "coordinates" and "geometries": streamed as in a
        // FeatureCollection, never as a tree (a tree of earth-seas-10m, one geometry of 1.8 million
        // positions, took 0.9 GB and most of the time of validating it)
        Object geometryMember = ABSENT;
        Object coordinatesMember = null;
        Object geometriesMember = null;
        boolean sawFeatures = false;
        String crs = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("features".equals(field) && value == JsonToken.START_ARRAY) {
                if (sawFeatures) {
                    collector.error(placeOf(parser.currentLocation()), "a second \"features\" array: a FeatureCollection"
                            + " has one; only the first was read");
                    parser.skipChildren();
                    continue;
                }
                sawFeatures = true;
                if (crs != null) {
                    parser.skipChildren(); // named once below instead of failing every coordinate
                    continue;
                }
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    String place = "feature " + index + " (line " + parser.currentLocation().getLineNr() + ")";
                    collector.add(readStreamedFeature(parser, index, place, collector));
                    index++;
                }
            } else if ("geometry".equals(field)) {
                geometryMember = readRawGeometry(parser);
            } else if ("coordinates".equals(field)) {
                coordinatesMember = readCoordinates(parser);
            } else if ("geometries".equals(field)) {
                geometriesMember = readGeometries(parser);
            } else {
                JsonNode node = mapper().readTree(parser);
                top.set(field, node);
                if ("araxes".equals(field)) {
                    // known at once, so a file cut short after its header is still read as what it says it is
                    collector.info = readInfo(node, collector.fileName);
                } else if ("crs".equals(field)) {
                    crs = otherCrs(node);
                    if (crs != null) {
                        try {
                            collector.reprojection = Reprojection.find(node.path("properties").path("name").asText(""));
                            collector.warning("", "the file's coordinates are in " + crs + " (its \"crs\" member);"
                                    + " they were converted to longitude and latitude on WGS 84");
                            crs = null;
                        } catch (Reprojection.UnknownCrsException e) {
                            // named below, once
                        }
                    }
                } else if ("type".equals(field) && "Topology".equals(node.asText())) {
                    collector.error("", TOPOJSON_MESSAGE);
                    return;
                }
            }
        }
        if (collector.info == null) {
            collector.info = readInfo(null, collector.fileName); // no header: the defaults for the file
        }
        if (crs != null) {
            collector.error("", "the file's coordinates are in " + crs + " (its \"crs\" member), not longitude and latitude"
                    + " in degrees, and Araxes does not know that system: reproject it with:"
                    + " ogr2ogr -f GeoJSON -t_srs EPSG:4326 out.geojson in.geojson");
            return;
        }
        String type = top.path("type").asText("");
        JsonToken next = parser.nextToken();
        if ("Feature".equals(type)) {
            collector.add(readFeature(top, geometryMember, 0, "feature 0", collector));
            // GeoJSON text sequences (GeoJSONSeq, RFC 8142, or one feature per line): every feature
            for (int index = 1; next == JsonToken.START_OBJECT; index++) {
                String place = "feature " + index + " (line " + parser.currentLocation().getLineNr() + ")";
                collector.add(readStreamedFeature(parser, index, place, collector));
                next = parser.nextToken();
            }
        }
        if (next != null) {
            collector.error(placeOf(parser.currentLocation()), "extra content after the GeoJSON object");
        }
        switch (type) {
            case "FeatureCollection" -> {
                if (!sawFeatures) {
                    collector.error("", "a FeatureCollection needs a \"features\" array");
                }
            }
            case "Feature" -> {
                // read above
            }
            case "" -> collector.error("", "not GeoJSON: the top-level object has no \"type\"");
            default -> {
                if (isGeometryType(type)) {
                    collector.add(readFeature("Feature", null, null, null,
                            new RawGeometry(type, coordinatesMember, geometriesMember), 0, "geometry", collector));
                } else {
                    collector.error("", "unknown GeoJSON type \"" + type + "\"");
                }
            }
        }
    }

    /**
     * The name of a {@code "crs"} member's coordinate system when it is not longitude/latitude in
     * degrees on WGS 84 (CRS84, EPSG:4326), else null (a null or unreadable member is left alone).
     */
    static String otherCrs(JsonNode crs) {
        String name = crs.path("properties").path("name").asText("");
        if (name.isBlank()) {
            return null;
        }
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        if (upper.endsWith("CRS84") || upper.endsWith("CRS:84") || upper.matches(".*EPSG:+(\\d\\.\\d:)?4326")) {
            return null;
        }
        return name.length() > 80 ? name.substring(0, 77) + "..." : name;
    }

    private static boolean isGeometryType(String type) {
        return switch (type) {
            case "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon",
                    "GeometryCollection" -> true;
            default -> false;
        };
    }

    private static LayerInfo readInfo(JsonNode node, String fileName) {
        String defaultTitle = LayerInfo.titleFromFileName(fileName);
        if (node == null || !node.isObject()) {
            return new LayerInfo(defaultTitle, LayerInfo.Kind.OTHER, 1000, "", "");
        }
        String title = node.path("title").asText("");
        JsonNode source = node.path("source");
        String sourceText = source.isObject()
                ? String.join(", ", textValues(source))
                : source.asText("");
        return new LayerInfo(title.isBlank() ? defaultTitle : title,
                LayerInfo.Kind.parse(node.path("kind").asText(null)),
                node.path("order").asInt(1000),
                node.path("credit").asText(""),
                sourceText,
                node.path("version").isValueNode() ? node.path("version").asText("") : "");
    }

    private static List<String> textValues(JsonNode object) {
        List<String> values = new ArrayList<>();
        object.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode()) {
                values.add(e.getValue().asText());
            }
        });
        return values;
    }

    /**
     * Reads one member of a "features" array from the parser (at its first token) without building
     * Jackson's tree of the whole feature: the properties go straight into Java values (objects as
     * LinkedHashMap, arrays as ArrayList, whole numbers as Integer, Long or BigInteger, others as
     * Double, as {@link #toMap} makes them from a tree); "type", "id" and "geometry" are read as
     * small trees and checked as {@link #readFeature(JsonNode, int, String, Collector)} checks them.
     * Members are taken in any order; a repeated member counts once, the last one, as in a tree.
     */
    private GeoFeature readStreamedFeature(JsonParser parser, int index, String place, Collector collector)
            throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return readFeature(mapper().readTree(parser), ABSENT, index, place, collector);
        }
        JsonNode type = null;
        JsonNode id = null;
        Object geometry = ABSENT;
        Map<String, Object> properties = null;
        JsonNode otherProperties = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "type" -> type = mapper().readTree(parser);
                case "id" -> id = mapper().readTree(parser);
                case "geometry" -> geometry = readRawGeometry(parser);
                case "properties" -> {
                    if (value == JsonToken.START_OBJECT) {
                        properties = readObject(parser);
                        otherProperties = null;
                    } else {
                        otherProperties = mapper().readTree(parser);
                        properties = null;
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return readFeature(type == null ? "" : type.asText(""), id, properties, otherProperties, geometry,
                index, place, collector);
    }

    /** A JSON object from the parser (at its START_OBJECT) as Java values, as {@link #toMap} makes them. */
    private static Map<String, Object> readObject(JsonParser parser) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            map.put(name, readValue(parser));
        }
        return map;
    }

    private static Object readValue(JsonParser parser) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT:
                return readObject(parser);
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readValue(parser));
                }
                return list;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT -> parser.getIntValue();
                    case LONG -> parser.getLongValue();
                    default -> parser.getBigIntegerValue();
                };
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_NULL:
                return null;
            default:
                throw new JsonParseException(parser, "unexpected " + parser.currentToken());
        }
    }

    /**
     * A feature from a tree of its members but its geometry, which is given as {@link #readRawGeometry}
     * read it from the parser ({@link #ABSENT} when there is none).
     */
    private GeoFeature readFeature(JsonNode node, Object geometry, int index, String place, Collector collector) {
        if (!node.isObject()) {
            collector.error(place, "a feature must be an object, found " + node.getNodeType().toString().toLowerCase());
            return null;
        }
        JsonNode propsNode = node.get("properties");
        boolean object = propsNode != null && propsNode.isObject();
        return readFeature(node.path("type").asText(""), node.get("id"), object ? toMap(propsNode) : null,
                object ? null : propsNode, geometry, index, place, collector);
    }

    /**
     * A feature from its members, read from a tree or from the parser.
     *
     * @param properties      the "properties" object as Java values, or null when it is not an object
     * @param otherProperties the "properties" member when it is not an object (null, a number…), or null
     * @param geometryValue   the "geometry" member as {@link #readRawGeometry} read it (null for JSON null),
     *                        or {@link #ABSENT} when there is none
     */
    private GeoFeature readFeature(String type, JsonNode idNode, Map<String, Object> properties,
                                   JsonNode otherProperties, Object geometryValue, int index, String place,
                                   Collector collector) {
        if (!"Feature".equals(type)) {
            collector.error(place, type.isEmpty() ? "a feature needs \"type\": \"Feature\"" : "expected a Feature, found \"" + type + "\"");
            return null;
        }
        if (properties == null) {
            properties = new LinkedHashMap<>();
            if (otherProperties != null && !otherProperties.isNull()) {
                collector.warning(place, "\"properties\" should be an object or null; ignored");
            }
        }
        String id = idOf(idNode, properties, index);
        String where = place + idSuffix(id, index);
        if (collector.ids != null && !collector.ids.add(id)) {
            collector.warning(where, "duplicate id \"" + id + "\"");
        }
        Geometry geometry = null;
        if (collector.reprojection != null) {
            reproject(geometryValue, collector.reprojection);
        }
        if (geometryValue == ABSENT) {
            collector.warning(where, "no \"geometry\" member; read as a feature without a place");
        } else if (geometryValue != null) {
            try {
                geometry = readGeometry(geometryValue, where, collector, 0);
            } catch (BadGeometry e) {
                collector.error(where, e.getMessage() + "; feature left out");
                return null;
            }
        }
        // points only: that is where latitude and longitude get typed in the wrong order; lines and
        // areas north of the region (the Russia–Ukraine border, the Sea of Azov) are what they say
        if (geometry != null && !geometry.isEmpty() && geometry.getDimension() == 0) {
            org.locationtech.jts.geom.Envelope e = geometry.getEnvelopeInternal();
            collector.swaps.add((e.getMinX() + e.getMaxX()) / 2, (e.getMinY() + e.getMaxY()) / 2, index);
        }
        return new GeoFeature(index, id, geometry, properties);
    }

    /**
     * A JSON object as plain Java values, as Jackson's {@code convertValue(node, LinkedHashMap.class)}
     * gives them (objects as LinkedHashMap, arrays as ArrayList, whole numbers as Integer, Long or
     * BigInteger, others as Double) but walking the tree once instead of writing it out and reading
     * it back: about twice as fast on large incident files.
     */
    static Map<String, Object> toMap(JsonNode object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), toValue(e.getValue())));
        return map;
    }

    /**
     * A JSON value as the plain Java values features hold as properties (see {@link #toMap}); for the
     * readers of other formats that keep JSON in a column (a GeoPackage's JSON columns).
     */
    public static Object toValue(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT:
                return toMap(node);
            case ARRAY: {
                List<Object> list = new ArrayList<>(node.size());
                for (JsonNode item : node) {
                    list.add(toValue(item));
                }
                return list;
            }
            case STRING:
                return node.textValue();
            case BOOLEAN:
                return node.booleanValue();
            case NUMBER:
                if (node.isInt()) {
                    return node.intValue();
                }
                if (node.isLong()) {
                    return node.longValue();
                }
                if (node.isBigInteger()) {
                    return node.bigIntegerValue();
                }
                return node.doubleValue();
            case NULL:
            case MISSING:
                return null;
            default:
                return node.toString();
        }
    }

    private static String idOf(JsonNode id, Map<String, Object> properties, int index) {
        if (id != null && (id.isTextual() || id.isNumber()) && !id.asText().isBlank()) {
            return id.asText();
        }
        Object propertyId = properties.get("id");
        if (propertyId instanceof String || propertyId instanceof Number) {
            String text = String.valueOf(propertyId);
            if (!text.isBlank()) {
                return text;
            }
        }
        return "#" + index;
    }

    private static String idSuffix(String id, int index) {
        return id.equals("#" + index) ? "" : " id \"" + id + "\"";
    }

    /** Thrown inside the reader for a geometry that cannot be used; its message is for people. */
    private static final class BadGeometry extends Exception {
        BadGeometry(String message) {
            super(message, null, false, false);
        }
    }

    /** The "geometry" member when a feature has none (JSON null is read as null). */
    private static final Object ABSENT = new Object();

    /** A JSON value in coordinates or geometries that is not an array or number: its kind and text. */
    private record Other(String kind, String text) {
    }

    /**
     * A geometry object as read from the parser, before it is checked: its type, its coordinates
     * as plain values (see {@link #readCoordinates}) and, for a collection, its members.
     */
    private record RawGeometry(String type, Object coordinates, Object geometries) {
    }

    /**
     * Reads a "geometry" value from the parser (at its first token) without a tree: coordinates go
     * straight into arrays of doubles, so a polygon of 1.8 million vertices costs its numbers, not
     * millions of tree nodes. Members are taken in any order; a repeated one counts once, the last.
     * Returns null for JSON null, an {@link Other} for a value that is not an object.
     */
    private static Object readRawGeometry(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_OBJECT) {
            return other(parser);
        }
        String type = "";
        Object coordinates = null;
        Object geometries = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "type" -> type = value == JsonToken.VALUE_STRING ? parser.getText() : "";
                case "coordinates" -> coordinates = readCoordinates(parser);
                case "geometries" -> geometries = readGeometries(parser);
                default -> parser.skipChildren();
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new JsonParseException(parser, "unexpected " + parser.currentToken());
        }
        return new RawGeometry(type, coordinates, geometries);
    }

    /** A "geometries" value from the parser (at its first token): a list of raw geometries, else an {@link Other}. */
    private static Object readGeometries(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            return other(parser);
        }
        List<Object> members = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            members.add(readRawGeometry(parser));
        }
        return members;
    }

    /**
     * Coordinates from the parser (at their first token) as plain values: an array of numbers as a
     * {@code double[]} (a position), any other array as a list of such values, a number as a
     * Double, anything else as an {@link Other}.
     */
    private static Object readCoordinates(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDoubleValue();
        }
        if (token != JsonToken.START_ARRAY) {
            return other(parser);
        }
        double[] numbers = new double[2];
        int count = 0;
        List<Object> items = null;
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
            if (next == null) {
                throw new JsonParseException(parser, "unexpected end");
            }
            boolean number = next == JsonToken.VALUE_NUMBER_INT || next == JsonToken.VALUE_NUMBER_FLOAT;
            if (items == null && number) {
                if (count == numbers.length) {
                    numbers = java.util.Arrays.copyOf(numbers, count * 2);
                }
                numbers[count++] = parser.getDoubleValue();
                continue;
            }
            if (items == null) {
                items = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    items.add(numbers[i]);
                }
            }
            items.add(readCoordinates(parser));
        }
        return items != null ? items : count == numbers.length ? numbers : java.util.Arrays.copyOf(numbers, count);
    }

    private static Other other(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                parser.skipChildren();
                yield new Other("object", "{...}");
            }
            case VALUE_STRING -> new Other("string", "\"" + abbreviate(parser.getText()) + "\"");
            case VALUE_TRUE, VALUE_FALSE -> new Other("boolean", parser.getText());
            case VALUE_NULL -> new Other("null", "null");
            default -> new Other(token.toString().toLowerCase(java.util.Locale.ROOT), parser.getText());
        };
    }

    /** The kind of a read value in words: array, number, string, object, boolean, null. */
    private static String kind(Object value) {
        if (value instanceof double[] || value instanceof List<?>) {
            return "array";
        }
        if (value instanceof Double) {
            return "number";
        }
        return value instanceof Other other ? other.kind() : "null";
    }

    private static boolean isArray(Object value) {
        return value instanceof double[] || value instanceof List<?>;
    }

    private static int size(Object array) {
        return array instanceof double[] numbers ? numbers.length : ((List<?>) array).size();
    }

    private static Object item(Object array, int i) {
        return array instanceof double[] numbers ? (Object) numbers[i] : ((List<?>) array).get(i);
    }

    /**
     * Converts the positions of a raw geometry (as {@link #readRawGeometry} read it) in place from
     * the file's "crs" to longitude/latitude; a position the projection cannot take becomes NaN,
     * which the checks then name.
     */
    private static void reproject(Object raw, Reprojection reprojection) {
        if (raw instanceof RawGeometry geometry) {
            reproject(geometry.coordinates(), reprojection);
            reproject(geometry.geometries(), reprojection);
        } else if (raw instanceof double[] position && position.length >= 2) {
            reprojection.apply(position);
        } else if (raw instanceof List<?> items) {
            for (Object item : items) {
                reproject(item, reprojection);
            }
        }
    }

    private Geometry readGeometry(Object value, String place, Collector collector, int depth) throws BadGeometry {
        if (!(value instanceof RawGeometry node)) {
            throw new BadGeometry("\"geometry\" must be an object or null");
        }
        String type = node.type();
        if ("GeometryCollection".equals(type)) {
            if (!(node.geometries() instanceof List<?> members)) {
                throw new BadGeometry("a GeometryCollection needs a \"geometries\" array");
            }
            if (depth > 8) {
                throw new BadGeometry("GeometryCollections nested too deeply");
            }
            List<Geometry> parts = new ArrayList<>();
            for (Object member : members) {
                parts.add(readGeometry(member, place, collector, depth + 1));
            }
            return GEOMETRY_FACTORY.createGeometryCollection(parts.toArray(new Geometry[0]));
        }
        Object coordinates = node.coordinates();
        if (type.isEmpty()) {
            throw new BadGeometry("the geometry has no \"type\"");
        }
        if (!isGeometryType(type)) {
            throw new BadGeometry("unknown geometry type \"" + type + "\"");
        }
        if (!isArray(coordinates)) {
            throw new BadGeometry(type + " needs a \"coordinates\" array"
                    + (coordinates == null ? "" : ", found " + kind(coordinates)));
        }
        return switch (type) {
            case "Point" -> GEOMETRY_FACTORY.createPoint(position(coordinates));
            case "MultiPoint" -> GEOMETRY_FACTORY.createMultiPoint(points(coordinates));
            case "LineString" -> lineString(coordinates);
            case "MultiLineString" -> {
                List<LineString> lines = new ArrayList<>();
                for (int i = 0; i < size(coordinates); i++) {
                    lines.add(lineString(item(coordinates, i)));
                }
                yield GEOMETRY_FACTORY.createMultiLineString(lines.toArray(new LineString[0]));
            }
            case "Polygon" -> repaired(polygon(coordinates, place, collector), place, collector);
            case "MultiPolygon" -> {
                List<Polygon> polygons = new ArrayList<>();
                for (int i = 0; i < size(coordinates); i++) {
                    polygons.add(polygon(item(coordinates, i), place, collector));
                }
                yield repaired(GEOMETRY_FACTORY.createMultiPolygon(polygons.toArray(new Polygon[0])), place, collector);
            }
            default -> throw new BadGeometry("unknown geometry type \"" + type + "\"");
        };
    }

    private Geometry repaired(Geometry geometry, String place, Collector collector) {
        if (!repair) {
            // only checked, never changed: the check runs beside the parser, which reads on
            collector.warningLater(place, () -> GeometryRepair.check(geometry, repairBudget, false).problem());
            return geometry;
        }
        GeometryRepair.Outcome outcome = GeometryRepair.check(geometry, repairBudget, repair);
        if (outcome.problem() != null) {
            collector.warning(place, outcome.problem());
        }
        return outcome.geometry();
    }

    private Point[] points(Object array) throws BadGeometry {
        Point[] points = new Point[size(array)];
        for (int i = 0; i < points.length; i++) {
            points[i] = GEOMETRY_FACTORY.createPoint(position(item(array, i)));
        }
        return points;
    }

    private LineString lineString(Object array) throws BadGeometry {
        Coordinate[] coordinates = positions(array);
        if (coordinates.length < 2) {
            throw new BadGeometry("a line needs at least 2 positions, found " + coordinates.length);
        }
        return GEOMETRY_FACTORY.createLineString(coordinates);
    }

    private Polygon polygon(Object rings, String place, Collector collector) throws BadGeometry {
        if (!isArray(rings) || size(rings) == 0) {
            throw new BadGeometry("a polygon needs at least one ring");
        }
        LinearRing shell = ring(item(rings, 0), place, collector);
        LinearRing[] holes = new LinearRing[size(rings) - 1];
        for (int i = 1; i < size(rings); i++) {
            holes[i - 1] = ring(item(rings, i), place, collector);
        }
        return GEOMETRY_FACTORY.createPolygon(shell, holes);
    }

    private LinearRing ring(Object array, String place, Collector collector) throws BadGeometry {
        Coordinate[] coordinates = positions(array);
        if (coordinates.length > 0 && !coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            Coordinate[] closed = java.util.Arrays.copyOf(coordinates, coordinates.length + 1);
            closed[coordinates.length] = coordinates[0].copy();
            coordinates = closed;
            collector.warning(place, "a ring was not closed (its last position differs from its first); closed it");
        }
        if (coordinates.length < 4) {
            throw new BadGeometry("a ring needs at least 4 positions, found " + coordinates.length);
        }
        return GEOMETRY_FACTORY.createLinearRing(coordinates);
    }

    private Coordinate[] positions(Object array) throws BadGeometry {
        if (!isArray(array)) {
            throw new BadGeometry("expected an array of positions, found " + kind(array));
        }
        Coordinate[] coordinates = new Coordinate[size(array)];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = position(item(array, i));
        }
        return coordinates;
    }

    private static Coordinate position(Object position) throws BadGeometry {
        if (!isArray(position) || size(position) < 2) {
            throw new BadGeometry("a position must be [longitude, latitude], found " + abbreviate(position));
        }
        if (!(position instanceof double[] numbers)) {
            throw new BadGeometry("a position must hold numbers, found " + abbreviate(position));
        }
        double lon = numbers[0];
        double lat = numbers[1];
        String why = whyBadPosition(lon, lat);
        if (why != null) {
            throw new BadGeometry(why);
        }
        return new Coordinate(lon, lat);
    }

    /**
     * The one rule for a position in longitude/latitude degrees, for every reader: why it cannot be
     * used (not finite, out of range, or in range only read the other way round), or null when it can.
     */
    public static String whyBadPosition(double lon, double lat) {
        if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
            return "a position is not a finite number: [" + lon + "," + lat + "]";
        }
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            if (Math.abs(lon) <= 90 && Math.abs(lat) <= 180) {
                return "position [" + lon + "," + lat + "] looks like [latitude, longitude];"
                        + " longitude comes first, then latitude";
            }
            return "position [" + lon + "," + lat + "] is outside longitude -180..180, latitude -90..90";
        }
        return null;
    }

    /** A read value as JSON-like text, cut to 60 characters. */
    private static String abbreviate(Object value) {
        StringBuilder text = new StringBuilder();
        write(value, text);
        return abbreviate(text.toString());
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private static void write(Object value, StringBuilder text) {
        if (text.length() > 60) {
            return;
        }
        if (isArray(value)) {
            text.append('[');
            for (int i = 0; i < size(value) && text.length() <= 60; i++) {
                if (i > 0) {
                    text.append(',');
                }
                write(item(value, i), text);
            }
            text.append(']');
        } else if (value instanceof Other other) {
            text.append(other.text());
        } else {
            text.append(value);
        }
    }

    private static String placeOf(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    /** Gathers features and problems during one read. */
    private static final class Collector {
        /** Most polygon checks waiting for the checker thread (each holds its geometry). */
        private static final int CHECKS_QUEUED = 2;

        final String fileName;
        final List<GeoFeature> features = new ArrayList<>();
        /** In the order found; a null is the place of a polygon check not yet done (see {@link #later}). */
        final List<Problem> problems = new ArrayList<>();
        /** The ids seen, to warn about a repeated one; null when that is left to the caller. */
        Set<String> ids = new HashSet<>();
        LayerInfo info;
        /** The conversion from the file's "crs" to longitude/latitude, or null when it has none. */
        Reprojection reprojection;
        /**
         * One thread checking polygons while the parser reads on; when it is behind by
         * {@link #CHECKS_QUEUED} checks, the parser runs the next check itself, so both cores work
         * and at most four geometries wait. Null when the reader repairs (checks run in line).
         */
        private final java.util.concurrent.ThreadPoolExecutor checker;
        /** The checks not yet folded into {@link #problems}, oldest first. */
        private final java.util.ArrayDeque<Later> later = new java.util.ArrayDeque<>();

        private record Later(int slot, String place, java.util.concurrent.Future<String> problem) {
        }

        Collector(String fileName, boolean checkBeside) {
            this.fileName = fileName;
            this.checker = checkBeside ? new java.util.concurrent.ThreadPoolExecutor(1, 1, 0L,
                    java.util.concurrent.TimeUnit.MILLISECONDS, new java.util.concurrent.ArrayBlockingQueue<>(CHECKS_QUEUED),
                    task -> {
                        Thread thread = new Thread(task, "araxes-polygon-check");
                        thread.setDaemon(true);
                        return thread;
                    }, new java.util.concurrent.ThreadPoolExecutor.CallerRunsPolicy()) : null;
        }

        /**
         * A warning that a check (null: nothing to say) will give, kept at this place in the order
         * of problems; the check runs on the checker thread or, when that thread is behind, here.
         * Only for a collector made to check beside the parser.
         */
        void warningLater(String place, java.util.concurrent.Callable<String> check) {
            problems.add(null);
            later.add(new Later(problems.size() - 1, place, checker.submit(check)));
            while (!later.isEmpty() && later.peekFirst().problem().isDone()) {
                foldOldest();
            }
        }

        /** Waits for the oldest check and puts its warning, if any, in its place. */
        private void foldOldest() {
            Later oldest = later.removeFirst();
            String problem;
            try {
                problem = oldest.problem().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while checking polygons", e);
            } catch (java.util.concurrent.ExecutionException e) {
                // as if the check had run in line: its failure is the reader's
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
            if (problem != null) {
                problems.set(oldest.slot(), Problem.warning(fileName, oldest.place(), problem));
            }
        }

        /** Stops the checker thread without waiting (the read failed). */
        void abandonChecks() {
            if (checker != null) {
                checker.shutdownNow();
            }
            later.clear();
        }

        /** Waits for every check, and stops the checker thread. */
        void finishChecks() {
            try {
                while (!later.isEmpty()) {
                    foldOldest();
                }
            } finally {
                if (checker != null) {
                    checker.shutdownNow();
                }
                later.clear();
                problems.removeIf(java.util.Objects::isNull);
            }
        }

        java.util.function.Consumer<GeoFeature> sink;
        final SwappedCoordinates swaps = new SwappedCoordinates();
        int count;

        void add(GeoFeature feature) {
            if (feature != null) {
                count++;
                if (sink != null) {
                    sink.accept(feature);
                } else {
                    features.add(feature);
                }
            }
        }

        void error(String place, String message) {
            problems.add(Problem.error(fileName, place, message));
        }

        void warning(String place, String message) {
            problems.add(Problem.warning(fileName, place, message));
        }

        GeoJsonResult result() {
            finishChecks();
            LayerInfo layerInfo = info != null ? info
                    : new LayerInfo(LayerInfo.titleFromFileName(fileName), LayerInfo.Kind.OTHER, 1000, "", "");
            return new GeoJsonResult(fileName, layerInfo, features, problems);
        }
    }
}
