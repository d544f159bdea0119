// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * What Araxes remembers between runs, kept in {@code settings.json} in the user folder:
 * {@code {"format": "araxes-settings", "version": 1, "window": {"width": …, "height": …},
 * "language": "en", "tileSource": "offline", "lastView": { …a view… }, "recentFiles": [ … ]}}.
 *
 * @param windowWidth  window width in pixels (at least 200)
 * @param windowHeight window height in pixels (at least 150)
 * @param language     label language code (en, az, hy, fa, ru)
 * @param tileSource   "offline" or "openstreetmap"
 * @param lastView     the view shown when Araxes closed, or null
 * @param recentFiles  incident files opened recently, newest first
 */
public record UserSettings(double windowWidth, double windowHeight, String language, String tileSource,
                           SavedView lastView, List<String> recentFiles) {

    /** The "format" value. */
    public static final String FORMAT = "araxes-settings";
    /** The version this code reads and writes. */
    public static final int VERSION = 1;

    public UserSettings {
        if (!(windowWidth >= 200) || !(windowHeight >= 150) || windowWidth > 20_000 || windowHeight > 20_000) {
            throw new IllegalArgumentException("window size " + windowWidth + "×" + windowHeight
                    + " is outside 200×150..20000×20000");
        }
        language = language == null || language.isBlank() ? "en" : language.strip();
        tileSource = tileSource == null || tileSource.isBlank() ? "offline" : tileSource.strip();
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
    }

    /** The settings of a first run. */
    public static UserSettings defaults() {
        return new UserSettings(1280, 800, "en", "offline", null, List.of());
    }

    /** Reads the settings tree. */
    public static UserSettings parse(JsonNode tree) throws FormatException {
        ViewJson.header(tree, FORMAT, VERSION);
        UserSettings d = defaults();
        double width = d.windowWidth();
        double height = d.windowHeight();
        JsonNode window = tree.get("window");
        if (window != null) {
            if (!window.isObject()) {
                throw new FormatException("window", "must be an object {\"width\": …, \"height\": …}");
            }
            width = ViewJson.number(window.get("width"), "window.width");
            height = ViewJson.number(window.get("height"), "window.height");
        }
        String language = ViewJson.text(tree, "language", "", false);
        String tiles = ViewJson.text(tree, "tileSource", "", false);
        SavedView last = tree.has("lastView") && !tree.get("lastView").isNull()
                ? ViewJson.read(tree.get("lastView"), "lastView") : null;
        List<String> recent = tree.has("recentFiles") ? ViewJson.strings(tree.get("recentFiles"), "recentFiles") : List.of();
        try {
            return new UserSettings(width, height, language, tiles, last, recent);
        } catch (IllegalArgumentException e) {
            throw new FormatException("window", e.getMessage());
        }
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
        return root;
    }

    /** Reads a settings file; a corrupt or old one is reported and set aside. */
    public static KeptFiles.Loaded<UserSettings> load(Path file, Clock clock) {
        return KeptFiles.load(file, UserSettings::parse, true, clock);
    }

    /** Writes the settings atomically. */
    public void save(Path file) throws IOException {
        KeptFiles.write(file, toJson());
    }
}
