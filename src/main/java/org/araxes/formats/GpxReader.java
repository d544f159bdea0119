// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.araxes.io.GeoJsonResult;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads GPX (1.0 and 1.1; elements taken by their local names) with the JDK's StAX parser, made
 * safe by {@link XmlInput}, one waypoint, route or track at a time.
 *
 * <p>A waypoint ({@code wpt}) becomes a Point, a route ({@code rte}) a LineString of its
 * {@code rtept}s, a track ({@code trk}) a MultiLineString of its segments ({@code trkseg}; one
 * segment: a LineString). Properties: {@code gpx} ({@code "waypoint"}, {@code "route"} or
 * {@code "track"}), {@code name}, {@code desc}, {@code cmt}, {@code src}, {@code type},
 * {@code link} (its href), {@code ele} and {@code time} of a waypoint; for routes and tracks
 * {@code time} and {@code end}, the first and last time of their points. The file's
 * {@code metadata/name} is the layer's title. A point without a usable {@code lat}/{@code lon} leaves
 * its waypoint, route or track out with an error naming it and its line; a segment of one point is
 * dropped with a warning. Extensions are not read.
 *
 * <p>Thread-safe: each read has its own parser.
 */
public final class GpxReader {

    private GpxReader() {
    }

    /** Reads a GPX file. */
    public static GeoJsonResult read(Path file) {
        return read(file, UnaryOperator.identity());
    }

    /** Reads a GPX file with its bytes passed through {@code wrap} (progress, cancel). */
    public static GeoJsonResult read(Path file, UnaryOperator<InputStream> wrap) {
        return GeoFiles.streamed(file, wrap, GpxReader::read);
    }

    /** Reads GPX from a stream; the caller closes it. {@code fileName} names the problems. */
    public static GeoJsonResult read(InputStream in, String fileName) {
        Features out = new Features(fileName);
        String title = null;
        XMLStreamReader reader = null;
        int[] counts = new int[3];
        try {
            reader = XmlInput.reader(in);
            boolean root = true;
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String local = reader.getLocalName();
                if (root) {
                    root = false;
                    if (!local.equals("gpx")) {
                        out.error("line " + reader.getLocation().getLineNumber(),
                                "not GPX: the root element is <" + local + ">, not <gpx>");
                        break;
                    }
                    continue;
                }
                switch (local) {
                    case "metadata" -> title = metadataName(reader);
                    case "wpt" -> item(reader, "waypoint", counts[0]++, out);
                    case "rte" -> item(reader, "route", counts[1]++, out);
                    case "trk" -> item(reader, "track", counts[2]++, out);
                    case "name" -> {
                        String name = XmlInput.text(reader); // GPX 1.0 names the file at its top
                        title = title == null ? name : title;
                    }
                    default -> XmlInput.skip(reader);
                }
            }
        } catch (XMLStreamException e) {
            XmlInput.failed(out, e, reader, "waypoints, routes and tracks");
        } finally {
            XmlInput.close(reader);
        }
        return out.result(title);
    }

    private static String metadataName(XMLStreamReader reader) throws XMLStreamException {
        String name = null;
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (depth == 1 && reader.getLocalName().equals("name")) {
                    name = XmlInput.text(reader);
                } else {
                    XmlInput.skip(reader);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return name;
    }

    /** A wpt, rte or trk, from its START_ELEMENT to its END_ELEMENT. */
    private static void item(XMLStreamReader reader, String kind, int index, Features out) throws XMLStreamException {
        String place = kind + " " + index + " (line " + reader.getLocation().getLineNumber() + ")";
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("gpx", kind);
        String bad = null;
        Geometry geometry = null;
        List<Geometry> segments = new ArrayList<>();
        List<Coordinate> points = new ArrayList<>();
        String[] times = new String[2];
        if (kind.equals("waypoint")) {
            try {
                geometry = Features.point(position(reader));
            } catch (Features.BadGeometry e) {
                bad = e.getMessage();
            }
        }
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (reader.getLocalName().equals("trkseg")) {
                    if (bad == null) {
                        segment(points, place, segments, out);
                    }
                    points.clear();
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String local = reader.getLocalName();
            switch (local) {
                case "name", "desc", "cmt", "src", "type", "ele", "time", "sym" -> {
                    String text = XmlInput.text(reader);
                    if (depth == 1) {
                        properties.put(local, text);
                    } else if (local.equals("time")) {
                        times[0] = times[0] == null ? text : times[0];
                        times[1] = text;
                    }
                }
                case "link" -> {
                    String href = reader.getAttributeValue(null, "href");
                    XmlInput.skip(reader);
                    if (depth == 1 && href != null) {
                        properties.putIfAbsent("link", href);
                    }
                }
                case "url" -> properties.putIfAbsent("link", XmlInput.text(reader)); // GPX 1.0
                case "rtept", "trkpt" -> {
                    try {
                        points.add(position(reader));
                    } catch (Features.BadGeometry e) {
                        bad = bad == null ? local + " " + points.size() + " (line " + reader.getLocation().getLineNumber()
                                + "): " + e.getMessage() : bad;
                    }
                    depth++;
                }
                case "extensions" -> XmlInput.skip(reader);
                default -> depth++; // trkseg
            }
        }
        if (bad != null) {
            out.error(place, bad + "; " + kind + " left out");
            return;
        }
        if (kind.equals("route")) {
            segment(points, place, segments, out);
        }
        if (!kind.equals("waypoint")) {
            if (times[0] != null) {
                properties.putIfAbsent("time", times[0]);
                properties.putIfAbsent("end", times[1]);
            }
            geometry = segments.isEmpty() ? null : Features.joined(segments);
            if (geometry == null) {
                out.warning(place, "the " + kind + " has no line of 2 points or more; kept without a place");
            }
        }
        out.add(null, geometry, properties, place);
    }

    /** The points read so far as one line, then none; a lone point is dropped with a warning. */
    private static void segment(List<Coordinate> points, String place, List<Geometry> segments, Features out) {
        if (points.size() == 1) {
            out.warning(place, "a segment of one point is not a line; dropped");
        } else if (points.size() > 1) {
            try {
                segments.add(Features.line(points));
            } catch (Features.BadGeometry e) {
                out.warning(place, e.getMessage());
            }
        }
        points.clear();
    }

    /** The lat and lon attributes of the element the reader is at. */
    private static Coordinate position(XMLStreamReader reader) throws Features.BadGeometry {
        String lat = reader.getAttributeValue(null, "lat");
        String lon = reader.getAttributeValue(null, "lon");
        if (lat == null || lon == null || lat.isBlank() || lon.isBlank()) {
            throw new Features.BadGeometry("no " + (lat == null || lat.isBlank() ? "lat" : "lon") + " attribute");
        }
        try {
            return Features.position(Double.parseDouble(lon.strip()), Double.parseDouble(lat.strip()));
        } catch (NumberFormatException e) {
            throw new Features.BadGeometry("lat \"" + lat + "\", lon \"" + lon + "\" are not numbers");
        }
    }
}
