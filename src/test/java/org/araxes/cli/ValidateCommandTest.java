// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("araxes validate")
class ValidateCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return AraxesCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static String corpus(String name) throws URISyntaxException {
        return Path.of(ValidateCommandTest.class.getResource("/org/araxes/corpus/" + name).toURI()).toString();
    }

    @Test
    @DisplayName("exits 0 and prints nothing on stdout for clean files")
    void clean() throws Exception {
        assertEquals(0, run("validate", corpus("layer-bom.geojson"), corpus("csv-plain-ok.csv")));
        assertEquals("", out.toString());
        assertTrue(err.toString().contains("2 files checked: 0 errors, 0 warnings"), err.toString());
    }

    @Test
    @DisplayName("exits 1 and prints FILE:PLACE: message for each problem")
    void problems() throws Exception {
        String file = corpus("incidents-bad-day.geojson");
        assertEquals(1, run("validate", file));
        assertTrue(out.toString().contains(file + ":feature 1 (id \"inc-feb30\"): bad date \"2021-02-30\" in date.start: February 2021 has no day 30"),
                out.toString());
    }

    @Test
    @DisplayName("exits 2 when a file cannot be read at all, and still checks the others")
    void unreadable() throws Exception {
        assertEquals(2, run("validate", "/no/such/file.geojson", corpus("layer-nan.geojson")));
        assertTrue(out.toString().contains("/no/such/file.geojson: the file does not exist"), out.toString());
        assertTrue(out.toString().contains("layer-nan.geojson:feature 1"), out.toString());
    }

    @Test
    @DisplayName("tells the kind of file by its content: incident GeoJSON, layer, CSV")
    void kinds() throws Exception {
        run("validate", corpus("incidents-swapped.geojson"), corpus("layer-nan.geojson"), corpus("csv-swapped.csv"));
        String said = err.toString();
        assertTrue(said.contains("read as incidents geojson") && said.contains("read as layer")
                && said.contains("read as incidents csv"), said);
    }

    @Test
    @DisplayName("checks KML, KMZ, GPX and TopoJSON files GDAL and mapshaper wrote, with their counts")
    void otherFormats() throws Exception {
        String[] files = {"places.kml", "places.kmz", "rivers.gpx", "countries.topojson"};
        String[] args = new String[files.length + 1];
        args[0] = "validate";
        for (int i = 0; i < files.length; i++) {
            args[i + 1] = Path.of(ValidateCommandTest.class.getResource("/org/araxes/formats/" + files[i]).toURI()).toString();
        }
        assertEquals(0, run(args), out.toString());
        String said = err.toString();
        assertTrue(said.contains("4 files checked: 0 errors, 0 warnings"), said);
        assertTrue(said.contains("31 loaded") && said.contains("19 loaded") && said.contains("6 loaded"), said);
    }
}
