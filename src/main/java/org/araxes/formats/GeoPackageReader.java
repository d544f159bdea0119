// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.araxes.geo.Reprojection;
import org.araxes.io.GeoJsonReader;
import org.araxes.io.GeoJsonResult;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.sqlite.SQLiteConfig;

/**
 * Reads the vector features of an OGC GeoPackage (an SQLite database, read through sqlite-jdbc,
 * opened read-only) into one layer (decision 0023).
 *
 * <p>Every feature table listed in {@code gpkg_contents} is read, in the order of their names, into
 * the one result: a file is one layer, as for every format. Each row's geometry is the GeoPackage
 * binary header (magic, flags, srs id, envelope) followed by WKB, which JTS reads (ISO Z and M
 * included; Z is kept, M dropped); its columns become the feature's properties (integers as Long,
 * reals as Double, text as String, BOOLEAN columns as Boolean, columns {@code gpkg_data_columns}
 * marks as JSON as objects and lists, as GeoJSON's properties; blobs are left out). The feature's id
 * is its {@code id} column, else {@code "#index"} as for GeoJSON (problems name the row id). A table in another coordinate system is reprojected to WGS 84 ({@link Reprojection});
 * one whose system is not known is named and left out. An empty geometry is a feature without a
 * place. A package of tiles only, a database that is not a GeoPackage, and a damaged file each give
 * one problem naming them. Problems name the table and the row id.
 *
 * <p>Thread-safe: nothing is shared between reads.
 */
public final class GeoPackageReader {

    /** SQLite's result codes for a damaged file and for one that is not a database at all. */
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    private GeoPackageReader() {
    }

    /**
     * Reads a GeoPackage. A file that cannot be read at all gives an empty result with one problem.
     *
     * @param file the {@code .gpkg} file
     */
    public static GeoJsonResult read(Path file) {
        return read(file, false).get(0);
    }

    /**
     * Reads a GeoPackage as map layers, as QGIS adds them: one result per feature table, each named
     * {@code file.gpkg#table} and titled by the table's identifier; a GeoPackage with one feature
     * table (or none, or one that cannot be read) gives one result as {@link #read(Path)}. Problems
     * that belong to no table (tables left out) go with the first.
     */
    public static List<GeoJsonResult> readLayers(Path file) {
        return read(file, true);
    }

    private static List<GeoJsonResult> read(Path file, boolean layerPerTable) {
        String name = GeoFiles.nameOf(file);
        String why = FeatureCollector.whyNot(file);
        if (why != null) {
            return List.of(GeoFiles.failed(name, why));
        }
        FeatureCollector whole = new FeatureCollector(name);
        FeatureCollector current = whole;
        String currentTable = null;
        List<GeoJsonResult> layers = new ArrayList<>();
        SQLiteConfig settings = new SQLiteConfig();
        settings.setReadOnly(true); // the user's file is never written
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), settings.toProperties())) {
            List<Table> tables = featureTables(db, whole);
            if (tables == null) {
                return List.of(whole.result());
            }
            if (!layerPerTable || tables.size() == 1) {
                for (Table table : tables) {
                    readTable(db, table, whole);
                }
                return List.of(whole.result(tables.size() == 1 ? tables.get(0).title : null));
            }
            for (Table table : tables) {
                current = new FeatureCollector(name);
                currentTable = table.name;
                readTable(db, table, current);
                layers.add(asLayer(current.result(table.title), name, table.name));
            }
            current = null;
        } catch (SQLException e) {
            FeatureCollector failed = current == null ? new FeatureCollector(name) : current;
            failed.error("", (e.getErrorCode() == SQLITE_CORRUPT || e.getErrorCode() == SQLITE_NOTADB
                    ? "the file is a damaged or incomplete SQLite database (a GeoPackage cut short?)"
                    : "the GeoPackage cannot be read: " + plain(e))
                    + (failed.count() > 0 ? "; the " + failed.count() + " features before it were loaded" : ""));
            if (failed == whole) {
                return List.of(whole.result());
            }
            layers.add(asLayer(failed.result(), name, currentTable));
        }
        List<org.araxes.io.Problem> first = new ArrayList<>(whole.result().problems());
        if (!first.isEmpty()) {
            GeoJsonResult layer = layers.get(0);
            first.addAll(layer.problems());
            layers.set(0, new GeoJsonResult(layer.fileName(), layer.info(), layer.features(), first));
        }
        return layers;
    }

    private static GeoJsonResult asLayer(GeoJsonResult table, String file, String tableName) {
        return new GeoJsonResult(file + "#" + tableName, table.info(), table.features(), table.problems());
    }

    /** A feature table: its name, title, geometry column and coordinate system id. */
    private record Table(String name, String title, String geometryColumn, int srsId) {
    }

    /** The feature tables, or null when there are none (the problem is added). */
    private static List<Table> featureTables(Connection db, FeatureCollector collector) throws SQLException {
        if (!hasTable(db, "gpkg_contents")) {
            collector.error("", "the file is an SQLite database but not a GeoPackage (it has no gpkg_contents table);"
                    + " convert it with: ogr2ogr -f GeoJSON out.geojson in.sqlite");
            return null;
        }
        List<Table> tables = new ArrayList<>();
        List<String> others = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rows = s.executeQuery("SELECT c.table_name, c.identifier, c.data_type, g.column_name, g.srs_id"
                     + " FROM gpkg_contents c LEFT JOIN gpkg_geometry_columns g ON g.table_name = c.table_name"
                     + " ORDER BY c.table_name")) {
            while (rows.next()) {
                String table = rows.getString(1);
                String type = String.valueOf(rows.getString(3));
                if (!"features".equalsIgnoreCase(type)) {
                    others.add(table + " (" + type + ")");
                } else if (rows.getString(4) == null) {
                    collector.error("table " + table, "a feature table without an entry in gpkg_geometry_columns; left out");
                } else {
                    String title = rows.getString(2);
                    tables.add(new Table(table, title == null || title.isBlank() ? table : title, rows.getString(4),
                            rows.getInt(5)));
                }
            }
        }
        if (tables.isEmpty()) {
            collector.error("", others.isEmpty()
                    ? "the GeoPackage holds no feature table: there is nothing to draw"
                    : "the GeoPackage holds no vector features, only " + String.join(", ", others)
                            + ": Araxes reads a GeoPackage's features, not its tiles or plain tables");
            return null;
        }
        return tables;
    }

    private static void readTable(Connection db, Table table, FeatureCollector collector)
            throws SQLException {
        String where = "table " + table.name;
        Reprojection reprojection;
        try {
            reprojection = reprojection(db, table.srsId);
        } catch (Reprojection.UnknownCrsException e) {
            collector.error(where, e.getMessage() + "; the table was left out. Reproject it with:"
                    + " ogr2ogr -f GPKG -t_srs EPSG:4326 out.gpkg in.gpkg");
            return;
        }
        java.util.Set<String> jsonColumns = jsonColumns(db, table.name);
        java.util.Set<String> notJson = new java.util.HashSet<>();
        WKBReader wkb = new WKBReader(GeoJsonReader.geometryFactory());
        try (Statement s = db.createStatement();
             ResultSet rows = s.executeQuery("SELECT rowid AS araxes_rowid, * FROM " + quote(table.name))) {
            ResultSetMetaData meta = rows.getMetaData();
            while (rows.next()) {
                long rowId = rows.getLong(1);
                String place = where + ", row " + rowId;
                Map<String, Object> properties = new LinkedHashMap<>();
                Geometry geometry = null;
                String badGeometry = null;
                for (int c = 2; c <= meta.getColumnCount(); c++) { // 1 is the row id, named in the place
                    String column = meta.getColumnName(c);
                    if (column.equalsIgnoreCase(table.geometryColumn)) {
                        try {
                            geometry = geometry(rows.getBytes(c), wkb);
                        } catch (ParseException | RuntimeException e) {
                            badGeometry = "its geometry cannot be read (" + e.getMessage() + "); feature left out";
                        }
                    } else {
                        Object value = value(rows, c, meta.getColumnTypeName(c));
                        if (value instanceof String text && jsonColumns.contains(column)) {
                            try {
                                value = GeoJsonReader.toValue(JSON.readTree(text));
                            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                                if (notJson.add(column)) {
                                    collector.warning(place, "column \"" + column + "\" is marked as JSON but holds"
                                            + " other text here; such values are kept as text");
                                }
                            }
                        }
                        if (value != BLOB) {
                            properties.put(column, value);
                        }
                    }
                }
                if (badGeometry != null) {
                    collector.error(place, badGeometry);
                    continue;
                }
                Object id = properties.get("id");
                collector.add(place, id instanceof String || id instanceof Number ? String.valueOf(id) : null,
                        geometry, properties, reprojection);
            }
        }
    }

    /** Reads the JSON columns (objects and arrays GDAL writes as text, e.g. from GeoJSON). */
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The columns {@code gpkg_data_columns} marks as JSON ({@code mime_type} application/json). */
    private static java.util.Set<String> jsonColumns(Connection db, String table) throws SQLException {
        java.util.Set<String> columns = new java.util.HashSet<>();
        if (!hasTable(db, "gpkg_data_columns")) {
            return columns;
        }
        try (PreparedStatement s = db.prepareStatement("SELECT column_name FROM gpkg_data_columns"
                + " WHERE table_name = ? AND lower(mime_type) = 'application/json'")) {
            s.setString(1, table);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    /** The reprojection of a coordinate system id of {@code gpkg_spatial_ref_sys} to WGS 84. */
    private static Reprojection reprojection(Connection db, int srsId) throws SQLException, Reprojection.UnknownCrsException {
        if (srsId == 4326 || srsId == 0) {
            return null; // WGS 84, or "undefined geographic": longitude/latitude, checked per feature
        }
        if (srsId == -1) {
            return null; // "undefined Cartesian": read as is; positions out of range are named per feature
        }
        try (PreparedStatement s = db.prepareStatement("SELECT srs_name, organization, organization_coordsys_id, definition"
                + " FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
            s.setInt(1, srsId);
            try (ResultSet row = s.executeQuery()) {
                if (!row.next()) {
                    throw new Reprojection.UnknownCrsException("its coordinate system (srs_id " + srsId
                            + ") is not listed in gpkg_spatial_ref_sys");
                }
                String srsName = row.getString(1);
                if ("EPSG".equalsIgnoreCase(String.valueOf(row.getString(2)).strip())) {
                    try {
                        return Reprojection.epsg(row.getInt(3));
                    } catch (Reprojection.UnknownCrsException e) {
                        // its definition may still be read
                    }
                }
                String definition = row.getString(4);
                if (definition == null || definition.isBlank() || "undefined".equalsIgnoreCase(definition.strip())) {
                    throw new Reprojection.UnknownCrsException("its coordinate system \"" + srsName + "\" (srs_id " + srsId
                            + ") has no definition Araxes can use");
                }
                return Reprojection.find(definition);
            }
        }
    }

    /**
     * A geometry from a GeoPackage binary blob (OGC 12-128r18, 2.1.3), null for SQL NULL or an empty
     * geometry.
     */
    static Geometry geometry(byte[] blob, WKBReader wkb) throws ParseException {
        if (blob == null) {
            return null;
        }
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new ParseException("not a GeoPackage geometry (no \"GP\" header)");
        }
        int flags = blob[3];
        if ((flags & 0x20) != 0) {
            throw new ParseException("an extended geometry type, which Araxes does not read");
        }
        if ((flags & 0x10) != 0) {
            return null; // the empty-geometry flag
        }
        int envelope = (flags >> 1) & 0x07;
        int envelopeBytes = switch (envelope) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> throw new ParseException("an unknown envelope code " + envelope);
        };
        int start = 8 + envelopeBytes;
        if (blob.length <= start) {
            throw new ParseException("the geometry is cut short");
        }
        byte[] body = java.util.Arrays.copyOfRange(blob, start, blob.length);
        Geometry geometry = wkb.read(body);
        return geometry.isEmpty() ? null : geometry;
    }

    /** Marks a blob column, which is left out of the properties. */
    private static final Object BLOB = new Object();

    private static Object value(ResultSet rows, int column, String declared) throws SQLException {
        Object value = rows.getObject(column);
        if (value == null) {
            return null;
        }
        String type = declared == null ? "" : declared.toUpperCase(Locale.ROOT);
        if (value instanceof byte[]) {
            return BLOB;
        }
        if (type.equals("BOOLEAN") && value instanceof Number n) {
            return n.longValue() != 0;
        }
        if (value instanceof Integer i) {
            return i.longValue();
        }
        return value instanceof Float f ? f.doubleValue() : value;
    }

    private static boolean hasTable(Connection db, String table) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?")) {
            s.setString(1, table);
            try (ResultSet row = s.executeQuery()) {
                return row.next();
            }
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** SQLite's message without its code prefix ("[SQLITE_NOTADB] ..."). */
    private static String plain(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.replaceFirst("^\\[SQLITE_\\w+\\]\\s*", "");
    }
}
