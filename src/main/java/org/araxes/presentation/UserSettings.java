// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.araxes.io.FirstFew;
import org.araxes.io.Problem;

/**
 * What Araxes remembers between runs, kept in {@code settings.json} in the user folder:
 * {@code {"format": "araxes-settings", "version": 1, "window": {"width": …, "height": …},
 * "language": "en", "tileSource": "offline", "lastView": { …a view… }, "recentFiles": [ … ],
 * "deskWindowLimit": 50000}}.
 *
 * @param windowWidth  window width in pixels (at least 200)
 * @param windowHeight window height in pixels (at least 150)
 * @param language     label language code (en, az, hy, fa, ru)
 * @param tileSource   "offline" or "openstreetmap"
 * @param lastView     the view shown when Araxes closed, or null
 * @param recentFiles  incident files opened recently, newest first
 * @param deskWindowLimit above how many incidents a shared desk is shown by window (decision 0029), at least 1
 */
public record UserSettings(double windowWidth, double windowHeight, String language, String tileSource,
                           SavedView lastView, List<String> recentFiles, int deskWindowLimit) {

    /** The "format" value. */
    public static final String FORMAT = "araxes-settings";
    /** Recent incident files kept (and read back; more are left out). */
    public static final int MAX_RECENT_FILES = 8;
    /** The version this code reads and writes. */
    public static final int VERSION = 1;
    /** Above this many incidents a shared desk is shown by window unless the user chose otherwise. */
    public static final int DEFAULT_WINDOW_LIMIT = 50_000;

    public UserSettings {
        if (!(windowWidth >= 200) || !(windowHeight >= 150) || windowWidth > 20_000 || windowHeight > 20_000) {
            throw new IllegalArgumentException("window size " + windowWidth + "×" + windowHeight
                    + " is outside 200×150..20000×20000");
        }
        language = language == null || language.isBlank() ? "en" : language.strip();
        tileSource = tileSource == null || tileSource.isBlank() ? "offline" : tileSource.strip();
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
        if (deskWindowLimit < 1) {
            throw new IllegalArgumentException("deskWindowLimit " + deskWindowLimit + " is below 1");
        }
    }

    /** Settings with the desk's window limit at its default. */
    public UserSettings(double windowWidth, double windowHeight, String language, String tileSource,
                        SavedView lastView, List<String> recentFiles) {
        this(windowWidth, windowHeight, language, tileSource, lastView, recentFiles, DEFAULT_WINDOW_LIMIT);
    }

    /** The settings of a first run. */
    public static UserSettings defaults() {
        return new UserSettings(1280, 800, "en", "offline", null, List.of());
    }

    /** Reads the settings tree; a bad field refuses it (see {@link #parse(JsonNode, List)} to drop it instead). */
    public static UserSettings parse(JsonNode tree) throws FormatException {
        List<FormatException> dropped = new ArrayList<>();
        UserSettings settings = parse(tree, dropped);
        if (!dropped.isEmpty()) {
            throw dropped.get(0);
        }
        return settings;
    }

    /**
     * Reads the settings tree, leaving out each field that cannot be used (a window size out of
     * range, a last view off the map, a recent file that is no path) with its default, so that one
     * bad field never costs the others nor keeps the settings from being saved again. Only a file
     * that is not Araxes settings at all (format, version) is refused.
     *
     * @param dropped receives, per field left out, where it is and why
     */
    public static UserSettings parse(JsonNode tree, List<FormatException> dropped) throws FormatException {
        ViewJson.header(tree, FORMAT, VERSION);
        UserSettings d = defaults();
        double width = d.windowWidth();
        double height = d.windowHeight();
        JsonNode window = tree.get("window");
        if (window != null) {
            try {
                if (!window.isObject()) {
                    throw new FormatException("window", "must be an object {\"width\": …, \"height\": …}");
                }
                double w = ViewJson.number(window.get("width"), "window.width");
                double h = ViewJson.number(window.get("height"), "window.height");
                new UserSettings(w, h, null, null, null, null); // checks the range
                width = w;
                height = h;
            } catch (FormatException e) {
                dropped.add(e);
            } catch (IllegalArgumentException e) {
                dropped.add(new FormatException("window", e.getMessage()));
            }
        }
        String language = null;
        String tiles = null;
        SavedView last = null;
        try {
            language = ViewJson.text(tree, "language", "", false);
        } catch (FormatException e) {
            dropped.add(e);
        }
        try {
            tiles = ViewJson.text(tree, "tileSource", "", false);
        } catch (FormatException e) {
            dropped.add(e);
        }
        try {
            last = tree.has("lastView") && !tree.get("lastView").isNull() ? ViewJson.read(tree.get("lastView"), "lastView") : null;
        } catch (FormatException e) {
            dropped.add(e);
        }
        int limit = DEFAULT_WINDOW_LIMIT;
        JsonNode deskLimit = tree.get("deskWindowLimit");
        if (deskLimit != null) {
            if (deskLimit.canConvertToInt() && deskLimit.isIntegralNumber() && deskLimit.asInt() >= 1) {
                limit = deskLimit.asInt();
            } else {
                dropped.add(new FormatException("deskWindowLimit", "must be a whole number of incidents, at least 1"));
            }
        }
        return new UserSettings(width, height, language, tiles, last, recentFiles(tree.get("recentFiles"), dropped), limit);
    }

    /** The usable recent files, at most {@link #MAX_RECENT_FILES}; the others are reported. */
    private static List<String> recentFiles(JsonNode node, List<FormatException> dropped) {
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            dropped.add(new FormatException("recentFiles", "must be a list of texts"));
            return List.of();
        }
        List<String> recent = new ArrayList<>();
        for (int i = 0; i < node.size() && recent.size() < MAX_RECENT_FILES; i++) {
            String place = "recentFiles[" + i + "]";
            JsonNode item = node.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                dropped.add(new FormatException(place, "must be a non-empty text"));
                continue;
            }
            try {
                Path.of(item.asText().strip());
                recent.add(item.asText().strip());
            } catch (InvalidPathException e) {
                dropped.add(new FormatException(place, "is not a file name (" + e.getReason() + ")"));
            }
        }
        int unread = node.size() - MAX_RECENT_FILES;
        if (recent.size() == MAX_RECENT_FILES && unread > 0) {
            dropped.add(new FormatException("recentFiles", unread + " more than the " + MAX_RECENT_FILES
                    + " kept"));
        }
        return recent;
    }

    /** The settings as a JSON tree. */
    public ObjectNode toJson() {
        ObjectNode root = KeptFiles.NODES.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode window = root.putObject("window");
        window.put("width", Math.round(windowWidth));
        window.put("height", Math.round(windowHeight));
        root.put("language", language);
        root.put("tileSource", tileSource);
        if (lastView != null) {
            root.set("lastView", ViewJson.write(lastView));
        }
        ArrayNode recent = root.putArray("recentFiles");
        recentFiles.forEach(recent::add);
        root.put("deskWindowLimit", deskWindowLimit);
        return root;
    }

    /**
     * Reads a settings file; a corrupt or old one is reported and set aside. Fields that cannot be
     * used are left out (see {@link #parse(JsonNode, List)}) and reported as one warning naming the
     * first few; the file stays, and the next save writes it without them.
     */
    public static KeptFiles.Loaded<UserSettings> load(Path file, Clock clock) {
        List<FormatException> dropped = new ArrayList<>();
        KeptFiles.Loaded<UserSettings> loaded = KeptFiles.load(file, tree -> parse(tree, dropped), true, clock);
        if (dropped.isEmpty() || loaded.value().isEmpty()) {
            return loaded;
        }
        FirstFew<FormatException> shown = FirstFew.of(dropped, 3);
        StringBuilder message = new StringBuilder();
        for (FormatException e : shown.first()) {
            message.append(message.length() == 0 ? "" : "; ").append(e.place()).append(" ")
                    .append(FirstFew.text(e.getMessage(), 200));
        }
        if (shown.more() > 0) {
            message.append("; and ").append(shown.more()).append(" more");
        }
        message.append(" — left out; ").append("the other settings are used and the file is written again without "
                        + (dropped.size() == 1 ? "it" : "them"));
        return new KeptFiles.Loaded<>(loaded.value(), Optional.of(Problem.warning(file.toString(), "",
                message.toString())), Optional.empty());
    }

    /** Writes the settings atomically. */
    public void save(Path file) throws IOException {
        KeptFiles.write(file, toJson());
    }
}
