// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.araxes.geo.Reprojection;
import org.araxes.io.GeoJsonResult;
import org.locationtech.jts.geom.Geometry;
import org.wololo.flatgeobuf.GeometryConversions;
import org.wololo.flatgeobuf.generated.Column;
import org.wololo.flatgeobuf.generated.ColumnType;
import org.wololo.flatgeobuf.generated.Crs;
import org.wololo.flatgeobuf.generated.Feature;
import org.wololo.flatgeobuf.generated.Header;

/**
 * Reads a FlatGeobuf file (version 3) into one layer with the FlatGeobuf project's Java reader
 * (decision 0023): its header and features are FlatBuffers tables read by the library's generated
 * classes, its geometries turned into JTS by {@code GeometryConversions}; the properties' bytes are
 * decoded here by their column types (integers as Long, floats as Double, text, JSON and date-time
 * as String, booleans as Boolean; binary columns are left out).
 *
 * <p>The spatial index, when there is one, is skipped: every feature is read, in file order. The
 * feature's id is its {@code id} property, else its index. A file in another coordinate system
 * (its header's EPSG code or WKT) is reprojected to WGS 84 ({@link Reprojection}); one whose
 * system is not known is named and read no further. A file cut short keeps the features before the
 * cut, and its problem names the feature where it ends. Problems name the feature by its index.
 *
 * <p>Thread-safe: nothing is shared between reads.
 */
public final class FlatGeobufReader {

    /** The first bytes of a FlatGeobuf file of major version 3 ({@code fgb 3 fgb}, then the patch version). */
    private static final byte[] MAGIC = {'f', 'g', 'b', 3, 'f', 'g', 'b'};

    private FlatGeobufReader() {
    }

    /** Reads a file. A file that cannot be read at all gives an empty result with one problem. */
    public static GeoJsonResult read(Path file) {
        return read(file, UnaryOperator.identity());
    }

    /**
     * Reads a file like {@link #read(Path)}, its byte stream passed through {@code wrap} first (a
     * progress counter that can cancel; an {@code IOException} it throws ends the read with one
     * problem).
     */
    public static GeoJsonResult read(Path file, UnaryOperator<InputStream> wrap) {
        String name = GeoFiles.nameOf(file);
        String why = FeatureCollector.whyNot(file);
        if (why != null) {
            return GeoFiles.failed(name, why);
        }
        byte[] bytes;
        try (InputStream in = wrap.apply(Files.newInputStream(file))) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            return GeoFiles.failed(name, "the file cannot be read: " + e.getMessage());
        }
        return read(bytes, name);
    }

    /** Reads the bytes of a whole file; {@code fileName} names it in problems. */
    static GeoJsonResult read(byte[] bytes, String fileName) {
        FeatureCollector collector = new FeatureCollector(fileName);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes.length <= i || bytes[i] != MAGIC[i]) {
                collector.error("", "not a FlatGeobuf file of version 3 (its first bytes differ)");
                return collector.result();
            }
        }
        Header header;
        int offset;
        String title;
        Column[] columns;
        Reprojection reprojection;
        try {
            int headerSize = buffer.getInt(8);
            if (headerSize < 0 || 12L + headerSize > bytes.length) {
                collector.error("header", "the file is cut short within its header");
                return collector.result();
            }
            buffer.position(12);
            header = Header.getRootAsHeader(buffer);
            offset = 12 + headerSize;
            if (header.indexNodeSize() > 0 && header.featuresCount() > 0) {
                long indexSize = indexSize(header.featuresCount(), header.indexNodeSize());
                if (offset + indexSize > bytes.length) {
                    collector.error("index", "the file is cut short within its spatial index, before any feature");
                    return collector.result();
                }
                offset += (int) indexSize;
            }
            title = header.name();
            columns = new Column[header.columnsLength()];
            for (int c = 0; c < columns.length; c++) {
                columns[c] = header.columns(c);
                columns[c].type(); // read now: a damaged column fails here, not in every feature
                columns[c].name();
            }
            reprojection = reprojection(header.crs());
        } catch (Reprojection.UnknownCrsException e) {
            collector.error("", e.getMessage() + "; reproject it with: ogr2ogr -t_srs EPSG:4326 out.fgb in.fgb");
            return collector.result();
        } catch (RuntimeException e) {
            collector.error("header", "the header is damaged and cannot be read (" + why(e) + ")");
            return collector.result();
        }
        int headerType = header.geometryType();
        long expected = header.featuresCount();
        int index = 0;
        while (offset < bytes.length) {
            String place = "feature " + index;
            if (offset + 4 > bytes.length) {
                collector.error(place, cutShort(index));
                break;
            }
            int size = buffer.getInt(offset);
            if (size < 0 || (long) offset + 4 + size > bytes.length) {
                collector.error(place, cutShort(index));
                break;
            }
            try {
                buffer.position(offset + 4);
                Feature feature = Feature.getRootAsFeature(buffer);
                Map<String, Object> properties = properties(feature, columns);
                org.wololo.flatgeobuf.generated.Geometry raw = feature.geometry();
                if (raw != null) {
                    requireWithin(raw, size, 0);
                }
                Geometry geometry = raw == null ? null
                        : GeometryConversions.deserialize(raw, headerType != 0 ? headerType : raw.type());
                Object id = properties.get("id");
                collector.add(place, id instanceof String || id instanceof Number ? String.valueOf(id) : null,
                        geometry, properties, reprojection);
            } catch (RuntimeException e) {
                collector.error(place, "the feature cannot be read (" + why(e) + "); feature left out");
            }
            offset += 4 + size;
            index++;
        }
        if (expected > 0 && index < expected && collector.count() > 0 && offset >= bytes.length) {
            // the header promised more features than the bytes hold (a cut between two features)
            collector.error("feature " + index, cutShort(index) + " (the header lists " + expected + ")");
        }
        return collector.result(title);
    }

    /**
     * The bytes of the packed Hilbert R-tree that follows the header: 40 bytes a node (its
     * envelope and offset), the features' nodes and those of every level above them. As the
     * library's {@code PackedRTree.calcSize}, which cannot be loaded without Guava, left out.
     */
    static long indexSize(long features, int nodeSize) {
        int perNode = Math.min(Math.max(nodeSize, 2), 65_535);
        long level = features;
        long nodes = level;
        do {
            level = (level + perNode - 1) / perNode;
            nodes += level;
        } while (level != 1);
        return nodes * 40;
    }

    /**
     * Checks that a geometry's vectors fit in its feature's bytes before the library allocates
     * arrays of the lengths they claim: a damaged length would otherwise ask for gigabytes.
     */
    private static void requireWithin(org.wololo.flatgeobuf.generated.Geometry geometry, int size, int depth) {
        long claimed = 8L * geometry.xyLength() + 8L * geometry.zLength() + 8L * geometry.mLength()
                + 8L * geometry.tLength() + 8L * geometry.tmLength() + 4L * geometry.endsLength()
                + 4L * geometry.partsLength();
        if (claimed < 0 || claimed > size || depth > 16) {
            throw new IllegalArgumentException("its geometry claims more positions than the feature's " + size + " bytes hold");
        }
        for (int i = 0; i < geometry.partsLength(); i++) {
            requireWithin(geometry.parts(i), size, depth + 1);
        }
    }

    /** What a failure of the FlatBuffers classes says, or "damaged bytes" when it says nothing. */
    private static String why(RuntimeException e) {
        return e instanceof IllegalArgumentException && e.getMessage() != null ? e.getMessage() : "damaged bytes";
    }

    private static String cutShort(int index) {
        return "the file is cut short here; the " + index + " features before it were loaded";
    }

    private static Reprojection reprojection(Crs crs) throws Reprojection.UnknownCrsException {
        if (crs == null) {
            return null; // no system given: taken as longitude/latitude, checked per feature
        }
        String org = crs.org();
        if (crs.code() > 0 && (org == null || org.isBlank() || "EPSG".equalsIgnoreCase(org))) {
            return crs.code() == 4326 ? null : Reprojection.epsg(crs.code());
        }
        if (crs.wkt() != null && !crs.wkt().isBlank()) {
            return Reprojection.find(crs.wkt());
        }
        if (crs.code() > 0 || crs.codeString() != null) {
            throw new Reprojection.UnknownCrsException("the coordinate system " + org + ":"
                    + (crs.code() > 0 ? String.valueOf(crs.code()) : crs.codeString()) + " is not one Araxes knows");
        }
        return null;
    }

    /** A feature's properties: pairs of a column index (uint16) and a value of that column's type. */
    private static Map<String, Object> properties(Feature feature, Column[] columns) {
        Map<String, Object> properties = new LinkedHashMap<>();
        ByteBuffer bytes = feature.propertiesAsByteBuffer();
        if (bytes == null) {
            return properties;
        }
        bytes = bytes.slice().order(ByteOrder.LITTLE_ENDIAN);
        while (bytes.remaining() >= 2) {
            int c = Short.toUnsignedInt(bytes.getShort());
            if (c >= columns.length) {
                throw new IllegalArgumentException("a property of column " + c + ", of " + columns.length);
            }
            Column column = columns[c];
            Object value = switch (column.type()) {
                case ColumnType.Byte -> (long) bytes.get();
                case ColumnType.UByte -> (long) Byte.toUnsignedInt(bytes.get());
                case ColumnType.Bool -> bytes.get() != 0;
                case ColumnType.Short -> (long) bytes.getShort();
                case ColumnType.UShort -> (long) Short.toUnsignedInt(bytes.getShort());
                case ColumnType.Int -> (long) bytes.getInt();
                case ColumnType.UInt -> Integer.toUnsignedLong(bytes.getInt());
                case ColumnType.Long, ColumnType.ULong -> bytes.getLong();
                case ColumnType.Float -> (double) bytes.getFloat();
                case ColumnType.Double -> bytes.getDouble();
                case ColumnType.String, ColumnType.Json, ColumnType.DateTime -> text(bytes);
                case ColumnType.Binary -> {
                    bytes.position(bytes.position() + length(bytes));
                    yield BINARY;
                }
                default -> throw new IllegalArgumentException("a column of unknown type " + column.type());
            };
            if (value != BINARY) {
                properties.put(column.name(), value);
            }
        }
        return properties;
    }

    /** The length before a text or binary value, refused when it claims more bytes than are left. */
    private static int length(ByteBuffer bytes) {
        int length = bytes.getInt();
        if (length < 0 || length > bytes.remaining()) {
            throw new IllegalArgumentException("a property claims " + Integer.toUnsignedString(length)
                    + " bytes, more than the feature holds");
        }
        return length;
    }

    /** Marks a binary value, which is left out of the properties. */
    private static final Object BINARY = new Object();

    private static String text(ByteBuffer bytes) {
        int length = length(bytes);
        byte[] text = new byte[length];
        bytes.get(text);
        return new String(text, StandardCharsets.UTF_8);
    }
}
