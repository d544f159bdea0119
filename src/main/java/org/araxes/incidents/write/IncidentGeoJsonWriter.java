// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents.write;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.List;
import org.araxes.incidents.Incident;

/**
 * Writes incidents as a GeoJSON file in Araxes's incident format ({@code docs/incidents-format.md}),
 * the one place incidents become GeoJSON (the app's export, the command line, synthetic test data
 * and the canonical form hashed by {@link org.araxes.incidents.SetVersion}).
 *
 * <p>RFC 7946: a FeatureCollection in UTF-8, coordinates {@code [longitude, latitude]} in WGS 84
 * with at most 7 decimals (about 1 cm; rounded half up), no {@code crs} member. Incidents are
 * points or have no geometry ({@code "geometry": null}), so there is no polygon to wind. The
 * foreign member {@code araxes} names the file as an incident layer. Every date is written with its
 * {@code end}, so what {@link org.araxes.incidents.IncidentReader} reads back is equal to what was
 * written (for points with at most 7 decimals). Features are written in the order given; streaming,
 * so memory stays small however many are written. The stream is not closed.
 */
public final class IncidentGeoJsonWriter {

    /** Decimals kept of a coordinate. */
    public static final int DECIMALS = 7;

    /** The layer title written when none is given. */
    public static final String DEFAULT_TITLE = "Incidents";

    private IncidentGeoJsonWriter() {
    }

    /** Writes the incidents as an incident GeoJSON file titled {@value #DEFAULT_TITLE}, indented. */
    public static void write(List<Incident> incidents, OutputStream out) throws IOException {
        write(incidents.iterator(), DEFAULT_TITLE, "", true, out);
    }

    /**
     * Writes incidents as an incident GeoJSON file.
     *
     * @param incidents the incidents, in the order written (read as they are written)
     * @param title     the layer's title ({@code araxes.title})
     * @param credit    the attribution ({@code araxes.credit}); empty leaves it out
     * @param indent    true for a file people read, false for the compact form
     * @param out       where to write; not closed
     */
    public static void write(Iterator<Incident> incidents, String title, String credit, boolean indent,
                             OutputStream out) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (indent) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
        }
        try (json) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeObjectFieldStart("araxes");
            json.writeStringField("title", title);
            json.writeStringField("kind", "incidents");
            json.writeNumberField("order", 80);
            if (credit != null && !credit.isBlank()) {
                json.writeStringField("credit", credit);
            }
            json.writeEndObject();
            json.writeArrayFieldStart("features");
            while (incidents.hasNext()) {
                writeFeature(json, incidents.next());
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.flush();
    }

    /** A coordinate as written: at most {@value #DECIMALS} decimals, no exponent, no trailing zeros. */
    public static String coordinate(double degrees) {
        BigDecimal rounded = BigDecimal.valueOf(degrees).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** The coordinate as read back from what {@link #coordinate} writes. */
    public static double rounded(double degrees) {
        return Double.parseDouble(coordinate(degrees));
    }

    private static void writeFeature(JsonGenerator json, Incident incident) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", incident.id());
        if (incident.point() == null) {
            json.writeNullField("geometry");
        } else {
            json.writeObjectFieldStart("geometry");
            json.writeStringField("type", "Point");
            json.writeArrayFieldStart("coordinates");
            json.writeNumber(coordinate(incident.point().lon()));
            json.writeNumber(coordinate(incident.point().lat()));
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeObjectFieldStart("properties");
        json.writeStringField("id", incident.id());
        json.writeStringField("title", incident.title());
        json.writeStringField("summary", incident.summary());
        json.writeStringField("category", incident.category().code());
        json.writeArrayFieldStart("actors");
        for (String actor : incident.actors()) {
            json.writeString(actor);
        }
        json.writeEndArray();
        json.writeStringField("status", incident.status().code());
        json.writeStringField("role", incident.role().code());
        json.writeObjectFieldStart("date");
        json.writeStringField("start", incident.date().start().toString());
        json.writeStringField("end", incident.date().end().toString());
        json.writeStringField("precision", incident.date().precision().code());
        json.writeStringField("basis", incident.date().basis().code());
        json.writeStringField("note", incident.date().note());
        json.writeEndObject();
        json.writeObjectFieldStart("location");
        json.writeStringField("name", incident.location().name());
        json.writeStringField("precision", incident.location().precision().code());
        json.writeStringField("note", incident.location().note());
        json.writeEndObject();
        json.writeArrayFieldStart("sources");
        for (Incident.Source source : incident.sources()) {
            json.writeStartObject();
            json.writeStringField("file", source.file());
            json.writeStringField("publisher", source.publisher());
            json.writeStringField("author", source.author());
            json.writeStringField("title", source.title());
            json.writeStringField("published", source.published());
            json.writeStringField("quote", source.quote());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }
}
