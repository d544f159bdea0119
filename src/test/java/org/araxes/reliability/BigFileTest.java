// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import org.araxes.io.GeoJsonReader;
import org.araxes.io.GeoJsonResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The document size limit, tested with a small limit on a file generated as a stream (never on
 * disk). The real limit (1.5 GB) and a 1 GB file measured by hand are in docs/reliability.md.
 */
@DisplayName("A file larger than the document size limit")
class BigFileTest {

    /** A FeatureCollection of {@code count} points, generated as it is read. */
    static InputStream points(long count) {
        byte[] head = "{\"type\":\"FeatureCollection\",\"features\":[\n".getBytes(StandardCharsets.UTF_8);
        byte[] point = "{\"type\":\"Feature\",\"properties\":{\"name\":\"p\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[45.5,39.1]}},\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}]}\n".getBytes(StandardCharsets.UTF_8);
        return new SequenceInputStream(new Enumeration<InputStream>() {
            long made = -1;

            @Override
            public boolean hasMoreElements() {
                return made <= count;
            }

            @Override
            public InputStream nextElement() {
                made++;
                if (made == 0) {
                    return new java.io.ByteArrayInputStream(head);
                }
                return new java.io.ByteArrayInputStream(made <= count ? point : tail);
            }
        });
    }

    @Test
    @DisplayName("stops at the limit with a message naming the limit and the place, keeping the features before it")
    void overLimit() {
        long limit = 1_000_000;
        GeoJsonReader reader = new GeoJsonReader(StreamReadConstraints.builder().maxDocumentLength(limit).build());
        GeoJsonResult result = reader.read(points(100_000), "big.geojson"); // about 10 MB
        assertEquals(1, result.problems().size(), result.problems().toString());
        String said = result.problems().get(0).toString();
        assertTrue(said.startsWith("big.geojson:after feature ") && said.contains("the file is larger than 1000000 bytes (document size limit)"), said);
        assertTrue(result.features().size() > 9_000 && result.features().size() <= 10_000, "kept " + result.features().size());
    }

    @Test
    @DisplayName("under the limit, every feature of a generated 10 MB file loads")
    void underLimit() {
        GeoJsonResult result = new GeoJsonReader().read(points(100_000), "big.geojson");
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        assertEquals(100_001, result.features().size());
    }
}
