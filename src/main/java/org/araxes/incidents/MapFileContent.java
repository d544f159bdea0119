// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.util.Map;
import org.araxes.geo.GeoFeature;
import org.araxes.io.GeoJsonResult;
import org.araxes.io.LayerInfo;
import org.locationtech.jts.geom.Point;

/**
 * What a map file holds, incidents or a map layer, told by its content: <b>the</b> rule File ▸ Add
 * layer…, a file dropped on the map and the files of the command line follow (decision 0021).
 *
 * <ol>
 *   <li>A table ({@code .csv}, {@code .tsv}, {@code .txt}: {@link IncidentReader#isCsv}) holds
 *       incidents: Araxes reads no table as a map layer.</li>
 *   <li>A file whose {@code "araxes"} header names its kind holds what it names: incidents for
 *       {@code "kind": "incidents"}, a layer for any other known kind ({@code "place"},
 *       {@code "river"}…), whatever the file is called.</li>
 *   <li>Otherwise it holds incidents when at least half of its features (and at least one) look
 *       dated: a point or no geometry, with a {@code date} object that has a {@code start} (Araxes's
 *       format), a {@code date} text beside a {@code title} or {@code source} (a plain table's
 *       columns), or an {@code event_date} (ACLED's column): the names the incident readers map.
 *       Titles, categories or names alone do not make incidents: a layer of places whose names
 *       speak of attacks stays a layer.</li>
 * </ol>
 *
 * <p>Pure and thread-safe.
 */
public final class MapFileContent {

    /** What a file holds. */
    public enum Holds {
        /** Dated incidents: an incident set. */
        INCIDENTS,
        /** Map features: a layer. */
        LAYER
    }

    private MapFileContent() {
    }

    /** Whether a file name is a table, which holds incidents whatever it contains (rule 1). */
    public static boolean isTable(String fileName) {
        return IncidentReader.isCsv(fileName);
    }

    /** What a read map file holds (rules 2 and 3). */
    public static Holds of(GeoJsonResult read) {
        if (read.info().kind() == LayerInfo.Kind.INCIDENTS) {
            return Holds.INCIDENTS;
        }
        if (read.info().kind() != LayerInfo.Kind.OTHER) { // a header naming a layer's kind
            return Holds.LAYER;
        }
        int dated = 0;
        for (GeoFeature feature : read.features()) {
            if (looksDated(feature)) {
                dated++;
            }
        }
        return dated > 0 && dated * 2 >= read.features().size() ? Holds.INCIDENTS : Holds.LAYER;
    }

    /**
     * A point or no geometry, with an Araxes {@code date.start}, a plain table's {@code date} with a
     * {@code title} or {@code source}, or an ACLED {@code event_date}.
     */
    static boolean looksDated(GeoFeature feature) {
        if (feature.geometry() != null && !(feature.geometry() instanceof Point)) {
            return false;
        }
        Map<String, Object> p = feature.properties();
        Object date = p.get("date");
        if (date instanceof Map<?, ?> when && when.get("start") != null) {
            return true;
        }
        if (date != null && !(date instanceof Map) && !String.valueOf(date).isBlank()
                && (p.get("title") != null || p.get("source") != null)) {
            return true; // a plain table's columns (date, title, source) as flat properties
        }
        Object eventDate = p.get("event_date");
        return eventDate != null && !String.valueOf(eventDate).isBlank();
    }
}
