// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleBarTest {

    @ParameterizedTest(name = "{0} m/px within {1} px gives {2}")
    @CsvSource({
        // 1,000 m per pixel, 160 px: 160 km fits, the round length below is 100 km
        "1000, 160, 100 km, 100",
        // 300 m/px: 48 km fits, 20 km is the largest 1-2-5 length
        "300, 160, 20 km, 66.666",
        // 3.2 m/px: 512 m fits, 500 m
        "3.2, 160, 500 m, 156.25",
        // exactly 5 km fits
        "31.25, 160, 5 km, 160",
    })
    void roundLengths(double metresPerPixel, double maxPixels, String label, double pixels) {
        ScaleBar bar = ScaleBar.forResolution(metresPerPixel, maxPixels);
        assertEquals(label, bar.label());
        assertEquals(pixels, bar.pixels(), 0.01);
    }

    @Test
    @DisplayName("the bar stays true at every latitude: the same zoom gives a longer bar for the same length further north")
    void trueAtLatitude() {
        ScaleBar south = ScaleBar.forResolution(WebMercator.metresPerPixel(36.5, 8), 200);
        ScaleBar north = ScaleBar.forResolution(WebMercator.metresPerPixel(42.0, 8), 200);
        assertEquals(south.metres(), north.metres());
        assertTrue(north.pixels() > south.pixels());
        assertEquals(Math.cos(Math.toRadians(36.5)) / Math.cos(Math.toRadians(42.0)), north.pixels() / south.pixels(), 1e-9);
    }
}
