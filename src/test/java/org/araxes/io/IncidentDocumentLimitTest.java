// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Incident files are streamed into the compact store, so they may be far larger than a map layer. */
class IncidentDocumentLimitTest {

    /** The benchmarks' ten million synthetic incidents with points as GeoJSON: 8.6 GB (docs/performance.md). */
    private static final long TEN_MILLION_GEOJSON = 8_600_000_000L;

    @Test
    @DisplayName("a ten-million-incident GeoJSON is within the incident reader's limit and beyond a map layer's")
    void tenMillionFits() {
        assertEquals(GeoJsonReader.MAX_DOCUMENT_LENGTH, new GeoJsonReader().maxDocumentLength());
        assertEquals(GeoJsonReader.MAX_INCIDENT_DOCUMENT_LENGTH, GeoJsonReader.forIncidents().maxDocumentLength());
        assertTrue(GeoJsonReader.forIncidents().maxDocumentLength() > TEN_MILLION_GEOJSON);
        assertTrue(new GeoJsonReader().maxDocumentLength() < TEN_MILLION_GEOJSON);
    }
}
