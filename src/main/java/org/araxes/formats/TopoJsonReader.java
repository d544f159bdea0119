// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.araxes.io.GeoJsonReader;
import org.araxes.io.GeoJsonResult;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;

/**
 * Reads TopoJSON (the topojson-specification 1.0) with Jackson, under the GeoJSON reader's read
 * limits. The arcs are decoded once (delta-encoded and scaled when the topology has a
 * {@code transform}); each geometry of each object becomes a feature whose lines and rings are its
 * arcs joined (a negative index {@code ~i} is arc {@code i} reversed). All objects go into one
 * layer; each feature's {@code properties} are kept, with the object's name added as
 * {@code topojson_object} (unless the feature has that property), and its {@code id} as its id. A
 * geometry with a bad arc index or unusable coordinates is left out with an error naming its object
 * and index. The whole topology is held in memory while it is read (arcs are shared by every
 * object, so it cannot be streamed one feature at a time).
 *
 * <p>Thread-safe.
 */
public final class TopoJsonReader {

    /** The object-name property added to each feature. */
    public static final String OBJECT_PROPERTY = "topojson_object";

    private static final ObjectMapper MAPPER = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(GeoJsonReader.MAX_NESTING_DEPTH)
                    .maxNumberLength(GeoJsonReader.MAX_NUMBER_LENGTH)
                    .maxStringLength(GeoJsonReader.MAX_STRING_LENGTH)
                    .maxDocumentLength(GeoJsonReader.MAX_DOCUMENT_LENGTH).build())
            .build());

    private TopoJsonReader() {
    }

    /** Reads a TopoJSON file. */
    public static GeoJsonResult read(Path file) {
        return read(file, UnaryOperator.identity());
    }

    /** Reads a TopoJSON file with its bytes passed through {@code wrap} (progress, cancel). */
    public static GeoJsonResult read(Path file, UnaryOperator<InputStream> wrap) {
        return GeoFiles.streamed(file, wrap, TopoJsonReader::read);
    }

    /** Reads TopoJSON from a stream; the caller closes it. */
    public static GeoJsonResult read(InputStream in, String fileName) {
        JsonNode topology;
        try (JsonParser parser = MAPPER.createParser(in)) {
            topology = MAPPER.readTree(parser);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            return failed(fileName, where, org.araxes.io.TextEncoding.plainJsonMessage(e));
        } catch (IOException e) {
            return GeoFiles.failed(fileName, e instanceof org.araxes.io.CancelledException ? "cancelled"
                    : "the file cannot be read: " + e.getMessage());
        }
        if (topology == null || !topology.isObject()) {
            return GeoFiles.failed(fileName, topology == null ? "the file is empty" : "not TopoJSON: expected an object");
        }
        if (!"Topology".equals(topology.path("type").asText())) {
            return GeoFiles.failed(fileName, "not TopoJSON: its \"type\" is not \"Topology\"");
        }
        Features out = new Features(fileName);
        double[] transform = transform(topology.get("transform"), out);
        List<double[][]> arcs = arcs(topology.path("arcs"), transform, out);
        JsonNode objects = topology.path("objects");
        if (!objects.isObject()) {
            out.error("", "a topology needs an \"objects\" object");
            return out.result(null);
        }
        Iterator<Map.Entry<String, JsonNode>> named = objects.fields();
        while (named.hasNext()) {
            Map.Entry<String, JsonNode> object = named.next();
            JsonNode value = object.getValue();
            if ("GeometryCollection".equals(value.path("type").asText()) && value.path("geometries").isArray()) {
                int i = 0;
                for (JsonNode member : value.path("geometries")) {
                    feature(member, object.getKey(), "object \"" + object.getKey() + "\", geometry " + i++, arcs, transform, out);
                }
            } else {
                feature(value, object.getKey(), "object \"" + object.getKey() + "\"", arcs, transform, out);
            }
        }
        return out.result(null);
    }

    private static GeoJsonResult failed(String fileName, String place, String message) {
        Features out = new Features(fileName);
        out.error(place, message);
        return out.result(null);
    }

    /** {scaleX, scaleY, translateX, translateY}, or null when the topology is not quantized. */
    private static double[] transform(JsonNode node, Features out) {
        if (node == null || node.isNull()) {
            return null;
        }
        JsonNode scale = node.path("scale");
        JsonNode translate = node.path("translate");
        if (scale.size() != 2 || translate.size() != 2 || !scale.get(0).isNumber() || !scale.get(1).isNumber()
                || !translate.get(0).isNumber() || !translate.get(1).isNumber()) {
            out.error("transform", "a transform needs \"scale\" and \"translate\", two numbers each; read as none");
            return null;
        }
        return new double[] {scale.get(0).doubleValue(), scale.get(1).doubleValue(),
            translate.get(0).doubleValue(), translate.get(1).doubleValue()};
    }

    /** The arcs as positions, decoded (a bad arc is null, named once, and fails the geometries using it). */
    private static List<double[][]> arcs(JsonNode node, double[] transform, Features out) {
        List<double[][]> arcs = new ArrayList<>();
        int index = 0;
        for (JsonNode arc : node) {
            double[][] positions = new double[arc.size()][];
            double x = 0;
            double y = 0;
            for (int i = 0; i < arc.size(); i++) {
                JsonNode p = arc.get(i);
                if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                    out.error("arc " + index, "position " + i + " is not [x, y]: " + cut(p.toString()));
                    positions = null;
                    break;
                }
                if (transform == null) {
                    positions[i] = new double[] {p.get(0).doubleValue(), p.get(1).doubleValue()};
                } else {
                    x += p.get(0).doubleValue();
                    y += p.get(1).doubleValue();
                    positions[i] = new double[] {x * transform[0] + transform[2], y * transform[1] + transform[3]};
                }
            }
            arcs.add(positions);
            index++;
        }
        return arcs;
    }

    private static void feature(JsonNode node, String objectName, String place, List<double[][]> arcs,
                                double[] transform, Features out) {
        JsonNode id = node.get("id");
        String idText = id != null && (id.isTextual() || id.isNumber()) ? id.asText() : null;
        String where = place + (idText == null ? "" : " (id \"" + idText + "\")");
        Map<String, Object> properties = new LinkedHashMap<>();
        JsonNode props = node.get("properties");
        if (props != null && props.isObject()) {
            properties.putAll(MAPPER.convertValue(props, LinkedHashMap.class));
        }
        properties.putIfAbsent(OBJECT_PROPERTY, objectName);
        Geometry geometry;
        try {
            geometry = geometry(node, arcs, transform, where, out, 0);
        } catch (Features.BadGeometry e) {
            out.error(where, e.getMessage() + "; left out");
            return;
        }
        out.add(idText, geometry, properties, where);
    }

    private static Geometry geometry(JsonNode node, List<double[][]> arcs, double[] transform, String place,
                                     Features out, int depth) throws Features.BadGeometry {
        String type = node.path("type").asText("");
        JsonNode a = node.path("arcs");
        return switch (type) {
            case "Point" -> Features.point(point(node.path("coordinates"), transform));
            case "MultiPoint" -> {
                List<Geometry> points = new ArrayList<>();
                for (JsonNode p : node.path("coordinates")) {
                    points.add(Features.point(point(p, transform)));
                }
                yield points.isEmpty() ? null : multi(points, "MultiPoint");
            }
            case "LineString" -> Features.line(line(a, arcs));
            case "MultiLineString" -> {
                List<Geometry> lines = new ArrayList<>();
                for (JsonNode line : a) {
                    lines.add(Features.line(line(line, arcs)));
                }
                yield lines.isEmpty() ? null : multi(lines, "MultiLineString");
            }
            case "Polygon" -> out.repaired(polygon(a, arcs, place, out), place);
            case "MultiPolygon" -> {
                List<Geometry> polygons = new ArrayList<>();
                for (JsonNode polygon : a) {
                    polygons.add(polygon(polygon, arcs, place, out));
                }
                yield polygons.isEmpty() ? null : out.repaired(multi(polygons, "MultiPolygon"), place);
            }
            case "GeometryCollection" -> {
                if (depth > 8) {
                    throw new Features.BadGeometry("GeometryCollections nested too deeply");
                }
                List<Geometry> parts = new ArrayList<>();
                for (JsonNode member : node.path("geometries")) {
                    Geometry part = geometry(member, arcs, transform, place, out, depth + 1);
                    if (part != null) {
                        parts.add(part);
                    }
                }
                yield Features.joined(parts);
            }
            case "" -> null; // a null geometry: "type": null or none
            default -> throw new Features.BadGeometry("unknown geometry type \"" + type + "\"");
        };
    }

    /** Parts of one kind as a multi-geometry even when there is one. */
    private static Geometry multi(List<Geometry> parts, String type) {
        org.locationtech.jts.geom.GeometryFactory f = GeoJsonReader.geometryFactory();
        return switch (type) {
            case "MultiPoint" -> f.createMultiPoint(parts.toArray(new org.locationtech.jts.geom.Point[0]));
            case "MultiLineString" -> f.createMultiLineString(parts.toArray(new org.locationtech.jts.geom.LineString[0]));
            default -> f.createMultiPolygon(parts.toArray(new org.locationtech.jts.geom.Polygon[0]));
        };
    }

    private static Coordinate point(JsonNode p, double[] transform) throws Features.BadGeometry {
        if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new Features.BadGeometry("a point needs \"coordinates\" [x, y], found " + cut(p.toString()));
        }
        double x = p.get(0).doubleValue();
        double y = p.get(1).doubleValue();
        return transform == null ? Features.position(x, y)
                : Features.position(x * transform[0] + transform[2], y * transform[1] + transform[3]);
    }

    /** Arcs joined into one line: each after the first loses its first position (the last of the one before). */
    private static List<Coordinate> line(JsonNode indices, List<double[][]> arcs) throws Features.BadGeometry {
        if (!indices.isArray()) {
            throw new Features.BadGeometry("\"arcs\" must be an array of arc indices");
        }
        List<Coordinate> positions = new ArrayList<>();
        for (JsonNode indexNode : indices) {
            if (!indexNode.canConvertToInt() || !indexNode.isIntegralNumber()) {
                throw new Features.BadGeometry("arc index " + cut(indexNode.toString()) + " is not a whole number");
            }
            int index = indexNode.intValue();
            int arcIndex = index < 0 ? ~index : index;
            if (arcIndex >= arcs.size()) {
                throw new Features.BadGeometry("arc index " + index + " names no arc (the topology has " + arcs.size() + ")");
            }
            double[][] arc = arcs.get(arcIndex);
            if (arc == null) {
                throw new Features.BadGeometry("arc " + arcIndex + " is broken (see its problem)");
            }
            for (int i = 0; i < arc.length; i++) {
                double[] p = arc[index < 0 ? arc.length - 1 - i : i];
                if (i == 0 && !positions.isEmpty()) {
                    continue;
                }
                positions.add(Features.position(p[0], p[1]));
            }
        }
        return positions;
    }

    private static org.locationtech.jts.geom.Polygon polygon(JsonNode rings, List<double[][]> arcs, String place,
                                                             Features out) throws Features.BadGeometry {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new Features.BadGeometry("a polygon needs at least one ring");
        }
        LinearRing shell = out.ring(line(rings.get(0), arcs), place);
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 1; i < rings.size(); i++) {
            holes.add(out.ring(line(rings.get(i), arcs), place));
        }
        return Features.polygon(shell, holes);
    }

    private static String cut(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
