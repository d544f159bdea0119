// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.araxes.io.GeoJsonResult;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;

/**
 * Reads KML (2.2, 2.1 or none namespace: elements are taken by their local names) and KMZ with
 * the JDK's StAX parser, one placemark at a time, made safe by {@link XmlInput}.
 *
 * <p>Each {@code Placemark} becomes a feature: its geometry from {@code Point}, {@code LineString},
 * {@code LinearRing}, {@code Polygon} (outer and inner boundaries), {@code gx:Track} and any number
 * of them in a {@code MultiGeometry} (nested ones flattened; altitude dropped); its properties
 * {@code name}, {@code description} (CDATA or escaped HTML, as text), {@code timestamp} (from
 * {@code TimeStamp/when}), {@code begin} and {@code end} (from {@code TimeSpan}), {@code folder}
 * (the names of the folders and documents it sits in, outermost first, joined by " / ") and every
 * {@code ExtendedData} value ({@code Data name=…/value} and {@code SchemaData/SimpleData name=…})
 * by its name. Its {@code id} attribute is its id. The first {@code Document}'s name is the layer's
 * title. A placemark with unusable coordinates is left out with an error naming it and its line;
 * a placemark without a geometry is kept without a place. Styles, overlays and network links are
 * not read; a network link is not followed (Araxes fetches nothing) and is warned about, except in
 * a KMZ one to another document inside it, which is read as every {@code .kml} entry is.
 *
 * <p>Thread-safe: each read has its own parser.
 */
public final class KmlReader {

    private KmlReader() {
    }

    /** Reads a KML file. */
    public static GeoJsonResult read(Path file) {
        return read(file, UnaryOperator.identity());
    }

    /** Reads a KML file with its bytes passed through {@code wrap} (progress, cancel). */
    public static GeoJsonResult read(Path file, UnaryOperator<InputStream> wrap) {
        return GeoFiles.streamed(file, wrap, KmlReader::read);
    }

    /**
     * Reads a KMZ: every {@code .kml} entry of the ZIP in its order ({@code doc.kml} first by
     * convention; the layers GDAL's LIBKML driver writes beside it, which {@code doc.kml} links to,
     * after it), streamed, within the document size limit however well it was compressed.
     */
    public static GeoJsonResult readKmz(Path file, UnaryOperator<InputStream> wrap) {
        String name = GeoFiles.nameOf(file);
        Features out = new Features(name);
        Reading reading = new Reading(out, true);
        boolean any = false;
        try (ZipInputStream zip = new ZipInputStream(GeoFiles.open(file, wrap))) {
            // the unzipped bytes are limited too: a small KMZ may unzip to gigabytes
            InputStream unzipped = new org.araxes.io.SizeLimitedInputStream(zip, org.araxes.io.GeoJsonReader.MAX_DOCUMENT_LENGTH);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".kml")) {
                    any = true;
                    // the parser closes its stream at the end of a document; the ZIP reads on
                    InputStream kept = new java.io.FilterInputStream(unzipped) {
                        @Override
                        public void close() {
                            // the ZIP stream is closed once, below
                        }
                    };
                    if (!read(kept, reading, entry.getName())) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            return GeoFiles.failed(name, "the KMZ cannot be read as a ZIP archive: " + e.getMessage());
        }
        if (!any) {
            return GeoFiles.failed(name, "the KMZ holds no .kml document (a KMZ is a ZIP with doc.kml inside)");
        }
        return out.result(reading.title);
    }

    /** Reads KML from a stream; the caller closes it. {@code fileName} names the problems. */
    public static GeoJsonResult read(InputStream in, String fileName) {
        Features out = new Features(fileName);
        Reading reading = new Reading(out, false);
        read(in, reading, null);
        return out.result(reading.title);
    }

    /** Reads one KML document into a read; false when it stopped at a problem. */
    private static boolean read(InputStream in, Reading reading, String entry) {
        XMLStreamReader reader = null;
        try {
            reader = XmlInput.reader(in);
            reading.document(reader, entry);
            return true;
        } catch (XMLStreamException e) {
            XmlInput.failed(reading.out, e, reader, "placemarks");
            return false;
        } finally {
            XmlInput.close(reader);
        }
    }

    /** One read: the folders around the parser's place, the placemarks counted so far. */
    private static final class Reading {
        private final Features out;
        /** True inside a KMZ, whose relative links name entries read anyway. */
        private final boolean inKmz;
        /** The names of the open containers (Document, Folder), outermost first; "" until named. */
        private final Deque<String[]> containers = new ArrayDeque<>();
        private String title;
        private int placemarks;
        private boolean warnedLinks;
        /** The KMZ entry being read, or null. */
        private String currentEntry;

        Reading(Features out, boolean inKmz) {
            this.out = out;
            this.inKmz = inKmz;
        }

        void document(XMLStreamReader reader, String entry) throws XMLStreamException {
            String in = entry == null ? "" : entry + ", ";
            currentEntry = entry;
            boolean root = true;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    String local = reader.getLocalName();
                    if (local.equals("Folder") || local.equals("Document")) {
                        containers.pollLast();
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String local = reader.getLocalName();
                if (root) {
                    root = false;
                    if (!local.equals("kml")) {
                        out.error(in + "line " + reader.getLocation().getLineNumber(),
                                "not KML: the root element is <" + local + ">, not <kml>");
                        return;
                    }
                    continue;
                }
                switch (local) {
                    case "Document", "Folder" -> containers.addLast(new String[] {""});
                    case "name" -> {
                        String name = XmlInput.text(reader);
                        if (!containers.isEmpty() && containers.peekLast()[0].isEmpty()) {
                            containers.peekLast()[0] = name;
                            if (title == null && containers.size() == 1) {
                                title = name;
                            }
                        }
                    }
                    case "Placemark" -> placemark(reader);
                    case "NetworkLink" -> {
                        String line = in + "line " + reader.getLocation().getLineNumber();
                        String href = linkHref(reader);
                        boolean inside = inKmz && href != null && !href.contains(":");
                        if (!inside && !warnedLinks) {
                            warnedLinks = true;
                            out.warning(line, "a NetworkLink to " + (href == null ? "another file" : "\"" + href + "\"")
                                    + " is not followed (Araxes fetches nothing); only the placemarks in the file are read");
                        }
                    }
                    case "Style", "StyleMap", "Schema", "GroundOverlay", "ScreenOverlay", "PhotoOverlay", "LookAt",
                            "Camera", "Region", "description", "Snippet", "ExtendedData" -> XmlInput.skip(reader);
                    default -> {
                        // containers' other children: walked through
                    }
                }
            }
        }

        private String folder() {
            List<String> names = new ArrayList<>();
            for (String[] container : containers) {
                if (!container[0].isEmpty()) {
                    names.add(container[0]);
                }
            }
            return String.join(" / ", names);
        }

        /** One Placemark, from its START_ELEMENT to its END_ELEMENT. */
        private void placemark(XMLStreamReader reader) throws XMLStreamException {
            int index = placemarks++;
            String id = reader.getAttributeValue(null, "id");
            String place = (currentEntry == null ? "" : currentEntry + ", ") + "placemark " + index + (id == null || id.isBlank() ? "" : " (id \"" + id + "\")")
                    + " (line " + reader.getLocation().getLineNumber() + ")";
            Map<String, Object> properties = new LinkedHashMap<>();
            Map<String, Object> extended = new LinkedHashMap<>();
            List<Geometry> parts = new ArrayList<>();
            String bad = null;
            int depth = 1;
            while (depth > 0) {
                int event = reader.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String local = reader.getLocalName();
                switch (local) {
                    case "name", "description", "address" -> {
                        if (depth == 1) {
                            properties.put(local, XmlInput.text(reader));
                        } else {
                            XmlInput.skip(reader);
                        }
                    }
                    case "when" -> properties.putIfAbsent("timestamp", XmlInput.text(reader));
                    case "begin", "end" -> properties.put(local, XmlInput.text(reader));
                    case "Data" -> {
                        String key = reader.getAttributeValue(null, "name");
                        String value = dataValue(reader);
                        if (key != null && !key.isBlank()) {
                            extended.put(key.strip(), value);
                        }
                    }
                    case "SimpleData" -> {
                        String key = reader.getAttributeValue(null, "name");
                        String value = XmlInput.text(reader);
                        if (key != null && !key.isBlank()) {
                            extended.put(key.strip(), value);
                        }
                    }
                    case "Point", "LineString", "LinearRing", "Polygon", "Track" -> {
                        try {
                            parts.add(geometry(reader, local, place));
                        } catch (Features.BadGeometry e) {
                            bad = bad == null ? e.getMessage() : bad;
                        }
                    }
                    case "Model" -> {
                        out.warning(place, "a 3D Model is not read; its placemark is kept without it");
                        XmlInput.skip(reader);
                    }
                    case "Style", "StyleMap", "styleUrl", "Snippet", "LookAt", "Camera", "Region", "visibility",
                            "open", "phoneNumber", "AddressDetails" -> XmlInput.skip(reader);
                    default -> depth++; // TimeStamp, TimeSpan, ExtendedData, SchemaData, MultiGeometry, MultiTrack…
                }
            }
            if (bad != null) {
                out.error(place, bad + "; placemark left out");
                return;
            }
            String folder = folder();
            if (!folder.isEmpty()) {
                properties.put("folder", folder);
            }
            extended.forEach(properties::putIfAbsent);
            out.add(id, Features.joined(parts), properties, place);
        }

        /** A NetworkLink's {@code Link/href} (or {@code Url/href}), the reader left at its end. */
        private static String linkHref(XMLStreamReader reader) throws XMLStreamException {
            String href = null;
            int depth = 1;
            while (depth > 0) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (reader.getLocalName().equals("href")) {
                        href = XmlInput.text(reader);
                    } else {
                        depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return href;
        }

        /** A {@code Data} element's {@code value} (its {@code displayName} is not the value). */
        private static String dataValue(XMLStreamReader reader) throws XMLStreamException {
            String value = "";
            int depth = 1;
            while (depth > 0) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (reader.getLocalName().equals("value")) {
                        value = XmlInput.text(reader);
                    } else {
                        XmlInput.skip(reader);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return value;
        }

        /** One geometry element, from its START_ELEMENT to its END_ELEMENT. */
        private Geometry geometry(XMLStreamReader reader, String type, String place)
                throws XMLStreamException, Features.BadGeometry {
            List<Coordinate> outer = null;
            List<List<Coordinate>> inner = new ArrayList<>();
            List<Coordinate> track = new ArrayList<>();
            boolean inInner = false;
            int line = reader.getLocation().getLineNumber();
            int depth = 1;
            while (depth > 0) {
                int event = reader.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (reader.getLocalName().equals("innerBoundaryIs")) {
                        inInner = false;
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (reader.getLocalName()) {
                    case "coordinates" -> {
                        List<Coordinate> positions = coordinates(XmlInput.text(reader), type, line);
                        if (inInner) {
                            inner.add(positions);
                        } else if (outer == null) {
                            outer = positions;
                        }
                    }
                    case "coord" -> track.add(trackPosition(XmlInput.text(reader), line));
                    case "innerBoundaryIs" -> {
                        inInner = true;
                        depth++;
                    }
                    default -> depth++;
                }
            }
            if (type.equals("Track")) {
                return track.size() == 1 ? Features.point(track.get(0)) : Features.line(track);
            }
            if (outer == null || outer.isEmpty()) {
                throw new Features.BadGeometry(type + " has no coordinates (line " + line + ")");
            }
            return switch (type) {
                case "Point" -> Features.point(outer.get(0));
                case "LineString" -> Features.line(outer);
                default -> {
                    LinearRing shell = out.ring(outer, place);
                    List<LinearRing> holes = new ArrayList<>();
                    for (List<Coordinate> hole : inner) {
                        holes.add(out.ring(hole, place));
                    }
                    yield out.repaired(Features.polygon(shell, holes), place);
                }
            };
        }

        /**
         * KML's "lon,lat[,alt]" tuples, separated by white space (white space beside a comma is
         * part of its tuple, as Google Earth reads it). Scanned by hand: a regular expression per
         * tuple took most of the time of reading a large file.
         */
        private static List<Coordinate> coordinates(String text, String type, int line) throws Features.BadGeometry {
            List<Coordinate> positions = new ArrayList<>();
            List<String> tuple = new ArrayList<>(3);
            int n = text.length();
            int i = 0;
            while (i < n) {
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                int start = i;
                while (i < n && text.charAt(i) != ',' && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                tuple.add(text.substring(start, i));
                int j = i;
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j < n && text.charAt(j) == ',') {
                    i = j + 1; // the tuple goes on after its comma
                    while (i < n && Character.isWhitespace(text.charAt(i))) {
                        i++;
                    }
                    if (i < n) {
                        continue;
                    }
                }
                positions.add(tuple(tuple, type, line));
                tuple.clear();
                i = j;
            }
            if (!tuple.isEmpty()) {
                positions.add(tuple(tuple, type, line));
            }
            return positions;
        }

        private static Coordinate tuple(List<String> parts, String type, int line) throws Features.BadGeometry {
            String written = String.join(",", parts);
            if (parts.size() < 2) {
                throw new Features.BadGeometry(type + " coordinates \"" + cut(written) + "\" are not longitude,latitude"
                        + " (line " + line + ")");
            }
            return Features.position(number(parts.get(0), written, line), number(parts.get(1), written, line));
        }

        /** A gx:coord: "lon lat alt", separated by spaces. */
        private static Coordinate trackPosition(String text, int line) throws Features.BadGeometry {
            String[] parts = text.strip().split("\\s+");
            if (parts.length < 2) {
                throw new Features.BadGeometry("gx:coord \"" + cut(text) + "\" is not longitude latitude (line " + line + ")");
            }
            return Features.position(number(parts[0], text, line), number(parts[1], text, line));
        }

        private static double number(String text, String tuple, int line) throws Features.BadGeometry {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new Features.BadGeometry("\"" + cut(text) + "\" in coordinates \"" + cut(tuple)
                        + "\" is not a number (line " + line + ")");
            }
        }

        private static String cut(String text) {
            return text.length() > 60 ? text.substring(0, 57) + "..." : text;
        }
    }
}
