// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.araxes.incidents.Category;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.Role;
import org.araxes.incidents.Status;

/**
 * One saved view to and from JSON:
 *
 * <pre>{@code
 * { "name": "Nakhchivan",
 *   "bbox": [44.76, 38.84, 46.15, 39.79]            // or "centre": {"lon": .., "lat": .., "zoom": ..}
 *   "date": "2022-10-21",                            // or "from": "…", "to": "…"; optional
 *   "layers": ["countries", "borders"],              // optional: layers shown
 *   "hiddenLayers": ["rivers"],                      // optional: layers hidden (the others stay as they are)
 *   "filter": {"categories": ["attack"], "statuses": [..], "roles": [..], "actors": [..], "text": ".."},
 *   "selected": "inc-2022-10-21-kapan-consulate",    // optional
 *   "subject": ["corridor-zangezur", "place-meghri"], // optional: ids of features named first
 *   "note": "…" }
 * }</pre>
 *
 * Errors name the place ({@code views[2].bbox}) and say what is wrong.
 */
public final class ViewJson {

    private ViewJson() {
    }

    /** Reads a view; {@code place} prefixes the places in error messages. */
    public static SavedView read(JsonNode node, String place) throws FormatException {
        if (node == null || !node.isObject()) {
            throw new FormatException(place, "a view must be a JSON object");
        }
        String name = text(node, "name", place, true);
        MapExtent extent = extent(node, place);
        ViewTime time = time(node, place);
        List<String> layers = node.has("layers") ? strings(node.get("layers"), place + ".layers") : null;
        List<String> hidden = node.has("hiddenLayers") ? strings(node.get("hiddenLayers"), place + ".hiddenLayers") : null;
        IncidentFilter filter = node.has("filter") ? filter(node.get("filter"), place + ".filter") : null;
        String selected = text(node, "selected", place, false);
        String note = text(node, "note", place, false);
        List<String> subject = node.has("subject") ? strings(node.get("subject"), place + ".subject") : null;
        try {
            return new SavedView(name, extent, time, layers, hidden, filter, selected, note, subject);
        } catch (IllegalArgumentException e) {
            throw new FormatException(place, e.getMessage());
        }
    }

    /** Writes a view. */
    public static ObjectNode write(SavedView view) {
        ObjectNode node = KeptFiles.NODES.objectNode();
        node.put("name", view.name());
        if (view.extent() instanceof MapExtent.Centre c) {
            ObjectNode centre = node.putObject("centre");
            centre.put("lon", round(c.lon(), 6));
            centre.put("lat", round(c.lat(), 6));
            centre.put("zoom", round(c.zoom(), 4));
        } else if (view.extent() instanceof MapExtent.Box b) {
            node.putArray("bbox").add(b.west()).add(b.south()).add(b.east()).add(b.north());
        }
        ViewTime time = view.time();
        if (time != null && time.isWindow()) {
            node.put("from", time.from().toString());
            node.put("to", time.to().toString());
        } else if (time != null) {
            node.put("date", time.to().toString());
        }
        if (view.layers() != null) {
            ArrayNode layers = node.putArray("layers");
            view.layers().forEach(layers::add);
        }
        if (view.hiddenLayers() != null) {
            ArrayNode hidden = node.putArray("hiddenLayers");
            view.hiddenLayers().forEach(hidden::add);
        }
        if (view.filter() != null) {
            node.set("filter", writeFilter(view.filter()));
        }
        if (view.selected() != null) {
            node.put("selected", view.selected());
        }
        if (!view.subject().isEmpty()) {
            ArrayNode subject = node.putArray("subject");
            view.subject().forEach(subject::add);
        }
        if (!view.note().isEmpty()) {
            node.put("note", view.note());
        }
        return node;
    }

    /** Writes an incident filter (the "within N km" part is not kept: it is worked out from the map). */
    static ObjectNode writeFilter(IncidentFilter f) {
        ObjectNode filter = KeptFiles.NODES.objectNode();
        codes(filter.putArray("categories"), f.categories(), Category.values(), Category::code);
        codes(filter.putArray("statuses"), f.statuses(), Status.values(), Status::code);
        codes(filter.putArray("roles"), f.roles(), Role.values(), Role::code);
        ArrayNode actors = filter.putArray("actors");
        f.actors().stream().sorted().forEach(actors::add);
        filter.put("text", f.text());
        return filter;
    }

    private static <E extends Enum<E>> void codes(ArrayNode array, Set<E> set, E[] order, Function<E, String> code) {
        for (E value : order) {
            if (set.contains(value)) {
                array.add(code.apply(value));
            }
        }
    }

    private static double round(double value, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(value * f) / f;
    }

    private static MapExtent extent(JsonNode node, String place) throws FormatException {
        boolean hasCentre = node.has("centre");
        boolean hasBox = node.has("bbox");
        if (hasCentre == hasBox) {
            throw new FormatException(place, hasBox ? "give either \"centre\" or \"bbox\", not both"
                    : "a view needs \"centre\" {lon, lat, zoom} or \"bbox\" [west, south, east, north]");
        }
        try {
            if (hasBox) {
                JsonNode box = node.get("bbox");
                if (!box.isArray() || box.size() != 4) {
                    throw new FormatException(place + ".bbox", "must be four numbers [west, south, east, north]");
                }
                return new MapExtent.Box(number(box.get(0), place + ".bbox[0]"), number(box.get(1), place + ".bbox[1]"),
                        number(box.get(2), place + ".bbox[2]"), number(box.get(3), place + ".bbox[3]"));
            }
            JsonNode centre = node.get("centre");
            if (!centre.isObject()) {
                throw new FormatException(place + ".centre", "must be an object {\"lon\": …, \"lat\": …, \"zoom\": …}");
            }
            return new MapExtent.Centre(number(centre.get("lon"), place + ".centre.lon"),
                    number(centre.get("lat"), place + ".centre.lat"), number(centre.get("zoom"), place + ".centre.zoom"));
        } catch (IllegalArgumentException e) {
            throw new FormatException(place + (hasBox ? ".bbox" : ".centre"), e.getMessage());
        }
    }

    private static ViewTime time(JsonNode node, String place) throws FormatException {
        boolean hasDate = node.has("date");
        boolean hasWindow = node.has("from") || node.has("to");
        if (hasDate && hasWindow) {
            throw new FormatException(place, "give either \"date\" or \"from\"/\"to\", not both");
        }
        if (hasDate) {
            return ViewTime.day(date(node, "date", place));
        }
        if (hasWindow) {
            if (!node.has("from") || !node.has("to")) {
                throw new FormatException(place, "a window needs both \"from\" and \"to\"");
            }
            LocalDate from = date(node, "from", place);
            LocalDate to = date(node, "to", place);
            try {
                return ViewTime.window(from, to);
            } catch (IllegalArgumentException e) {
                throw new FormatException(place + ".to", e.getMessage());
            }
        }
        return null;
    }

    private static LocalDate date(JsonNode node, String field, String place) throws FormatException {
        String value = text(node, field, place, true);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new FormatException(place + "." + field, "\"" + value + "\" is not a date like 2022-10-21");
        }
    }

    static IncidentFilter filter(JsonNode node, String place) throws FormatException {
        if (!node.isObject()) {
            throw new FormatException(place, "must be an object");
        }
        Set<Category> categories = node.has("categories")
                ? parsed(node.get("categories"), place + ".categories", Category::parse, Category.class)
                : EnumSet.allOf(Category.class);
        Set<Status> statuses = node.has("statuses")
                ? parsed(node.get("statuses"), place + ".statuses", Status::parse, Status.class)
                : EnumSet.allOf(Status.class);
        Set<Role> roles = node.has("roles") ? parsed(node.get("roles"), place + ".roles", Role::parse, Role.class)
                : EnumSet.allOf(Role.class);
        List<String> actors = node.has("actors") ? strings(node.get("actors"), place + ".actors") : List.of();
        String text = text(node, "text", place, false);
        return new IncidentFilter(categories, statuses, roles, Set.copyOf(actors), text);
    }

    private static <E extends Enum<E>> Set<E> parsed(JsonNode node, String place, Function<String, E> parse,
                                                     Class<E> type) throws FormatException {
        Set<E> set = EnumSet.noneOf(type);
        List<String> codes = strings(node, place);
        for (int i = 0; i < codes.size(); i++) {
            E value = parse.apply(codes.get(i));
            if (value == null) {
                StringBuilder allowed = new StringBuilder();
                for (E constant : type.getEnumConstants()) {
                    allowed.append(allowed.length() == 0 ? "" : ", ").append(constant.name().toLowerCase(java.util.Locale.ROOT));
                }
                throw new FormatException(place + "[" + i + "]", "\"" + codes.get(i) + "\" is not one of " + allowed);
            }
            set.add(value);
        }
        return set;
    }

    static List<String> strings(JsonNode node, String place) throws FormatException {
        if (node == null || !node.isArray()) {
            throw new FormatException(place, "must be a list of texts");
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new FormatException(place + "[" + i + "]", "must be a non-empty text");
            }
            values.add(item.asText().strip());
        }
        return values;
    }

    static String text(JsonNode node, String field, String place, boolean required) throws FormatException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new FormatException(place, "\"" + field + "\" is missing");
            }
            return null;
        }
        String at = place.isEmpty() ? field : place + "." + field;
        if (!value.isTextual()) {
            throw new FormatException(at, "must be a text");
        }
        if (required && value.asText().isBlank()) {
            throw new FormatException(at, "must not be empty");
        }
        return value.asText();
    }

    static double number(JsonNode node, String place) throws FormatException {
        if (node == null || !node.isNumber()) {
            throw new FormatException(place, "must be a number");
        }
        return node.asDouble();
    }

    /** Checks the "format" and "version" fields every Araxes file starts with. */
    static void header(JsonNode tree, String format, int version) throws FormatException {
        if (!tree.isObject()) {
            throw new FormatException("", "expected a JSON object with \"format\": \"" + format + "\"");
        }
        JsonNode f = tree.get("format");
        if (f == null || !f.isTextual() || !f.asText().equals(format)) {
            throw new FormatException("format", "expected \"format\": \"" + format + "\""
                    + (f == null ? " (an old or foreign file: the field is missing)" : ", found " + f));
        }
        JsonNode v = tree.get("version");
        if (v == null || !v.canConvertToInt()) {
            throw new FormatException("version", "the version number is missing");
        }
        if (v.asInt() != version) {
            throw new FormatException("version", "version " + v.asInt() + " is not supported; this Araxes reads version "
                    + version);
        }
    }
}
