// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A file of saved views: {@code {"format": "araxes-views", "version": 1, "views": [ … ]}}, each
 * view as {@link ViewJson} describes. The bundled views are {@code assets/views.json}; the user's
 * own are {@code views/views.json} in the user folder, written atomically.
 */
public final class ViewsFile {

    /** The "format" value. */
    public static final String FORMAT = "araxes-views";
    /** The version this code reads and writes. */
    public static final int VERSION = 1;
    /** Where the bundled views are on the class path. */
    public static final String BUNDLED_RESOURCE = "/assets/views.json";

    private ViewsFile() {
    }

    /**
     * The views of a file's tree. One bad view refuses the whole file (so saving cannot drop it);
     * two views with the same name (case ignored) are refused too.
     */
    public static List<SavedView> parse(JsonNode tree) throws FormatException {
        ViewJson.header(tree, FORMAT, VERSION);
        JsonNode views = tree.get("views");
        if (views == null || !views.isArray()) {
            throw new FormatException("views", "must be a list of views");
        }
        List<SavedView> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < views.size(); i++) {
            SavedView view = ViewJson.read(views.get(i), "views[" + i + "]");
            if (!names.add(view.name().toLowerCase(Locale.ROOT))) {
                throw new FormatException("views[" + i + "].name", "the name \"" + view.name() + "\" is used twice");
            }
            result.add(view);
        }
        return List.copyOf(result);
    }

    /** The JSON tree of a list of views. */
    public static ObjectNode toJson(List<SavedView> views) {
        ObjectNode root = KeptFiles.NODES.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode array = root.putArray("views");
        views.forEach(v -> array.add(ViewJson.write(v)));
        return root;
    }

    /** Reads the user's views file; a corrupt or old one is reported and set aside. */
    public static KeptFiles.Loaded<List<SavedView>> load(Path file, Clock clock) {
        return KeptFiles.load(file, ViewsFile::parse, true, clock);
    }

    /**
     * Changes the user's views as they are in the file now, not as this window last read them, and
     * writes the result: another Araxes window on the same user folder may have saved or deleted
     * views since (every double-clicked file opens a window of its own), and what it wrote stays.
     * Views are matched by name (case ignored), as in the menu. When the file cannot be read now
     * (missing, or corrupt and set aside as {@code NAME.corrupt-…}), the views this window knows
     * are the base, so nothing it showed is lost either. Two saves in the same few milliseconds can
     * still race; a save a moment apart never loses the other's views.
     *
     * @param file   the user's views file
     * @param known  the views this window shows (the base when the file cannot be read)
     * @param change what the user did: gets the current views, returns the views to write
     * @return the views written, for the window to show
     * @throws IOException when the file cannot be written; it is then as it was
     */
    public static List<SavedView> update(Path file, List<SavedView> known, UnaryOperator<List<SavedView>> change,
                                         Clock clock) throws IOException {
        List<SavedView> current = load(file, clock).value().orElse(known);
        List<SavedView> next = List.copyOf(change.apply(new ArrayList<>(current)));
        save(file, next);
        return next;
    }

    /** Views with one replaced or added by name (case ignored), the others in their order. */
    public static List<SavedView> withView(List<SavedView> views, SavedView view) {
        List<SavedView> next = withoutView(views, view.name());
        next.add(view);
        return next;
    }

    /** Views without the one of a name (case ignored). */
    public static List<SavedView> withoutView(List<SavedView> views, String name) {
        List<SavedView> next = new ArrayList<>(views);
        next.removeIf(v -> v.name().equalsIgnoreCase(name));
        return next;
    }

    /** Writes views atomically. */
    public static void save(Path file, List<SavedView> views) throws IOException {
        KeptFiles.write(file, toJson(views));
    }

    /** The views bundled with Araxes (the whole region, Nakhchivan, the corridors, the Aras…). */
    public static List<SavedView> bundled() {
        try (InputStream in = ViewsFile.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            return parse(KeptFiles.parseBundled(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FormatException e) {
            throw new IllegalStateException("the bundled " + BUNDLED_RESOURCE + " is wrong at " + e.place() + ": "
                    + e.getMessage(), e);
        }
    }
}
