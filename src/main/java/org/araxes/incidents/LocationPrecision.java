// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

/** How precisely an incident's place is known, with the radius of doubt drawn around its point. */
public enum LocationPrecision {
    /** A specific structure or crossing. */
    SITE(0.3),
    /** A city or town. */
    TOWN(5),
    /** A district, border sector or sea area; the point is representative. */
    REGION(40),
    /** Only a country is named; no point. */
    COUNTRY(0),
    /** No place at all. */
    NONE(0);

    private final double radiusKm;

    LocationPrecision(double radiusKm) {
        this.radiusKm = radiusKm;
    }

    /** About how far the event may be from its point, in kilometres (0 where there is no point). */
    public double radiusKm() {
        return radiusKm;
    }

    /** The name in files. */
    public String code() {
        return Codes.code(this);
    }

    /** The precision with a file name, or null when there is none. */
    public static LocationPrecision parse(String code) {
        return Codes.parse(LocationPrecision.class, code);
    }
}
