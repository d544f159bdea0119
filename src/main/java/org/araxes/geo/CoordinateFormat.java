// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.geo;

import java.util.Locale;

/** Formats a longitude/latitude pair for people: decimal degrees and degrees-minutes-seconds. */
public final class CoordinateFormat {

    private CoordinateFormat() {
    }

    /** For example {@code "39.2076° N, 46.4058° E"}; latitude first, as people read it. */
    public static String decimal(double lon, double lat) {
        return String.format(Locale.ROOT, "%.4f° %s, %.4f° %s",
                Math.abs(lat), lat < 0 ? "S" : "N", Math.abs(lon), lon < 0 ? "W" : "E");
    }

    /** For example {@code "39°12′27″ N, 46°24′21″ E"}, seconds rounded. */
    public static String degreesMinutesSeconds(double lon, double lat) {
        return dms(lat, lat < 0 ? "S" : "N") + ", " + dms(lon, lon < 0 ? "W" : "E");
    }

    private static String dms(double value, String hemisphere) {
        long totalSeconds = Math.round(Math.abs(value) * 3600);
        long degrees = totalSeconds / 3600;
        long minutes = (totalSeconds % 3600) / 60;
        long seconds = totalSeconds % 60;
        return String.format(Locale.ROOT, "%d°%02d′%02d″ %s", degrees, minutes, seconds, hemisphere);
    }
}
