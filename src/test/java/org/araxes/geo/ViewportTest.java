// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;

class ViewportTest {

    @ParameterizedTest(name = "zoom {0}: ({1}, {2}) round-trips")
    @CsvSource({
        // whole world
        "0, 0, 0",
        // the region at overview zoom
        "6, 46.4058, 39.2076",
        // Nakhchivan city close up
        "11, 45.4129, 39.2089",
        // fractional zoom, as the wheel gives
        "8.35, 49.8671, 40.4093",
        // far corner of the data box
        "14, 51.0, 36.0",
    })
    void lonLatToPixelAndBack(double zoom, double lon, double lat) {
        Viewport viewport = Viewport.centeredOn(47, 39.2, zoom, 1280, 800);
        double x = viewport.screenX(lon);
        double y = viewport.screenY(lat);
        assertEquals(lon, viewport.longitude(x), 1e-9);
        assertEquals(lat, viewport.latitude(y), 1e-9);
    }

    @Test
    @DisplayName("the centre of a centred viewport is the middle of the screen")
    void centre() {
        Viewport viewport = Viewport.centeredOn(46.4, 39.2, 9, 1000, 600);
        assertEquals(500, viewport.screenX(46.4), 1e-9);
        assertEquals(300, viewport.screenY(39.2), 1e-9);
        assertEquals(46.4, viewport.centerLongitude(), 1e-9);
    }

    @Test
    @DisplayName("north is up and east is right")
    void orientation() {
        Viewport viewport = Viewport.centeredOn(46, 39, 7, 800, 600);
        assertTrue(viewport.screenX(47) > viewport.screenX(46));
        assertTrue(viewport.screenY(40) < viewport.screenY(39));
    }

    @Test
    @DisplayName("world pixels match the slippy-map tile scheme: Baku lies in tile 291/193 at zoom 9")
    void tileScheme() {
        // tile indices for 49.8671 E, 40.4093 N at zoom 9, from the standard formula
        assertEquals(326, (int) Math.floor(WebMercator.worldX(49.8671, 9) / 256));
        assertEquals(193, (int) Math.floor(WebMercator.worldY(40.4093, 9) / 256));
    }

    @Test
    @DisplayName("each zoom level doubles the scale")
    void zoomDoubles() {
        Viewport a = Viewport.centeredOn(46, 39, 6, 800, 600);
        Viewport b = Viewport.centeredOn(46, 39, 7, 800, 600);
        assertEquals(2 * (a.screenX(47) - a.screenX(46)), b.screenX(47) - b.screenX(46), 1e-9);
    }

    @Test
    @DisplayName("fitting a box shows all of it, touching two edges")
    void fitting() {
        Envelope region = new Envelope(43.5, 50.5, 36.5, 42.0);
        Viewport viewport = Viewport.fitting(region, 1280, 800);
        double left = viewport.screenX(43.5);
        double right = viewport.screenX(50.5);
        double top = viewport.screenY(42.0);
        double bottom = viewport.screenY(36.5);
        assertTrue(left >= -1e-6 && right <= 1280 + 1e-6 && top >= -1e-6 && bottom <= 800 + 1e-6);
        assertTrue(Math.abs(right - left - 1280) < 1e-6 || Math.abs(bottom - top - 800) < 1e-6);
    }

    @Test
    @DisplayName("zooming about a point keeps that ground point under it")
    void zoomAboutPivot() {
        Viewport viewport = Viewport.centeredOn(46, 39, 7, 800, 600);
        double lon = viewport.longitude(200);
        double lat = viewport.latitude(150);
        Viewport zoomed = viewport.zoomedBy(1.5, 200, 150);
        assertEquals(200, zoomed.screenX(lon), 1e-6);
        assertEquals(150, zoomed.screenY(lat), 1e-6);
    }

    @Test
    @DisplayName("panning moves the content the other way")
    void pan() {
        Viewport viewport = Viewport.centeredOn(46, 39, 7, 800, 600);
        assertEquals(viewport.screenX(46) - 100, viewport.pannedBy(100, 0).screenX(46), 1e-9);
    }

    @Test
    @DisplayName("a viewport of no size is refused")
    void invalid() {
        assertThrows(IllegalArgumentException.class, () -> new Viewport(5, 0, 0, 0, 100));
        assertThrows(IllegalArgumentException.class, () -> new Viewport(Double.NaN, 0, 0, 10, 10));
    }

    @Test
    @DisplayName("ground resolution at the equator and at 39° N")
    void metresPerPixel() {
        // 2πR / 256 at zoom 0 on the equator: 156,543.03 m
        assertEquals(156_543.03, WebMercator.metresPerPixel(0, 0), 0.01);
        assertEquals(156_543.03 * Math.cos(Math.toRadians(39)) / 256, WebMercator.metresPerPixel(39, 8), 0.01);
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("viewports are equal when every component is, as records are")
    void equality() {
        Viewport a = new Viewport(6.5, -100.25, 42, 800, 600);
        assertEquals(a, new Viewport(6.5, -100.25, 42, 800, 600));
        assertEquals(a.hashCode(), new Viewport(6.5, -100.25, 42, 800, 600).hashCode());
        org.junit.jupiter.api.Assertions.assertNotEquals(a, new Viewport(6.5, -100.25, 42, 800, 601));
        org.junit.jupiter.api.Assertions.assertNotEquals(a, new Viewport(6.5, -100.0, 42, 800, 600));
        org.junit.jupiter.api.Assertions.assertNotEquals(a, new Viewport(6.0, -100.25, 42, 800, 600));
        org.junit.jupiter.api.Assertions.assertNotEquals(a, new Viewport(6.5, -100.25, 41, 800, 600));
        org.junit.jupiter.api.Assertions.assertNotEquals(a, new Viewport(6.5, -100.25, 42, 801, 600));
        // as Double.compare: -0 and 0 differ, like the record's own equals
        org.junit.jupiter.api.Assertions.assertNotEquals(new Viewport(1, 0.0, 0, 1, 1), new Viewport(1, -0.0, 0, 1, 1));
        org.junit.jupiter.api.Assertions.assertNotEquals(a, "a viewport");
    }
}
