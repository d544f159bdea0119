// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.Adler32;
import java.util.zip.CRC32C;
import org.araxes.geo.GeoFeature;
import org.araxes.geo.SimplifiedGeometries;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * GeoJSON files as read before, kept in a binary form in a cache folder, so the next start gets
 * the same {@link GeoJsonResult} without parsing JSON and checking every polygon again (a cold
 * start spends about half a second on the bundled atlas that way; docs/performance.md).
 *
 * <p>An entry is found by the file's name and content: its length and two checksums (CRC-32C and
 * Adler-32) of every byte, so an edited file is read anew, whatever its date says. An entry also
 * names the build of Araxes that wrote it ({@link #BUILD}): a new build reads every file anew, as
 * its reader may say other things about the same file. The entry ends with a CRC-32C of itself; a
 * damaged, foreign or unreadable entry is ignored and replaced. Entries are written atomically
 * ({@link AtomicFiles}); when the folder cannot be written the files are read as if there were no
 * cache. The folder keeps at most {@value #MAX_ENTRIES} entries, the least recently written go first,
 * and files over {@link #MAX_FILE_BYTES} get none (a big incident file is read each time).
 *
 * <p>The result read back equals the one the reader gave ({@code LayerCacheTest}): the same
 * features (ids, properties with the same Java types, geometries coordinate for coordinate), the
 * same problems and layer header.
 */
public final class LayerCache {

    /**
     * How many times larger than its file an entry may be (the bundled data's are at most 1.6
     * times, with their simplified copies); a larger one is not this build's and is dropped.
     */
    static final int MAX_ENTRY_GROWTH = 8;
    /** Deepest nesting of values and geometries an entry may hold (the reader's limit is 200). */
    static final int MAX_ENTRY_DEPTH = 256;

    /** Entries kept in the folder; the oldest are removed past this. */
    public static final int MAX_ENTRIES = 64;

    private static final int MAGIC = 0x4152584c; // "ARXL"
    /** 2: each feature's geometry is followed by its simplified copies for drawing and its label point. */
    private static final int FORMAT = 2;
    /**
     * The zoom levels whose simplified copies the build keeps in the bundled data's entries: those a
     * map opens at (the whole region in windows from about 500 to 4,000 pixels wide; a last view
     * nearby), so the first picture needs no simplifying (decision 0011).
     */
    static final int FIRST_KEPT_LEVEL = 4;
    static final int LAST_KEPT_LEVEL = 9;
    private static final String SUFFIX = ".layer";
    /** Where the jar keeps the entries the build made for the bundled data. */
    static final String BUNDLED = "/layer-cache/";

    /** The build of Araxes, as stamped into every entry: version and the time its code was built. */
    static final String BUILD = buildStamp();

    private final Path folder;
    /** Made on the first file not in the cache: a reader costs ~0.15 s to make in a cold JVM. */
    private GeoJsonReader reader;

    /**
     * Largest file given an entry (32 MiB): a bigger one is streamed from its file each time, as
     * without a cache (memory for one feature at a time), and the folder stays small.
     */
    public static final long MAX_FILE_BYTES = 32L << 20;

    private final long maxFileBytes;

    /** A cache in a folder, created when the first entry is written. */
    public LayerCache(Path folder) {
        this(folder, MAX_FILE_BYTES);
    }

    /** A cache that gives entries to files of at most {@code maxFileBytes} (tests use small ones). */
    LayerCache(Path folder, long maxFileBytes) {
        this.folder = folder;
        this.maxFileBytes = maxFileBytes;
    }

    /** The cache folder. */
    public Path folder() {
        return folder;
    }

    /**
     * Reads a GeoJSON file: from its cache entry when there is one for this content and build,
     * else with {@link GeoJsonReader} (then an entry is written for the next time).
     */
    public GeoJsonResult read(Path file) {
        return read(file, java.util.function.UnaryOperator.identity());
    }

    /**
     * Reads a GeoJSON file like {@link #read(Path)}, with the bytes the reader parses passed
     * through {@code wrap} (e.g. a {@link ProgressInputStream} that reports progress and can
     * cancel). A read the wrapped stream stopped with an {@code IOException} (a cancel) ends as a
     * result with that problem and is not kept.
     */
    public GeoJsonResult read(Path file, java.util.function.UnaryOperator<InputStream> wrap) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] content;
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > maxFileBytes) {
                // a FIFO or device would block readAllBytes (the reader refuses it by its kind); a
                // big file is streamed from the file as without a cache, with no entry
                return reader().read(file, wrap);
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            return reader().read(file, wrap); // the reader says what is wrong with it, as without a cache
        }
        String entryName = entryName(name, content);
        Path entry = folder.resolve(entryName);
        GeoJsonResult kept = usableEntry(entry, name, content.length);
        if (kept == null) {
            kept = bundled(entryName, name);
        }
        if (kept != null) {
            return kept;
        }
        // the parse, not the quick read of the bytes above, is what takes long: it is what the
        // wrapped stream follows (and can stop)
        Watched in = new Watched(wrap.apply(new ByteArrayInputStream(content)));
        GeoJsonResult result = reader().read(in, name);
        if (!in.failed) {
            store(entry, result);
        }
        return result;
    }

    /** A stream that remembers whether a read from it failed, so a result cut short is not kept. */
    private static final class Watched extends java.io.FilterInputStream {
        private boolean failed;

        Watched(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }
    }

    private synchronized GeoJsonReader reader() {
        if (reader == null) {
            reader = new GeoJsonReader();
        }
        return reader;
    }

    /** The entry's file name: the file's name, content length and checksums. */
    static String entryName(String fileName, byte[] content) {
        CRC32C crc = new CRC32C();
        crc.update(content);
        Adler32 adler = new Adler32();
        adler.update(content);
        return fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + content.length + "-"
                + Long.toHexString(crc.getValue()) + Long.toHexString(adler.getValue()) + SUFFIX;
    }

    /**
     * The entry the build made for a file of the bundled data ({@value #BUNDLED}, see {@link #main}),
     * or null when there is none for this content (or it is of another build, or damaged).
     */
    static GeoJsonResult bundled(String entryName, String fileName) {
        try (InputStream in = LayerCache.class.getResourceAsStream(BUNDLED + entryName)) {
            return in == null ? null : decodeOrNull(in.readAllBytes(), fileName);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Writes the entries of every {@code *.geojson} file in a folder into another (the build makes
     * the bundled data's entries so, into the classes that become the jar's {@value #BUNDLED}).
     *
     * @param args the folder to write the entries to, then the folder of GeoJSON files
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: LayerCache ENTRY-FOLDER GEOJSON-FOLDER");
        }
        Path out = Path.of(args[0]);
        LayerCache cache = new LayerCache(out);
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(args[1]))) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".geojson")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            byte[] content = Files.readAllBytes(file);
            GeoJsonResult result = new GeoJsonReader().read(new ByteArrayInputStream(content), name);
            if (result.info().kind() != LayerInfo.Kind.INCIDENTS) {
                keepDrawingCopies(result);
            }
            Path entry = out.resolve(entryName(name, content));
            cache.store(entry, result);
            if (cache.load(entry, name) == null) {
                throw new IOException("no cache entry could be written for " + file + " in " + out);
            }
        }
        System.out.println("layer cache: " + files.size() + " entries for the bundled data in " + out);
    }

    /**
     * Makes each line's and area's simplified copies for the levels {@link #FIRST_KEPT_LEVEL} to
     * {@link #LAST_KEPT_LEVEL} and each area's label point, for {@link #encode} to keep.
     */
    static void keepDrawingCopies(GeoJsonResult result) {
        for (GeoFeature feature : result.features()) {
            Geometry geometry = feature.geometry();
            if (geometry == null || geometry.isEmpty() || geometry instanceof Point || geometry instanceof MultiPoint) {
                continue;
            }
            for (int level = FIRST_KEPT_LEVEL; level <= LAST_KEPT_LEVEL; level++) {
                SimplifiedGeometries.simplify(geometry, level);
            }
            if (geometry instanceof org.locationtech.jts.geom.Polygonal) {
                SimplifiedGeometries.interiorPoint(geometry);
            }
        }
    }

    /** The entry's result, or null when it is missing, of another build, or damaged. */
    GeoJsonResult load(Path entry, String fileName) {
        try {
            return decodeOrNull(Files.readAllBytes(entry), fileName);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The entry's result when it is one this build wrote for this content; else null, and an entry
     * that is there but unusable (not a regular file, far larger than the file it stands for, or
     * damaged) is removed, so the file is read and its entry written anew. Nothing in the folder
     * can keep a file from being read: a cache is a cache.
     */
    private GeoJsonResult usableEntry(Path entry, String fileName, long contentLength) {
        try {
            if (!Files.exists(entry)) {
                return null;
            }
            if (!Files.isRegularFile(entry) || Files.size(entry) > MAX_ENTRY_GROWTH * contentLength + 65_536) {
                Files.deleteIfExists(entry); // a FIFO would block the start; a huge entry would fill the heap
                return null;
            }
            GeoJsonResult kept = load(entry, fileName);
            if (kept == null) {
                Files.deleteIfExists(entry);
            }
            return kept;
        } catch (IOException e) {
            return null; // a folder that cannot be read or changed: read the file, as without a cache
        }
    }

    /**
     * An entry's result, or null when it is of another build or damaged. Every count in an entry is
     * checked against the bytes left and nesting is bounded, so even an entry crafted with a valid
     * checksum gives a result or null, never a huge allocation or a stack overflow.
     */
    private static GeoJsonResult decodeOrNull(byte[] bytes, String fileName) {
        try {
            return decode(bytes, fileName);
        } catch (RuntimeException e) {
            return null; // damaged or foreign (BufferUnderflowException, ArrayStoreException…): read the file
        }
    }

    private void store(Path entry, GeoJsonResult result) {
        try {
            byte[] bytes = encode(result);
            Files.createDirectories(folder);
            AtomicFiles.write(entry, out -> out.write(bytes));
            prune();
        } catch (IOException | RuntimeException e) {
            // no cache this time (read-only folder, full disk…): the file was read all the same
        }
    }

    /** Removes the oldest entries past {@link #MAX_ENTRIES}. */
    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> files = Files.list(folder)) {
            entries = files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList();
        }
        if (entries.size() <= MAX_ENTRIES) {
            return;
        }
        List<Path> oldestFirst = new ArrayList<>(entries);
        oldestFirst.sort(Comparator.comparing(LayerCache::modified));
        for (Path old : oldestFirst.subList(0, entries.size() - MAX_ENTRIES)) {
            Files.deleteIfExists(old);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * The build's stamp: what Maven wrote into {@code org/araxes/io/build.properties} (version and
     * build time), else — run from classes no build filled in — the version and the time the
     * code was built.
     */
    private static String buildStamp() {
        try (InputStream in = LayerCache.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                Properties build = new Properties();
                build.load(in);
                String stamp = build.getProperty("build", "");
                if (!stamp.isBlank() && !stamp.contains("${")) {
                    return stamp + "/" + GeoJsonReader.class.getName();
                }
            }
        } catch (IOException e) {
            // the fallback below
        }
        Package own = LayerCache.class.getPackage();
        String version = own.getImplementationVersion() == null ? "dev" : own.getImplementationVersion();
        long built = 0;
        try {
            CodeSource source = LayerCache.class.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                Path code = Path.of(source.getLocation().toURI());
                Path classFile = Files.isDirectory(code)
                        ? code.resolve(LayerCache.class.getName().replace('.', '/') + ".class") : code;
                built = Files.getLastModifiedTime(classFile).toMillis();
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            built = System.nanoTime(); // unknown: no entry of this run is ever reused by another
        }
        return version + "@" + built + "/" + GeoJsonReader.class.getName();
    }

    // ---- the entry format: big-endian, strings as length and UTF-8, geometries as typed trees ----

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte TRUE = 2;
    private static final byte FALSE = 3;
    private static final byte INT = 4;
    private static final byte LONG = 5;
    private static final byte BIG_INTEGER = 6;
    private static final byte DOUBLE = 7;
    private static final byte LIST = 8;
    private static final byte MAP = 9;

    private static final byte NO_GEOMETRY = 0;
    private static final byte POINT = 1;
    private static final byte LINE_STRING = 2;
    private static final byte LINEAR_RING = 3;
    private static final byte POLYGON = 4;
    private static final byte MULTI_POINT = 5;
    private static final byte MULTI_LINE_STRING = 6;
    private static final byte MULTI_POLYGON = 7;
    private static final byte COLLECTION = 8;

    static byte[] encode(GeoJsonResult result) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        writeString(out, BUILD);
        writeString(out, result.fileName());
        LayerInfo info = result.info();
        writeString(out, info.title());
        writeString(out, info.kind().name());
        out.writeInt(info.order());
        writeString(out, info.credit());
        writeString(out, info.source());
        writeString(out, info.version());
        out.writeInt(result.problems().size());
        for (Problem problem : result.problems()) {
            writeString(out, problem.file());
            writeString(out, problem.place());
            writeString(out, problem.message());
            writeString(out, problem.severity().name());
        }
        out.writeInt(result.features().size());
        for (GeoFeature feature : result.features()) {
            out.writeInt(feature.index());
            writeString(out, feature.id());
            writeValue(out, feature.properties());
            writeGeometry(out, feature.geometry());
            writeDrawingCopies(out, feature.geometry());
        }
        out.flush();
        CRC32C crc = new CRC32C();
        crc.update(bytes.toByteArray());
        out.writeInt((int) crc.getValue());
        out.flush();
        return bytes.toByteArray();
    }

    static GeoJsonResult decode(byte[] bytes, String fileName) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (bytes.length < 12 || in.getInt() != MAGIC || in.getInt() != FORMAT) {
            return null;
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
            return null;
        }
        if (!BUILD.equals(readString(in)) || !fileName.equals(readString(in))) {
            return null;
        }
        LayerInfo info = new LayerInfo(readString(in), LayerInfo.Kind.valueOf(readString(in)), in.getInt(),
                readString(in), readString(in), readString(in));
        int problemCount = count(in, 16);
        List<Problem> problems = new ArrayList<>(problemCount);
        for (int i = 0; i < problemCount; i++) {
            problems.add(new Problem(readString(in), readString(in), readString(in),
                    Problem.Severity.valueOf(readString(in))));
        }
        int featureCount = count(in, 10);
        List<GeoFeature> features = new ArrayList<>(featureCount);
        GeometryFactory factory = GeoJsonReader.geometryFactory();
        for (int i = 0; i < featureCount; i++) {
            int index = in.getInt();
            String id = readString(in);
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = (Map<String, Object>) readValue(in, 0);
            Geometry geometry = readGeometry(in, factory, 0);
            readDrawingCopies(in, geometry, factory);
            features.add(new GeoFeature(index, id, geometry, properties));
        }
        return new GeoJsonResult(fileName, info, features, problems);
    }

    /**
     * The simplified copies a geometry has (as {@link SimplifiedGeometries} keeps them): their
     * count, then for each its level, length in bytes and geometry; then whether a label point
     * follows, and its x and y.
     */
    private static void writeDrawingCopies(DataOutputStream out, Geometry geometry) throws IOException {
        List<Integer> levels = geometry == null ? List.of() : SimplifiedGeometries.levelsKept(geometry);
        out.writeByte(levels.size());
        for (int level : levels) {
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            DataOutputStream copyOut = new DataOutputStream(copy);
            writeGeometry(copyOut, SimplifiedGeometries.simplify(geometry, level));
            copyOut.flush();
            out.writeByte(level);
            out.writeInt(copy.size());
            copy.writeTo(out);
        }
        Point label = geometry == null ? null : SimplifiedGeometries.interiorPointIfFound(geometry);
        if (label == null || label.isEmpty()) {
            out.writeByte(0);
        } else {
            out.writeByte(1);
            out.writeDouble(label.getX());
            out.writeDouble(label.getY());
        }
    }

    /**
     * Gives a geometry its kept copies: each is read when first drawn at its level (most never
     * are), from a copy of its bytes.
     */
    private static void readDrawingCopies(ByteBuffer in, Geometry geometry, GeometryFactory factory) {
        int count = in.get();
        for (int i = 0; i < count; i++) {
            int level = in.get();
            int length = in.getInt();
            if (length < 0 || length > in.remaining()) {
                throw new IllegalArgumentException("a drawing copy of " + length + " bytes in " + in.remaining());
            }
            byte[] copy = new byte[length];
            in.get(copy);
            if (geometry != null) {
                SimplifiedGeometries.keep(geometry, level, () -> readGeometry(ByteBuffer.wrap(copy), factory, 0));
            }
        }
        if (in.get() == 1) {
            Coordinate label = new Coordinate(in.getDouble(), in.getDouble());
            if (geometry != null) {
                SimplifiedGeometries.keepInteriorPoint(geometry, factory.createPoint(label));
            }
        }
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /**
     * A count read from an entry, refused when the bytes left cannot hold that many items of at
     * least {@code minBytes} each: a crafted count must not make a huge list.
     */
    private static int count(ByteBuffer in, int minBytes) {
        int count = in.getInt();
        if (count < 0 || count > in.remaining() / minBytes) {
            throw new IllegalArgumentException("a count of " + count + " in " + in.remaining() + " bytes");
        }
        return count;
    }

    private static void checkDepth(int depth) {
        if (depth > MAX_ENTRY_DEPTH) {
            throw new IllegalArgumentException("nested more than " + MAX_ENTRY_DEPTH + " deep");
        }
    }

    private static String readString(ByteBuffer in) {
        int length = count(in, 1);
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    private static void writeValue(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String text) {
            out.writeByte(STRING);
            writeString(out, text);
        } else if (value instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (value instanceof Integer n) {
            out.writeByte(INT);
            out.writeInt(n);
        } else if (value instanceof Long n) {
            out.writeByte(LONG);
            out.writeLong(n);
        } else if (value instanceof BigInteger n) {
            out.writeByte(BIG_INTEGER);
            writeString(out, n.toString());
        } else if (value instanceof Double n) {
            out.writeByte(DOUBLE);
            out.writeDouble(n);
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                writeValue(out, item);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> member : map.entrySet()) {
                writeString(out, (String) member.getKey());
                writeValue(out, member.getValue());
            }
        } else {
            throw new IOException("a property value the cache cannot keep: " + value.getClass().getName());
        }
    }

    private static Object readValue(ByteBuffer in, int depth) {
        checkDepth(depth);
        byte type = in.get();
        switch (type) {
            case NULL:
                return null;
            case STRING:
                return readString(in);
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            case INT:
                return in.getInt();
            case LONG:
                return in.getLong();
            case BIG_INTEGER:
                return new BigInteger(readString(in));
            case DOUBLE:
                return in.getDouble();
            case LIST: {
                int size = count(in, 1);
                List<Object> list = new ArrayList<>(Math.min(size, 1024));
                for (int i = 0; i < size; i++) {
                    list.add(readValue(in, depth + 1));
                }
                return list;
            }
            case MAP: {
                int size = count(in, 5);
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    map.put(readString(in), readValue(in, depth + 1));
                }
                return map;
            }
            default:
                throw new IllegalArgumentException("unknown value type " + type);
        }
    }

    private static void writeGeometry(DataOutputStream out, Geometry geometry) throws IOException {
        if (geometry == null) {
            out.writeByte(NO_GEOMETRY);
        } else if (geometry instanceof Point point) {
            out.writeByte(POINT);
            writeCoordinates(out, point.getCoordinates());
        } else if (geometry instanceof LinearRing ring) {
            out.writeByte(LINEAR_RING);
            writeCoordinates(out, ring.getCoordinates());
        } else if (geometry instanceof LineString line) {
            out.writeByte(LINE_STRING);
            writeCoordinates(out, line.getCoordinates());
        } else if (geometry instanceof Polygon polygon) {
            out.writeByte(POLYGON);
            out.writeInt(polygon.isEmpty() ? -1 : polygon.getNumInteriorRing());
            if (!polygon.isEmpty()) {
                writeCoordinates(out, polygon.getExteriorRing().getCoordinates());
                for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                    writeCoordinates(out, polygon.getInteriorRingN(i).getCoordinates());
                }
            }
        } else if (geometry instanceof GeometryCollection collection) {
            out.writeByte(collection instanceof MultiPolygon ? MULTI_POLYGON
                    : collection instanceof MultiLineString ? MULTI_LINE_STRING
                    : collection instanceof MultiPoint ? MULTI_POINT : COLLECTION);
            out.writeInt(collection.getNumGeometries());
            for (int i = 0; i < collection.getNumGeometries(); i++) {
                writeGeometry(out, collection.getGeometryN(i));
            }
        } else {
            throw new IOException("a geometry the cache cannot keep: " + geometry.getGeometryType());
        }
    }

    /** x and y of each coordinate (the reader makes only 2-D coordinates). */
    private static void writeCoordinates(DataOutputStream out, Coordinate[] coordinates) throws IOException {
        out.writeInt(coordinates.length);
        for (Coordinate c : coordinates) {
            if (!Double.isNaN(c.getZ())) {
                throw new IOException("a 3-D coordinate: the cache keeps x and y only");
            }
            out.writeDouble(c.x);
            out.writeDouble(c.y);
        }
    }

    private static Coordinate[] readCoordinates(ByteBuffer in) {
        int count = count(in, 16);
        double[] xy = new double[2 * count];
        in.asDoubleBuffer().get(xy);
        in.position(in.position() + 16 * count);
        Coordinate[] coordinates = new Coordinate[count];
        for (int i = 0; i < count; i++) {
            coordinates[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return coordinates;
    }

    private static Geometry readGeometry(ByteBuffer in, GeometryFactory factory, int depth) {
        checkDepth(depth);
        byte type = in.get();
        switch (type) {
            case NO_GEOMETRY:
                return null;
            case POINT: {
                Coordinate[] c = readCoordinates(in);
                return c.length == 0 ? factory.createPoint() : factory.createPoint(c[0]);
            }
            case LINE_STRING:
                return factory.createLineString(readCoordinates(in));
            case LINEAR_RING:
                return factory.createLinearRing(readCoordinates(in));
            case POLYGON: {
                int holes = in.getInt();
                if (holes < 0) {
                    return factory.createPolygon();
                }
                if (holes > in.remaining() / 4) {
                    throw new IllegalArgumentException(holes + " holes in " + in.remaining() + " bytes");
                }
                LinearRing shell = factory.createLinearRing(readCoordinates(in));
                LinearRing[] inner = new LinearRing[holes];
                for (int i = 0; i < holes; i++) {
                    inner[i] = factory.createLinearRing(readCoordinates(in));
                }
                return factory.createPolygon(shell, inner);
            }
            case MULTI_POINT:
                return factory.createMultiPoint(readParts(in, factory, depth).toArray(new Point[0]));
            case MULTI_LINE_STRING:
                return factory.createMultiLineString(readParts(in, factory, depth).toArray(new LineString[0]));
            case MULTI_POLYGON:
                return factory.createMultiPolygon(readParts(in, factory, depth).toArray(new Polygon[0]));
            case COLLECTION:
                return factory.createGeometryCollection(readParts(in, factory, depth).toArray(new Geometry[0]));
            default:
                throw new IllegalArgumentException("unknown geometry type " + type);
        }
    }

    private static List<Geometry> readParts(ByteBuffer in, GeometryFactory factory, int depth) {
        int count = count(in, 1);
        List<Geometry> parts = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            parts.add(readGeometry(in, factory, depth + 1));
        }
        return parts;
    }
}
