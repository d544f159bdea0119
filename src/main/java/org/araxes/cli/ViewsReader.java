// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;

/**
 * Reads the saved views {@code araxes export --view NAME} can use: the bundled
 * {@code assets/views.json} (the working copy's if there is one, else the jar's). Only what an
 * export needs is read: the name, the extent ({@code bbox} or {@code centre}), the date or window
 * and the visible layers.
 */
final class ViewsReader {

    /**
     * A saved view as the export uses it.
     *
     * @param name   its name
     * @param bbox   the area, or null when the view gives a centre instead
     * @param centre lon, lat, zoom, or null when the view gives a box
     * @param from   first day shown, or null
     * @param to     last day shown, or null
     * @param layers ids of the visible layers, or null for all
     */
    record View(String name, Envelope bbox, double[] centre, LocalDate from, LocalDate to, List<String> layers) {
    }

    private ViewsReader() {
    }

    /** The views of the bundled file; an unreadable file gives an exception naming it. */
    static List<View> bundled() throws IOException {
        Path local = Path.of("assets", "views.json");
        if (Files.isRegularFile(local)) {
            try (InputStream in = Files.newInputStream(local)) {
                return read(in, local.toString());
            }
        }
        try (InputStream in = ViewsReader.class.getResourceAsStream("/assets/views.json")) {
            if (in == null) {
                return List.of();
            }
            return read(in, "views.json");
        }
    }

    /** The views of a views file. */
    static List<View> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    static List<View> read(InputStream in, String file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IOException(file + ": not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        List<View> views = new ArrayList<>();
        JsonNode list = root == null ? null : root.get("views");
        if (list == null || !list.isArray()) {
            throw new IOException(file + ": no \"views\" array");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode v = list.get(i);
            String place = file + ": views[" + i + "]";
            String name = v.path("name").asText("");
            if (name.isBlank()) {
                throw new IOException(place + ": a view needs a name");
            }
            Envelope box = null;
            double[] centre = null;
            JsonNode bbox = v.get("bbox");
            if (bbox != null && bbox.isArray() && bbox.size() == 4) {
                box = new Envelope(bbox.get(0).asDouble(), bbox.get(2).asDouble(), bbox.get(1).asDouble(), bbox.get(3).asDouble());
            } else if (v.has("centre")) {
                JsonNode c = v.get("centre");
                centre = new double[] {c.path("lon").asDouble(), c.path("lat").asDouble(), c.path("zoom").asDouble(6)};
            } else {
                throw new IOException(place + ": a view needs a \"bbox\" or a \"centre\"");
            }
            LocalDate from = null;
            LocalDate to = null;
            try {
                if (v.hasNonNull("date")) {
                    from = LocalDate.parse(v.get("date").asText());
                    to = from;
                }
                if (v.hasNonNull("from")) {
                    from = LocalDate.parse(v.get("from").asText());
                }
                if (v.hasNonNull("to")) {
                    to = LocalDate.parse(v.get("to").asText());
                }
            } catch (java.time.format.DateTimeParseException e) {
                throw new IOException(place + ": a date must be YYYY-MM-DD (" + e.getParsedString() + ")");
            }
            List<String> layers = null;
            if (v.has("layers") && v.get("layers").isArray()) {
                layers = new ArrayList<>();
                for (JsonNode layer : v.get("layers")) {
                    layers.add(layer.asText());
                }
            }
            views.add(new View(name, box, centre, from, to, layers));
        }
        return views;
    }

    /** The view with a name (case and surrounding spaces ignored), or null. */
    static View find(List<View> views, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return views.stream().filter(v -> v.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst().orElse(null);
    }
}
