// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.araxes.geo.GeoFeature;
import org.araxes.io.LayerInfo;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FeatureFactsTest {

    private static final Atlas ATLAS = Atlas.load(Path.of("geodata"));

    private static LayerData layer(String id) {
        return ATLAS.layers().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    private static GeoFeature feature(LayerData layer, String id) {
        return layer.features().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("Kapan's card lists its names and who uses Kafan")
    void kapanNames() {
        LayerData places = layer("places");
        FeatureFacts facts = FeatureFacts.of(feature(places, "place-kapan"), places.info());
        assertEquals("Kapan", facts.title());
        assertTrue(facts.names().contains("Armenian: Կապան"), facts.names().toString());
        assertTrue(facts.names().stream().anyMatch(n -> n.endsWith(": Kafan")), facts.names().toString());
        assertTrue(facts.measures().get(0).startsWith("Position: 39.2"), facts.measures().toString());
    }

    /** The number of km² a measure line gives ("Area: 5,247 km² (geodesic, WGS84)" gives 5247). */
    private static double km2(String measure) {
        return Double.parseDouble(measure.replaceAll("km².*", "").replaceAll("[^0-9]", ""));
    }

    @Test
    @DisplayName("Nakhchivan's card gives its area from the geometry, about 5,247 km²")
    void nakhchivanArea() {
        LayerData admin = layer("admin1");
        FeatureFacts facts = FeatureFacts.of(feature(admin, "admin-AZ-NX"), admin.info());
        String area = facts.measures().get(0);
        assertEquals(5247, km2(area), 60, area);
    }

    @Test
    @DisplayName("Iran's card gives the whole country's area from its source, and which part this layer holds")
    void iranAreaIsTheWholeCountry() {
        LayerData countries = layer("countries");
        FeatureFacts facts = FeatureFacts.of(feature(countries, "country-IRN"), countries.info());
        String whole = facts.measures().get(0);
        assertTrue(whole.startsWith("Area of the whole country: "), facts.measures().toString());
        assertTrue(whole.contains("Natural Earth"), whole);
        // about 1.62–1.65 million km² (Natural Earth 1:10m land, geodesic)
        assertEquals(1_630_000, km2(whole), 25_000, whole);
        String inside = facts.measures().get(1);
        assertTrue(inside.startsWith("Part in this layer: "), inside);
        assertEquals(152_895, km2(inside), 500, inside);
    }

    @Test
    @DisplayName("a corridor's card says it is a proposal and cites its sources")
    void corridorStatus() {
        LayerData corridors = layer("corridors");
        FeatureFacts facts = FeatureFacts.of(feature(corridors, "corridor-zangezur"), corridors.info());
        assertTrue(facts.details().contains("Status: proposed"), facts.details().toString());
        assertTrue(facts.details().stream().anyMatch(d -> d.startsWith("Source ") && d.contains("“")), facts.details().toString());
        assertTrue(facts.measures().get(0).startsWith("Length: "));
    }

    @Test
    @DisplayName("the picker finds the place under a click before the country under it")
    void picking() {
        var topFirst = new java.util.ArrayList<>(ATLAS.mapLayers());
        java.util.Collections.reverse(topFirst);
        var hit = FeaturePicker.pick(topFirst, 46.4060, 39.2080, 0.01).orElseThrow();
        assertEquals("place-kapan", hit.feature().id());
        var area = FeaturePicker.pick(topFirst, 47.5, 40.5, 0.001).orElseThrow();
        assertEquals(LayerInfo.Kind.LAND, area.layer().info().kind());
        assertEquals("AZE", area.feature().text("iso_a3"));
    }
}
