// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.araxes.geo.Reprojection;
import org.araxes.io.GeoJsonReader;
import org.araxes.io.GeoJsonResult;
import org.araxes.io.LayerInfo;
import org.araxes.io.Problem;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads an ESRI Shapefile (the {@code .shp} of shapes, the {@code .dbf} of attributes beside it,
 * its {@code .prj} and {@code .cpg}) into one layer, after the ESRI Shapefile Technical Description
 * (1998) and the dBASE III+ table format (decision 0023: no kept Shapefile reader is on Maven
 * Central, and both formats are short fixed layouts).
 *
 * <p>Shapes: points, multipoints, polylines and polygons, with Z (kept) or M (dropped); a polygon's
 * clockwise rings are its shells and each counter-clockwise ring a hole of the shell that holds it,
 * invalid ones repaired as GeoJSON's are. A null shape is a feature without a place. A multipatch
 * (3-D surfaces) is refused with a message. The {@code .shx} index is not needed: records are read
 * in order from the {@code .shp}.
 *
 * <p>Attributes: character, numeric (Long when it has no decimals and fits, else Double), float,
 * date (as {@code yyyy-MM-dd}), logical and integer fields; memo fields are left out with a warning.
 * Text is decoded in the encoding the {@code .cpg} names, else the one the {@code .dbf}'s language
 * driver byte (LDID) names, else UTF-8 when every text is valid UTF-8, else ISO-8859-1 (as GDAL
 * writes). Records the {@code .dbf} marks deleted are left out.
 *
 * <p>The coordinate system is the {@code .prj}'s WKT, reprojected to WGS 84 ({@link Reprojection});
 * without a {@code .prj} coordinates are taken as longitude/latitude, and a file whose extent cannot
 * be that is refused with a message saying so. A missing {@code .dbf} gives shapes without
 * attributes and a warning. Given the {@code .dbf}, {@code .shx}, {@code .prj} or {@code .cpg}, the
 * {@code .shp} beside it is read; a file of any other name is read as a {@code .shp}. Problems name the record by its number (from 1, as in the file).
 *
 * <p>Thread-safe: nothing is shared between reads.
 */
public final class ShapefileReader {

    private static final GeometryFactory FACTORY = GeoJsonReader.geometryFactory();
    private static final int FILE_CODE = 9994;

    private ShapefileReader() {
    }

    /** Reads a Shapefile by its {@code .shp} (or its {@code .dbf} or {@code .shx}, the {@code .shp} beside it read). */
    public static GeoJsonResult read(Path file) {
        return read(file, UnaryOperator.identity());
    }

    /**
     * Reads a Shapefile like {@link #read(Path)}, the {@code .shp}'s byte stream passed through
     * {@code wrap} first (a progress counter that can cancel).
     */
    public static GeoJsonResult read(Path file, UnaryOperator<InputStream> wrap) {
        String ext = extension(file);
        if (ext.equals("zip") || !ZIPPED_PARTS.contains(ext) && org.araxes.io.FileKind.of(head(file)) == org.araxes.io.FileKind.ZIP) {
            return readZipped(file, wrap);
        }
        String name = GeoFiles.nameOf(file);
        boolean part = List.of("dbf", "shx", "prj", "cpg").contains(extension(file));
        Path shp = part ? sibling(file, "shp") : file; // any other name: the content said it is a .shp
        if (part && !Files.isRegularFile(shp)) {
            return GeoFiles.failed(name, "the file is part of a Shapefile (its ." + extension(file)
                    + "), whose shapes are in a .shp: open the .shp with its .dbf beside it");
        }
        String shpName = GeoFiles.nameOf(shp);
        String why = FeatureCollector.whyNot(shp);
        if (why != null) {
            return GeoFiles.failed(shpName, why);
        }
        FeatureCollector collector = new FeatureCollector(shpName);
        byte[] shapes;
        try (InputStream in = wrap.apply(Files.newInputStream(shp))) {
            shapes = in.readAllBytes();
        } catch (IOException e) {
            return GeoFiles.failed(shpName, "the file cannot be read: " + e.getMessage());
        }
        ByteBuffer buffer = ByteBuffer.wrap(shapes);
        if (shapes.length < 4 || buffer.order(ByteOrder.BIG_ENDIAN).getInt(0) != FILE_CODE) {
            collector.error("", "not a Shapefile's .shp (its first bytes differ)");
            return collector.result();
        }
        if (shapes.length < 100) {
            collector.error("", "the file is a Shapefile's .shp cut short within its header");
            return collector.result();
        }
        int fileType = buffer.order(ByteOrder.LITTLE_ENDIAN).getInt(32);
        if (fileType == 31) {
            collector.error("", "the Shapefile holds multipatches (3-D surfaces), which Araxes does not draw;"
                    + " convert them with: ogr2ogr -f GeoJSON -nlt MULTIPOLYGON out.geojson in.shp");
            return collector.result();
        }
        Reprojection reprojection;
        try {
            reprojection = reprojection(shp, buffer, collector);
        } catch (Reprojection.UnknownCrsException e) {
            collector.error("", e.getMessage() + "; reproject it with: ogr2ogr -f GeoJSON -t_srs EPSG:4326 out.geojson in.shp");
            return collector.result();
        }
        Table table = readTable(sibling(shp, "dbf"), sibling(shp, "cpg"), collector);
        int offset = 100;
        int record = 0;
        int deleted = 0;
        while (offset + 8 <= shapes.length) {
            record++;
            String place = "record " + record;
            int length = buffer.order(ByteOrder.BIG_ENDIAN).getInt(offset + 4) * 2;
            if (length < 4 || (long) offset + 8 + length > shapes.length) {
                collector.error(place, "the .shp is cut short here; the " + collector.count()
                        + " features before it were loaded");
                break;
            }
            ByteBuffer content = ByteBuffer.wrap(shapes, offset + 8, length).slice().order(ByteOrder.LITTLE_ENDIAN);
            offset += 8 + length;
            Map<String, Object> properties = new LinkedHashMap<>();
            if (table != null) {
                if (record > table.rows()) {
                    collector.warning(place, "the .dbf has no row for this shape (it has " + table.rows()
                            + "); read without attributes");
                } else if (table.deleted(record - 1)) {
                    deleted++;
                    continue;
                } else {
                    table.row(record - 1, properties);
                }
            }
            Geometry geometry;
            try {
                geometry = shape(content);
            } catch (BadShape | RuntimeException e) {
                collector.error(place, "the shape cannot be read (" + e.getMessage() + "); feature left out");
                continue;
            }
            Object id = properties.get("id");
            collector.add(place, id instanceof String || id instanceof Number ? String.valueOf(id) : null,
                    geometry, properties, reprojection);
        }
        if (deleted > 0) {
            collector.warning("", deleted + " records marked deleted in the .dbf were left out");
        }
        if (table != null && table.rows() > record) {
            collector.warning("", "the .dbf has " + table.rows() + " rows but the .shp " + record
                    + " shapes; the rows without a shape were left out");
        }
        return collector.result(LayerInfo.titleFromFileName(shpName));
    }

    /** The file beside {@code file} with the same base name and another extension (its case followed). */
    /** The parts of a Shapefile Araxes reads: those taken out of a ZIP (a file named so is no ZIP). */
    private static final List<String> ZIPPED_PARTS = List.of("shp", "shx", "dbf", "prj", "cpg");

    /**
     * Reads a zipped Shapefile, as those who publish boundaries hand them out: the parts are taken
     * out of the archive (each within the reader's size limit, by their file names alone, never a
     * path inside the archive) into a temporary folder, removed after, and the first {@code .shp}
     * in name order is read. Other Shapefiles in the archive are named in a warning.
     */
    static GeoJsonResult readZipped(Path zip, UnaryOperator<InputStream> wrap) {
        String name = GeoFiles.nameOf(zip);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("araxes-shapefile");
            java.util.TreeSet<String> shps = new java.util.TreeSet<>();
            try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(wrap.apply(Files.newInputStream(zip)))) {
                for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    String entryName = entry.getName().replace('\\', '/');
                    String fileName = entryName.substring(entryName.lastIndexOf('/') + 1);
                    String ext = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
                    if (entry.isDirectory() || entryName.startsWith("__MACOSX/") || fileName.startsWith("._")
                            || fileName.isEmpty() || !ZIPPED_PARTS.contains(ext)) {
                        continue;
                    }
                    Path target = folder.resolve(fileName);
                    InputStream entryOnly = new java.io.FilterInputStream(in) {
                        @Override
                        public void close() {
                            // the archive stays open for its next entry
                        }
                    };
                    try (InputStream part = new org.araxes.io.SizeLimitedInputStream(entryOnly, GeoJsonReader.MAX_DOCUMENT_LENGTH)) {
                        Files.copy(part, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (ext.equals("shp")) {
                        shps.add(fileName);
                    }
                }
            }
            if (shps.isEmpty()) {
                return GeoFiles.failed(name, "the ZIP archive holds no Shapefile (.shp): unzip it and open the map file it holds");
            }
            GeoJsonResult read = read(folder.resolve(shps.first()));
            List<Problem> problems = new java.util.ArrayList<>();
            for (Problem problem : read.problems()) {
                problems.add(new Problem(name + "!" + problem.file(), problem.place(), problem.message(), problem.severity()));
            }
            if (shps.size() > 1) {
                problems.add(Problem.warning(name, "", "the archive holds " + shps.size() + " Shapefiles; "
                        + shps.first() + " was read, not " + String.join(", ", shps.tailSet(shps.first(), false))
                        + ": unzip the archive to open each"));
            }
            return new GeoJsonResult(name, read.info(), read.features(), problems);
        } catch (IOException e) {
            return GeoFiles.failed(name, "the ZIP archive cannot be read: " + e.getMessage());
        } finally {
            deleteAll(folder);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            return new byte[0]; // the read that follows says why
        }
    }

    private static void deleteAll(Path folder) {
        if (folder == null) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is removed by the system
        }
    }

    static Path sibling(Path file, String extension) {
        String name = GeoFiles.nameOf(file);
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        boolean upper = dot >= 0 && name.substring(dot + 1).equals(name.substring(dot + 1).toUpperCase(Locale.ROOT))
                && !name.substring(dot + 1).equals(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        Path named = file.resolveSibling(base + "." + (upper ? extension.toUpperCase(Locale.ROOT) : extension));
        if (Files.exists(named)) {
            return named;
        }
        Path other = file.resolveSibling(base + "." + (upper ? extension : extension.toUpperCase(Locale.ROOT)));
        return Files.exists(other) ? other : named;
    }

    private static String extension(Path file) {
        String name = GeoFiles.nameOf(file);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Reprojection reprojection(Path shp, ByteBuffer header, FeatureCollector collector)
            throws Reprojection.UnknownCrsException {
        Path prj = sibling(shp, "prj");
        if (Files.isRegularFile(prj)) {
            try {
                String wkt = Files.readString(prj, StandardCharsets.ISO_8859_1).strip();
                if (!wkt.isEmpty()) {
                    return Reprojection.find(wkt);
                }
            } catch (IOException e) {
                collector.warning("", "its .prj cannot be read (" + e.getMessage() + "); coordinates taken as longitude/latitude");
            }
        }
        double minX = header.getDouble(36);
        double minY = header.getDouble(44);
        double maxX = header.getDouble(52);
        double maxY = header.getDouble(60);
        boolean lonLat = minX >= -180.000001 && maxX <= 180.000001 && minY >= -90.000001 && maxY <= 90.000001;
        if (!lonLat && minX <= maxX) {
            throw new Reprojection.UnknownCrsException("there is no .prj beside it, and its coordinates (x " + minX + " to "
                    + maxX + ", y " + minY + " to " + maxY + ") are not longitude and latitude: its coordinate system is unknown;"
                    + " put its .prj beside it");
        }
        return null;
    }

    /** Thrown for a shape record that does not hold what its type says. */
    private static final class BadShape extends Exception {
        private static final long serialVersionUID = 1L;

        BadShape(String message) {
            super(message);
        }
    }

    /** The geometry of one record's content (little-endian, from its shape type), null for a null shape. */
    private static Geometry shape(ByteBuffer in) throws BadShape {
        int type = in.getInt(0);
        switch (type) {
            case 0:
                return null;
            case 1, 11, 21: {
                need(in, type == 1 ? 20 : 28);
                Coordinate c = new Coordinate(in.getDouble(4), in.getDouble(12));
                if (type == 11) {
                    c.setZ(in.getDouble(20));
                }
                return FACTORY.createPoint(c);
            }
            case 8, 18, 28: {
                need(in, 40);
                int count = in.getInt(36);
                Coordinate[] points = points(in, 40, count, type == 18);
                Point[] each = new Point[count];
                for (int i = 0; i < count; i++) {
                    each[i] = FACTORY.createPoint(points[i]);
                }
                return FACTORY.createMultiPoint(each);
            }
            case 3, 13, 23, 5, 15, 25: {
                need(in, 44);
                int parts = in.getInt(36);
                int count = in.getInt(40);
                if (parts < 1 || count < 0 || parts > count) {
                    throw new BadShape(parts + " parts of " + count + " points");
                }
                need(in, 44 + 4L * parts);
                int[] starts = new int[parts + 1];
                for (int p = 0; p < parts; p++) {
                    starts[p] = in.getInt(44 + 4 * p);
                }
                starts[parts] = count;
                Coordinate[] points = points(in, 44 + 4 * parts, count, type == 13 || type == 15);
                List<Coordinate[]> rings = new ArrayList<>();
                for (int p = 0; p < parts; p++) {
                    if (starts[p] < 0 || starts[p] > starts[p + 1]) {
                        throw new BadShape("part " + p + " starts at point " + starts[p]);
                    }
                    rings.add(java.util.Arrays.copyOfRange(points, starts[p], starts[p + 1]));
                }
                return type % 10 == 3 ? lines(rings) : polygons(rings);
            }
            case 31:
                throw new BadShape("a multipatch (3-D surface), which Araxes does not draw");
            default:
                throw new BadShape("shape type " + type + " is not one of the Shapefile's");
        }
    }

    private static void need(ByteBuffer in, long bytes) throws BadShape {
        if (in.limit() < bytes) {
            throw new BadShape("the record holds " + in.limit() + " bytes, fewer than its shape needs");
        }
    }

    /** {@code count} x, y pairs from {@code at}, then for Z types the z range and values. */
    private static Coordinate[] points(ByteBuffer in, int at, int count, boolean z) throws BadShape {
        if (count < 0) {
            throw new BadShape("a negative number of points");
        }
        need(in, at + 16L * count + (z ? 16 + 8L * count : 0));
        Coordinate[] points = new Coordinate[count];
        for (int i = 0; i < count; i++) {
            points[i] = new Coordinate(in.getDouble(at + 16 * i), in.getDouble(at + 16 * i + 8));
        }
        if (z) {
            int zAt = at + 16 * count + 16;
            for (int i = 0; i < count; i++) {
                points[i].setZ(in.getDouble(zAt + 8 * i));
            }
        }
        return points;
    }

    private static Geometry lines(List<Coordinate[]> parts) throws BadShape {
        LineString[] lines = new LineString[parts.size()];
        for (int i = 0; i < lines.length; i++) {
            if (parts.get(i).length < 2) {
                throw new BadShape("part " + i + " of the line has " + parts.get(i).length + " point(s), fewer than 2");
            }
            lines[i] = FACTORY.createLineString(parts.get(i));
        }
        return lines.length == 1 ? lines[0] : FACTORY.createMultiLineString(lines);
    }

    /** Clockwise rings are shells; each other ring is a hole of the smallest shell that holds it, else a shell. */
    private static Geometry polygons(List<Coordinate[]> parts) throws BadShape {
        List<LinearRing> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Coordinate[] ring = parts.get(i);
            if (ring.length > 0 && !ring[0].equals2D(ring[ring.length - 1])) {
                ring = java.util.Arrays.copyOf(ring, ring.length + 1);
                ring[ring.length - 1] = ring[0].copy();
            }
            if (ring.length < 4) {
                throw new BadShape("ring " + i + " of the polygon has " + ring.length + " points, fewer than 4");
            }
            LinearRing linear = FACTORY.createLinearRing(ring);
            (Orientation.isCCW(ring) ? holes : shells).add(linear);
        }
        List<List<LinearRing>> holesOf = new ArrayList<>();
        shells.forEach(s -> holesOf.add(new ArrayList<>()));
        for (LinearRing hole : holes) {
            int best = -1;
            for (int s = 0; s < shells.size(); s++) {
                Polygon shell = FACTORY.createPolygon(shells.get(s));
                if (shell.getEnvelopeInternal().covers(hole.getEnvelopeInternal())
                        && shell.covers(FACTORY.createPoint(hole.getCoordinateN(0)))
                        && (best < 0 || shell.getArea() < FACTORY.createPolygon(shells.get(best)).getArea())) {
                    best = s;
                }
            }
            if (best < 0) {
                shells.add(FACTORY.createLinearRing(hole.reverse().getCoordinates())); // a lone hole: read as a shell
                holesOf.add(new ArrayList<>());
            } else {
                holesOf.get(best).add(hole);
            }
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int s = 0; s < polygons.length; s++) {
            polygons[s] = FACTORY.createPolygon(shells.get(s), holesOf.get(s).toArray(new LinearRing[0]));
        }
        return polygons.length == 1 ? polygons[0] : FACTORY.createMultiPolygon(polygons);
    }

    // ---- the .dbf ----

    /** A field of the .dbf: its name, type letter, offset in the record, width and decimals. */
    private record Field(String name, char type, int offset, int width, int decimals) {
    }

    /** The .dbf read whole: its fields, rows and the encoding of its text. */
    private static final class Table {
        private final byte[] bytes;
        private final List<Field> fields;
        private final int headerLength;
        private final int recordLength;
        private final int rows;
        private final Charset charset;

        Table(byte[] bytes, List<Field> fields, int headerLength, int recordLength, int rows, Charset charset) {
            this.bytes = bytes;
            this.fields = fields;
            this.headerLength = headerLength;
            this.recordLength = recordLength;
            this.rows = rows;
            this.charset = charset;
        }

        int rows() {
            return rows;
        }

        boolean deleted(int row) {
            return bytes[headerLength + row * recordLength] == '*';
        }

        void row(int row, Map<String, Object> properties) {
            int start = headerLength + row * recordLength;
            for (Field field : fields) {
                properties.put(field.name, value(field, start + field.offset));
            }
        }

        private Object value(Field field, int at) {
            String text;
            switch (field.type) {
                case 'I':
                    return (long) ByteBuffer.wrap(bytes, at, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
                case 'C':
                    text = new String(bytes, at, field.width, charset);
                    int end = text.length();
                    while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\0')) {
                        end--;
                    }
                    return text.substring(0, end);
                default:
                    text = new String(bytes, at, field.width, StandardCharsets.ISO_8859_1).strip();
            }
            if (text.isEmpty() || text.chars().allMatch(c -> c == '*' || c == '?' || c == '\0')) {
                return null;
            }
            switch (field.type) {
                case 'N', 'F':
                    try {
                        if (field.decimals == 0 && field.type == 'N' && text.length() < 19) {
                            return Long.parseLong(text);
                        }
                        return Double.parseDouble(text);
                    } catch (NumberFormatException e) {
                        return text;
                    }
                case 'D':
                    return text.length() == 8 && text.chars().allMatch(Character::isDigit)
                            ? text.substring(0, 4) + "-" + text.substring(4, 6) + "-" + text.substring(6) : text;
                case 'L':
                    char c = Character.toUpperCase(text.charAt(0));
                    return c == 'T' || c == 'Y' ? Boolean.TRUE : c == 'F' || c == 'N' ? Boolean.FALSE : null;
                default:
                    return text;
            }
        }
    }

    /** The .dbf, or null when there is none (with a warning) or it cannot be read (with an error). */
    private static Table readTable(Path dbf, Path cpg, FeatureCollector collector) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(dbf);
        } catch (NoSuchFileException e) {
            collector.warning("", "there is no " + GeoFiles.nameOf(dbf)
                    + " beside it: the shapes are read without their attributes");
            return null;
        } catch (IOException e) {
            collector.error("", "its .dbf cannot be read (" + e.getMessage() + "); the shapes are read without their attributes");
            return null;
        }
        String dbfName = GeoFiles.nameOf(dbf);
        if (bytes.length < 33) {
            collector.error("", dbfName + " is too short to be a dBASE table; the shapes are read without their attributes");
            return null;
        }
        ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int rows = header.getInt(4);
        int headerLength = Short.toUnsignedInt(header.getShort(8));
        int recordLength = Short.toUnsignedInt(header.getShort(10));
        List<Field> fields = new ArrayList<>();
        int offset = 1; // after the deletion flag
        List<byte[]> names = new ArrayList<>();
        for (int at = 32; at + 32 <= bytes.length && at + 32 <= headerLength && bytes[at] != 0x0D; at += 32) {
            int nameEnd = at;
            while (nameEnd < at + 11 && bytes[nameEnd] != 0) {
                nameEnd++;
            }
            names.add(java.util.Arrays.copyOfRange(bytes, at, nameEnd));
            int width = Byte.toUnsignedInt(bytes[at + 16]);
            fields.add(new Field(null, (char) bytes[at + 11], offset, width, Byte.toUnsignedInt(bytes[at + 17])));
            offset += width;
        }
        if (recordLength < offset || headerLength < 32 + 32 * fields.size()) {
            collector.error("", dbfName + " is damaged (its fields do not fit its records); the shapes are read without"
                    + " their attributes");
            return null;
        }
        long needed = (long) headerLength + (long) rows * recordLength;
        if (rows < 0 || needed > bytes.length) {
            int whole = recordLength <= 0 ? 0 : Math.max(0, (bytes.length - headerLength) / recordLength);
            collector.warning("", dbfName + " is cut short: it lists " + rows + " rows and holds " + whole);
            rows = Math.max(0, Math.min(rows, whole));
        }
        Charset charset = charset(bytes, cpg, headerLength, collector);
        List<Field> named = new ArrayList<>();
        boolean memo = false;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f.type == 'M' || f.type == 'B' || f.type == 'G' || f.type == 'P') {
                memo = true;
                continue;
            }
            named.add(new Field(new String(names.get(i), charset).strip(), f.type, f.offset, f.width, f.decimals));
        }
        if (memo) {
            collector.warning("", dbfName + " has memo fields (kept in a .dbt beside it), which were left out");
        }
        return new Table(bytes, named, headerLength, recordLength, rows, charset);
    }

    /** The .dbf's text encoding: its .cpg, else its language driver byte, else UTF-8 if all is valid UTF-8, else ISO-8859-1. */
    private static Charset charset(byte[] dbf, Path cpg, int headerLength, FeatureCollector collector) {
        if (Files.isRegularFile(cpg)) {
            try {
                String named = Files.readString(cpg, StandardCharsets.ISO_8859_1).strip();
                Charset charset = codePage(named);
                if (charset != null) {
                    return charset;
                }
                collector.warning("", "its .cpg names an encoding Araxes does not know (\"" + named + "\"); the .dbf's own is used");
            } catch (IOException e) {
                collector.warning("", "its .cpg cannot be read (" + e.getMessage() + ")");
            }
        }
        Charset byLanguageDriver = languageDriver(Byte.toUnsignedInt(dbf[29]));
        if (byLanguageDriver != null) {
            return byLanguageDriver;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(dbf, Math.min(headerLength, dbf.length), Math.max(0, dbf.length - headerLength)));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }

    /** The encoding a .cpg names ("UTF-8", "1251", "CP1251", "ANSI 1251", "ISO-8859-5", "88595"…), or null. */
    static Charset codePage(String cpg) {
        String name = cpg.toUpperCase(Locale.ROOT).replace("ANSI", "").replace("WINDOWS-", "").replace("CP", "").strip();
        if (name.equals("UTF-8") || name.equals("UTF8") || name.equals("65001")) {
            return StandardCharsets.UTF_8;
        }
        if (name.matches("125\\d")) {
            return charset("windows-" + name);
        }
        if (name.matches("\\d{3,4}")) {
            return charset(name.startsWith("8859") ? "ISO-8859-" + name.substring(4) : "IBM" + name);
        }
        if (name.matches("8859\\d{1,2}")) {
            return charset("ISO-8859-" + name.substring(4));
        }
        if (name.matches("8859_\\d{1,2}")) {
            return charset("ISO-8859-" + name.substring(5));
        }
        return charset(cpg.strip());
    }

    /** The encoding of a dBASE language driver id (the codes ArcGIS and GDAL write), or null for none or unknown. */
    static Charset languageDriver(int ldid) {
        String name = switch (ldid) {
            case 0x01 -> "IBM437";
            case 0x02 -> "IBM850";
            case 0x03 -> "windows-1252";
            case 0x57 -> "ISO-8859-1"; // "ANSI", as GDAL reads it
            case 0x26, 0x65 -> "IBM866";
            case 0x64 -> "IBM852";
            case 0x6B -> "IBM857";
            case 0x7D -> "windows-1255";
            case 0x7E -> "windows-1256";
            case 0xC8 -> "windows-1250";
            case 0xC9 -> "windows-1251";
            case 0xCA -> "windows-1254";
            case 0xCB -> "windows-1253";
            case 0xCC -> "windows-1257";
            case 0x4D, 0x7A -> "GBK";
            case 0x4E, 0x79 -> "x-windows-949";
            case 0x4F, 0x78 -> "x-windows-950";
            case 0x13, 0x7B -> "windows-31j";
            default -> null;
        };
        return name == null ? null : charset(name);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
