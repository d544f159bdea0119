// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.araxes.geo.Viewport;
import org.araxes.incidents.Category;
import org.araxes.incidents.DateBasis;
import org.araxes.incidents.DatePrecision;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.IncidentStore;
import org.araxes.incidents.LocationPrecision;
import org.araxes.incidents.Role;
import org.araxes.incidents.Status;
import org.araxes.render.IncidentRenderer;
import org.araxes.render.MapComposition;
import org.araxes.timeline.TimeWindow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The incidents of an SVG export carry what the PNG shows about doubt: places, dates, shared places, clusters. */
class SvgIncidentsTest {

    private static final LocalDate DAY = LocalDate.of(2022, 10, 21);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static Incident incident(String id, Category category, double lon, double lat, LocationPrecision place,
                                     DatePrecision date) {
        LocalDate end = date == DatePrecision.MONTH ? DAY.withDayOfMonth(31) : DAY;
        return new Incident(id, "Title " + id, "", category, List.of("Iran"), Status.REPORTED, Role.PRIMARY,
                new Incident.When(DAY.withDayOfMonth(date == DatePrecision.MONTH ? 1 : 21), end, date, DateBasis.STATED, ""),
                new Incident.Place("Place " + id, place, ""), new Incident.Point(lon, lat),
                List.of(new Incident.Source("f", "p", "a", "t", "2022-10", "q")));
    }

    private static String svg(List<Incident> incidents) throws Exception {
        IncidentStore store = new IncidentStore(incidents);
        TimeWindow window = TimeWindow.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
        MapComposition composition = new MapComposition(null, 0, List.of(), "en", List.of())
                .withIncidents(new IncidentRenderer.Shown(store, store.visible(window, IncidentFilter.all()), window, null));
        Viewport viewport = Viewport.fitting(new org.locationtech.jts.geom.Envelope(44, 48, 38, 41), 1000, 800);
        return WaitForAsyncUtils.asyncFx(() -> SvgExporter.svg(composition, viewport, 1, null)).get();
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    @DisplayName("a place known to a region gets its dashed radius of doubt; a site's, inside the symbol, none")
    void placeDoubt() throws Exception {
        String svg = svg(List.of(incident("region", Category.ATTACK, 46.4, 39.2, LocationPrecision.REGION, DatePrecision.DAY),
                incident("site", Category.DIPLOMATIC, 45.0, 40.5, LocationPrecision.SITE, DatePrecision.DAY)));
        assertEquals(1, count(svg, "class=\"place-doubt\""), svg);
        assertTrue(svg.contains("<title>Place region (region)</title>"), svg);
        assertEquals(0, count(svg, "class=\"date-span\""));
    }

    @Test
    @DisplayName("a date known as a span gets the dashed ring; incidents sharing a place get the fan's spokes")
    void dateSpanAndFan() throws Exception {
        String svg = svg(List.of(incident("month", Category.ATTACK, 46.4, 39.2, LocationPrecision.SITE, DatePrecision.MONTH),
                incident("same-1", Category.DIPLOMATIC, 45.4, 38.9, LocationPrecision.SITE, DatePrecision.DAY),
                incident("same-2", Category.ARREST_OR_EXPULSION, 45.4, 38.9, LocationPrecision.SITE, DatePrecision.DAY),
                incident("same-3", Category.WAR, 45.4, 38.9, LocationPrecision.SITE, DatePrecision.DAY)));
        assertEquals(1, count(svg, "class=\"date-span\""), svg);
        assertEquals(3, count(svg, "<line "), "a spoke to each of the three at one place");
    }

    @Test
    @DisplayName("a cluster is a ring divided by category with the count in a white core")
    void cluster() throws Exception {
        List<Incident> near = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            near.add(incident("c" + i, i < 4 ? Category.ATTACK : Category.DIPLOMATIC, 46.40 + i * 0.004, 39.20 + i * 0.003,
                    LocationPrecision.SITE, DatePrecision.DAY));
        }
        String svg = svg(near);
        assertEquals(1, count(svg, "class=\"cluster\""), svg);
        assertEquals(2, count(svg, "<path d=\"M[^\"]+Z\""), "a sector for each of the two categories");
        assertTrue(svg.contains(">6</text>"), "the count");
    }
}
