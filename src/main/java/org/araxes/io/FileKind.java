// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Formats that are not GeoJSON, told by a file's first bytes, so that a Shapefile given to the
 * GeoJSON reader is named a Shapefile instead of failing as bad JSON. The format dispatcher
 * ({@code formats.GeoFiles}) uses them to pick a reader, and names what it cannot read with what to
 * do; the GeoJSON reader uses them before it parses a byte.
 *
 * <p>Known: SQLite (GeoPackage, SpatiaLite), ZIP (KMZ, zipped Shapefile), gzip, Shapefile
 * ({@code .shp}: file code 9994), its {@code .dbf}/{@code .shx}, FlatGeobuf, XML (KML, GPX, GML),
 * PDF and images. TopoJSON and GeoJSONSeq are JSON and are told apart by the dispatcher.
 */
public enum FileKind {
    /** SQLite 3: a GeoPackage or SpatiaLite database. */
    SQLITE("a SQLite database (a GeoPackage?), not GeoJSON"),
    /** ZIP: a KMZ or a zipped Shapefile. */
    ZIP("a ZIP archive (a KMZ or a zipped Shapefile?), not GeoJSON"),
    /** gzip-compressed. */
    GZIP("a gzip-compressed file: uncompress it first (gunzip)"),
    /** An ESRI Shapefile's geometry ({@code .shp}) or index ({@code .shx}). */
    SHAPEFILE("a Shapefile (its .shp or .shx), not GeoJSON"),
    /** A FlatGeobuf file. */
    FLATGEOBUF("a FlatGeobuf file, not GeoJSON"),
    /** XML: KML, GPX or GML. */
    XML("an XML file (KML, GPX or GML?), not GeoJSON"),
    /** A PDF document. */
    PDF("a PDF document, not map data"),
    /** A PNG, JPEG or TIFF image. */
    IMAGE("an image, not map data");

    private final String message;

    FileKind(String message) {
        this.message = message;
    }

    /** The problem's text: what the file is and what to do. */
    public String message() {
        return "the file is " + message;
    }

    /** How many first bytes {@link #of(byte[])} looks at. */
    public static final int HEAD = 64;

    /** The foreign kind of a file from its first bytes, or null when it may be text Araxes reads. */
    public static FileKind of(byte[] head) {
        if (startsWith(head, "SQLite format 3\0")) {
            return SQLITE;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5) && (head[3] == 4 || head[3] == 6)) {
            return ZIP;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return GZIP;
        }
        if (head.length >= 4 && head[0] == 0 && head[1] == 0 && (head[2] & 0xFF) == 0x27 && (head[3] & 0xFF) == 0x0A) {
            return SHAPEFILE; // file code 9994, big-endian
        }
        if (head.length >= 4 && head[0] == 'f' && head[1] == 'g' && head[2] == 'b' && head[3] == 3) {
            return FLATGEOBUF;
        }
        if (startsWith(head, "%PDF")) {
            return PDF;
        }
        if (startsWith(head, "\u0089PNG") || (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8
                && (head[2] & 0xFF) == 0xFF) || startsWith(head, "II*\0") || startsWith(head, "MM\0*")) {
            return IMAGE;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "").stripLeading();
        if (text.startsWith("<?xml") || text.startsWith("<kml") || text.startsWith("<gpx") || text.startsWith("<gml")) {
            return XML;
        }
        return null;
    }

    /** Reads the first bytes of a stream and puts them back (the stream must support mark). */
    public static byte[] peek(BufferedInputStream in) throws IOException {
        in.mark(HEAD);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        return head;
    }

    private static boolean startsWith(byte[] head, String prefix) {
        if (head.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if ((head[i] & 0xFF) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
