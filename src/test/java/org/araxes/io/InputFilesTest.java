// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Whether a file fits the heap left, told before it is read, from its size. */
class InputFilesTest {

    @Test
    @DisplayName("a small file passes; one larger than the heap can hold is refused with what it needs and how to give more")
    void estimate() {
        assertNull(InputFiles.whyTooBig(1_000_000, InputFiles.Cost.INCIDENTS_GEOJSON));
        String why = InputFiles.whyTooBig(10_000_000_000_000L, InputFiles.Cost.INCIDENTS_CSV);
        assertTrue(why.startsWith("the file is too big for the memory Araxes has: it needs about 6675720 MB"), why);
        assertTrue(why.contains("-Xmx"), why);
    }

    @Test
    @DisplayName("an incident GeoJSON is held compactly: a file that would not fit as a map layer fits as incidents")
    void incidentsCostLessThanALayer() {
        long free = Runtime.getRuntime().maxMemory() - (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
        long size = (long) (free * 0.8); // as a layer it needs 2.4 × the free heap, as incidents 0.16 ×
        assertTrue(InputFiles.whyTooBig(size, InputFiles.Cost.LAYER) != null);
        assertNull(InputFiles.whyTooBig(size, InputFiles.Cost.INCIDENTS_GEOJSON));
    }
}
