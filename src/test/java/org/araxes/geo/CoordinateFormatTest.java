// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoordinateFormatTest {

    @Test
    @DisplayName("decimal degrees put latitude first with hemispheres")
    void decimal() {
        assertEquals("39.2076° N, 46.4058° E", CoordinateFormat.decimal(46.4058, 39.2076));
        assertEquals("33.9000° S, 18.4000° W", CoordinateFormat.decimal(-18.4, -33.9));
    }

    @Test
    @DisplayName("degrees, minutes and seconds round to the second and carry over")
    void dms() {
        assertEquals("39°12′27″ N, 46°24′21″ E", CoordinateFormat.degreesMinutesSeconds(46.4058, 39.2076));
        assertEquals("40°00′00″ N, 45°00′00″ E", CoordinateFormat.degreesMinutesSeconds(44.99999, 39.99999));
    }
}
