// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.geo;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mil.nga.proj.Projection;
import mil.nga.proj.ProjectionFactory;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.datum.Datum;
import org.locationtech.proj4j.datum.PrimeMeridian;
import org.locationtech.proj4j.proj.LongLatProjection;

/**
 * The one place where coordinates in another coordinate reference system become longitude and
 * latitude in degrees on WGS 84, as every reader and drawing of Araxes wants them (decision 0023).
 *
 * <p>A CRS is found from what files say about it: an EPSG code ({@code "EPSG:32638"}, a GeoJSON
 * {@code "crs"} name such as {@code "urn:ogc:def:crs:EPSG::32638"}, a GeoPackage's
 * {@code organization}/{@code organization_coordsys_id}) through proj4j's EPSG definitions, or a
 * WKT text (a Shapefile's {@code .prj}, a GeoPackage's {@code definition}) through NGA's WKT reader.
 * A CRS neither knows is refused by {@link #find} with an {@link UnknownCrsException} that names it.
 * Axis order is taken as x = easting (or longitude), y = northing (or latitude), as GeoJSON,
 * GeoPackage, Shapefile and FlatGeobuf store them.
 *
 * <p>An instance holds a proj4j transform, which keeps working state: use one per read (one
 * thread). {@link #find} itself is thread-safe.
 */
public final class Reprojection {

    private static final CRSFactory FACTORY = new CRSFactory();
    private static final Pattern EPSG_CODE = Pattern.compile("(?i)^(?:urn:ogc:def:crs:)?EPSG:+(?:[\\d.]*:)?(\\d+)$");
    private static final Pattern WKT_NAME = Pattern.compile("^\\s*[A-Z_0-9]+\\[\\s*\"([^\"]*)\"");
    /** The last AUTHORITY or ID of a WKT's top level: its own code (inner ones name its parts). */
    private static final Pattern WKT_EPSG = Pattern.compile("(?i)(?:AUTHORITY|ID)\\[\\s*\"EPSG\"\\s*,\\s*\"?(\\d+)\"?\\s*\\]\\s*\\]\\s*$");

    private final String name;
    /** Null when the coordinates already are WGS 84 longitude/latitude. */
    private final BasicCoordinateTransform transform;
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();

    private Reprojection(String name, CoordinateReferenceSystem source) {
        this.name = name;
        this.transform = isWgs84LonLat(source) ? null
                : new BasicCoordinateTransform(source, FACTORY.createFromName("EPSG:4326"));
    }

    /** Thrown by {@link #find} for a CRS that cannot be reprojected; its message names the CRS. */
    public static final class UnknownCrsException extends Exception {
        private static final long serialVersionUID = 1L;

        public UnknownCrsException(String message) {
            super(message);
        }
    }

    /**
     * The reprojection from the CRS a file names to WGS 84.
     *
     * @param crs an EPSG code as text ({@code "EPSG:32638"}, {@code "urn:ogc:def:crs:EPSG::32638"}) or a WKT text
     * @throws UnknownCrsException when neither proj4j nor the WKT reader knows it; the message names it
     */
    public static Reprojection find(String crs) throws UnknownCrsException {
        Objects.requireNonNull(crs, "crs");
        String text = crs.strip();
        Matcher code = EPSG_CODE.matcher(text);
        if (code.matches()) {
            return epsg(Integer.parseInt(code.group(1)), text);
        }
        if (text.toUpperCase(Locale.ROOT).matches("(?s)^(PROJCS|GEOGCS|PROJCRS|GEOGCRS|GEODCRS|BOUNDCRS|COMPD_CS|COMPOUNDCRS)\\s*\\[.*")) {
            String wktName = wktName(text);
            Matcher authority = WKT_EPSG.matcher(text);
            if (authority.find()) {
                try {
                    return epsg(Integer.parseInt(authority.group(1)), "EPSG:" + authority.group(1) + " (" + wktName + ")");
                } catch (UnknownCrsException e) {
                    // its definition below may still be read
                }
            }
            try {
                Projection projection = ProjectionFactory.getCachelessProjectionByDefinition(text);
                return new Reprojection(wktName, projection.getCrs());
            } catch (RuntimeException e) {
                throw new UnknownCrsException("the coordinate system \"" + abbreviate(wktName) + "\" cannot be converted to"
                        + " longitude and latitude here (" + abbreviate(String.valueOf(e.getMessage())) + ")");
            }
        }
        throw new UnknownCrsException("the coordinate system \"" + abbreviate(text) + "\" is not one Araxes knows"
                + " (an EPSG code or a WKT definition)");
    }

    /**
     * The reprojection from an EPSG coordinate system to WGS 84.
     *
     * @throws UnknownCrsException when proj4j's EPSG definitions do not have the code
     */
    public static Reprojection epsg(int code) throws UnknownCrsException {
        return epsg(code, "EPSG:" + code);
    }

    private static Reprojection epsg(int code, String name) throws UnknownCrsException {
        try {
            return new Reprojection(name, FACTORY.createFromName("EPSG:" + code));
        } catch (RuntimeException e) {
            throw new UnknownCrsException("the coordinate system EPSG:" + code + " is not one Araxes can convert to"
                    + " longitude and latitude (" + abbreviate(String.valueOf(e.getMessage())) + ")");
        }
    }

    /** The CRS as a person would recognise it: its code or WKT name. */
    public String name() {
        return name;
    }

    /** True when the coordinates already are longitude/latitude on WGS 84: nothing is changed. */
    public boolean isIdentity() {
        return transform == null;
    }

    /**
     * Reprojects one position in place: {@code xy[0]}, {@code xy[1]} become longitude and latitude.
     * A position the projection cannot take (outside its domain) becomes NaN, NaN.
     */
    public void apply(double[] xy) {
        if (transform == null) {
            return;
        }
        in.x = xy[0];
        in.y = xy[1];
        try {
            transform.transform(in, out);
            xy[0] = out.x;
            xy[1] = out.y;
        } catch (RuntimeException e) {
            xy[0] = Double.NaN;
            xy[1] = Double.NaN;
        }
    }

    /**
     * The geometry in longitude/latitude on WGS 84 (a copy; z is kept). Positions the projection
     * cannot take become NaN.
     */
    public Geometry apply(Geometry geometry) {
        if (transform == null || geometry == null) {
            return geometry;
        }
        Geometry copy = geometry.copy();
        double[] xy = new double[2];
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                xy[0] = seq.getX(i);
                xy[1] = seq.getY(i);
                apply(xy);
                seq.setOrdinate(i, 0, xy[0]);
                seq.setOrdinate(i, 1, xy[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copy.geometryChanged();
        copy.setSRID(4326);
        return copy;
    }

    /**
     * Longitude/latitude from Greenwich on WGS 84's ellipsoid with no datum shift: EPSG:4326, and an
     * ESRI {@code GCS_WGS_1984} (whose datum proj4j knows by its ellipsoid only).
     */
    private static boolean isWgs84LonLat(CoordinateReferenceSystem crs) {
        Datum datum = crs.getDatum();
        if (!(crs.getProjection() instanceof LongLatProjection) || datum == null) {
            return false;
        }
        boolean greenwich = crs.getProjection().getPrimeMeridian() == null
                || crs.getProjection().getPrimeMeridian().equals(PrimeMeridian.forName("greenwich"));
        return greenwich && (datum.isEqual(Datum.WGS84) || datum.getEllipsoid().isEqual(Datum.WGS84.getEllipsoid())
                && (datum.getTransformType() == Datum.TYPE_UNKNOWN || datum.getTransformType() == Datum.TYPE_WGS84));
    }

    private static String wktName(String wkt) {
        Matcher m = WKT_NAME.matcher(wkt);
        return m.find() && !m.group(1).isBlank() ? m.group(1) : "unnamed";
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 80 ? line.substring(0, 77) + "..." : line;
    }
}
