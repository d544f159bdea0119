// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.araxes.incidents.IncidentFilter;
import org.araxes.io.Problem;
import org.araxes.timeline.TimeWindow;
import org.araxes.timeline.WindowMode;

/**
 * A project file ({@code NAME.araxes}, decision 0019, {@code docs/project-file.md}): JSON with
 * {@code "format": "araxes-project"} and a version; the incident sets and layers by path (relative
 * to the project's folder, with {@code /} between names, when on the same drive; absolute
 * otherwise), the map state, the views and the story.
 *
 * <p>Reading never changes anything: a file that is not JSON, or not a project, or of another
 * version, gives a problem naming the file and the place ({@code map.centre.zoom}) and no project;
 * files the project names that are missing are named, one warning each, and left out, so the rest
 * opens. Writing is atomic ({@link KeptFiles#write}: a temporary file in the same folder, then a
 * move), so a failed save leaves the old file whole.
 */
public final class ProjectFile {

    /** The "format" value. */
    public static final String FORMAT = "araxes-project";
    /** The version this code reads and writes. */
    public static final int VERSION = 1;
    /** The file name extension, with its dot. */
    public static final String EXTENSION = ".araxes";

    private ProjectFile() {
    }

    /**
     * A project read, or not, and what was wrong.
     *
     * @param project  the project (its missing files left out), or null when the file cannot be used
     * @param problems an error when it cannot be used; a warning per missing file
     */
    public record Result(Project project, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /** Whether a file name is a project's ({@code .araxes}, any case). */
    public static boolean isProject(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    /** Writes a project atomically; paths become relative to the file's folder where they can. */
    public static void write(Path file, Project project) throws IOException {
        KeptFiles.write(file, toJson(project, file.toAbsolutePath().getParent()));
    }

    /** A project as a tree, its paths relative to a folder where they lie under it. */
    public static ObjectNode toJson(Project project, Path folder) {
        ObjectNode root = KeptFiles.NODES.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode sets = root.putArray("incidentSets");
        for (Project.SetEntry set : project.sets()) {
            ObjectNode node = sets.addObject();
            node.put("id", set.id());
            node.put("name", set.name());
            if (set.bundled()) {
                node.put("bundled", true);
            } else {
                node.put("path", relative(folder, set.file()));
            }
            node.put("visible", set.visible());
        }
        ArrayNode layers = root.putArray("layers");
        for (Project.LayerEntry layer : project.layers()) {
            layers.addObject().put("id", layer.id()).put("path", relative(folder, layer.file()));
        }
        root.set("map", mapJson(project.map()));
        ArrayNode views = root.putArray("views");
        project.views().forEach(v -> views.add(ViewJson.write(v)));
        if (project.story() != null) {
            root.set("story", StoryFile.toJson(project.story()));
        }
        return root;
    }

    /**
     * Reads a project file; what is wrong is named with the file and the place, and a file the
     * project names that does not exist is left out with a warning.
     *
     * @param width  the width of the map it will be shown on (the state keeps no size)
     * @param height its height
     */
    public static Result read(Path file, double width, double height) {
        List<Problem> warnings = new ArrayList<>();
        Path folder = file.toAbsolutePath().getParent();
        KeptFiles.Loaded<Project> loaded = KeptFiles.load(file,
                tree -> parse(tree, file.toString(), folder, width, height, warnings), false, Clock.systemUTC());
        List<Problem> problems = new ArrayList<>();
        loaded.problem().ifPresent(problems::add);
        if (loaded.value().isEmpty() && loaded.problem().isEmpty()) {
            problems.add(Problem.error(file.toString(), "", "the file does not exist"));
        }
        if (loaded.value().isPresent()) { // a refused file has its one error, not what was seen before it
            problems.addAll(warnings);
        }
        return new Result(loaded.value().orElse(null), problems);
    }

    /** Builds a project from a tree; paths resolve against {@code folder}. */
    static Project parse(JsonNode tree, String fileName, Path folder, double width, double height,
                         List<Problem> warnings) throws FormatException {
        ViewJson.header(tree, FORMAT, VERSION);
        List<Project.SetEntry> sets = new ArrayList<>();
        JsonNode setNodes = array(tree, "incidentSets");
        for (int i = 0; i < setNodes.size(); i++) {
            String place = "incidentSets[" + i + "]";
            JsonNode node = object(setNodes.get(i), place);
            String id = ViewJson.text(node, "id", place, true);
            String name = ViewJson.text(node, "name", place, false);
            boolean visible = bool(node, "visible", place, true);
            if (bool(node, "bundled", place, false)) {
                sets.add(new Project.SetEntry(id, name, null, visible));
                continue;
            }
            Path path = path(node, place, folder);
            if (Files.isRegularFile(path)) {
                sets.add(new Project.SetEntry(id, name, path, visible));
            } else {
                warnings.add(Problem.warning(fileName, place + ".path", "the incident file " + path
                        + " is not on this machine; the set " + (name == null ? id : name) + " is left out"));
            }
        }
        List<Project.LayerEntry> layers = new ArrayList<>();
        JsonNode layerNodes = array(tree, "layers");
        for (int i = 0; i < layerNodes.size(); i++) {
            String place = "layers[" + i + "]";
            JsonNode node = object(layerNodes.get(i), place);
            String id = ViewJson.text(node, "id", place, true);
            Path path = path(node, place, folder);
            if (Files.isRegularFile(path)) {
                layers.add(new Project.LayerEntry(id, path));
            } else {
                warnings.add(Problem.warning(fileName, place + ".path", "the layer file " + path
                        + " is not on this machine; the layer " + id + " is left out"));
            }
        }
        MapState map = map(object(tree.get("map"), "map"), width, height);
        List<SavedView> views = new ArrayList<>();
        JsonNode viewNodes = array(tree, "views");
        for (int i = 0; i < viewNodes.size(); i++) {
            views.add(ViewJson.read(viewNodes.get(i), "views[" + i + "]"));
        }
        Story story = null;
        if (tree.hasNonNull("story")) {
            List<Problem> storyWarnings = new ArrayList<>();
            try {
                story = StoryFile.parse(tree.get("story"), fileName, null, name -> views.stream()
                        .filter(v -> v.name().equalsIgnoreCase(name)).findFirst(), storyWarnings);
            } catch (FormatException e) {
                throw new FormatException("story" + (e.place().isEmpty() ? "" : "." + e.place()), e.getMessage());
            }
            for (Problem p : storyWarnings) {
                warnings.add(Problem.warning(fileName, "story." + p.place(), p.message()));
            }
        }
        return new Project(sets, layers, map, views, story);
    }

    private static ObjectNode mapJson(MapState state) {
        ObjectNode map = KeptFiles.NODES.objectNode();
        ObjectNode centre = map.putObject("centre");
        centre.put("lon", state.area().lon());
        centre.put("lat", state.area().lat());
        centre.put("zoom", state.area().zoom());
        map.putObject("basemap").put("visible", state.basemap()).put("opacity", state.basemapOpacity());
        ArrayNode layers = map.putArray("layers");
        for (MapState.Layer layer : state.layers()) {
            layers.addObject().put("id", layer.id()).put("visible", layer.visible()).put("opacity", layer.opacity());
        }
        map.put("from", state.window().start().toString());
        map.put("to", state.window().end().toString());
        map.put("mode", state.mode().name().toLowerCase(Locale.ROOT));
        map.set("filter", ViewJson.writeFilter(state.filter()));
        map.put("incidentsShown", state.incidentsShown());
        map.put("language", state.language());
        if (state.selected() != null) {
            map.put("selected", state.selected());
        }
        ArrayNode ringed = map.putArray("ringed");
        state.ringed().forEach(ringed::add);
        ArrayNode subject = map.putArray("subject");
        state.subject().forEach(subject::add);
        map.put("labelScale", state.presentationScale());
        return map;
    }

    private static MapState map(JsonNode map, double width, double height) throws FormatException {
        JsonNode centre = object(map.get("centre"), "map.centre");
        MapState.Area area;
        try {
            area = new MapState.Area(ViewJson.number(centre.get("lon"), "map.centre.lon"),
                    ViewJson.number(centre.get("lat"), "map.centre.lat"), ViewJson.number(centre.get("zoom"), "map.centre.zoom"));
        } catch (IllegalArgumentException e) {
            throw new FormatException("map.centre", e.getMessage());
        }
        JsonNode basemap = object(map.get("basemap"), "map.basemap");
        List<MapState.Layer> layers = new ArrayList<>();
        JsonNode layerNodes = array(map, "layers", "map.layers");
        for (int i = 0; i < layerNodes.size(); i++) {
            String place = "map.layers[" + i + "]";
            JsonNode node = object(layerNodes.get(i), place);
            layers.add(new MapState.Layer(ViewJson.text(node, "id", place, true), bool(node, "visible", place, true),
                    ViewJson.number(node.get("opacity"), place + ".opacity")));
        }
        LocalDate from = date(map, "from");
        LocalDate to = date(map, "to");
        if (to.isBefore(from)) {
            throw new FormatException("map.to", to + " is before map.from " + from);
        }
        String modeText = ViewJson.text(map, "mode", "map", true);
        WindowMode mode;
        try {
            mode = WindowMode.valueOf(modeText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FormatException("map.mode", "\"" + modeText + "\" is not one of moving, accumulate");
        }
        IncidentFilter filter = map.has("filter") ? ViewJson.filter(map.get("filter"), "map.filter") : IncidentFilter.all();
        double labelScale = map.has("labelScale") ? ViewJson.number(map.get("labelScale"), "map.labelScale") : 1;
        if (!(labelScale > 0)) {
            throw new FormatException("map.labelScale", "must be above 0");
        }
        return new MapState(area, width, height, 1, bool(basemap, "visible", "map.basemap", true),
                ViewJson.number(basemap.get("opacity"), "map.basemap.opacity"), layers, TimeWindow.of(from, to), mode,
                filter, bool(map, "incidentsShown", "map", true), ViewJson.text(map, "language", "map", false),
                ViewJson.text(map, "selected", "map", false),
                map.has("ringed") ? ViewJson.strings(map.get("ringed"), "map.ringed") : List.of(),
                map.has("subject") ? ViewJson.strings(map.get("subject"), "map.subject") : List.of(), labelScale);
    }

    private static LocalDate date(JsonNode map, String field) throws FormatException {
        String text = ViewJson.text(map, field, "map", true);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new FormatException("map." + field, "\"" + text + "\" is not a date like 2022-10-21");
        }
    }

    private static JsonNode array(JsonNode node, String field) throws FormatException {
        return array(node, field, field);
    }

    /** A field's list, empty when the field is missing. */
    private static JsonNode array(JsonNode node, String field, String place) throws FormatException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return KeptFiles.NODES.arrayNode();
        }
        if (!value.isArray()) {
            throw new FormatException(place, "must be a list");
        }
        return value;
    }

    private static JsonNode object(JsonNode node, String place) throws FormatException {
        if (node == null || !node.isObject()) {
            throw new FormatException(place, node == null ? "is missing" : "must be a JSON object");
        }
        return node;
    }

    private static boolean bool(JsonNode node, String field, String place, boolean fallback) throws FormatException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new FormatException(place + "." + field, "must be true or false");
        }
        return value.asBoolean();
    }

    private static Path path(JsonNode node, String place, Path folder) throws FormatException {
        String text = ViewJson.text(node, "path", place, true);
        try {
            Path path = Path.of(text.replace('/', java.io.File.separatorChar));
            return (path.isAbsolute() || folder == null ? path : folder.resolve(path)).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new FormatException(place + ".path", "\"" + text + "\" is not a file name on this machine");
        }
    }

    /**
     * A file relative to a folder, with {@code /} between names ({@code data/mine.csv},
     * {@code ../shared/acled.csv}), when both are on one drive; else absolute.
     */
    static String relative(Path folder, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (folder != null) {
            Path base = folder.toAbsolutePath().normalize();
            if (java.util.Objects.equals(base.getRoot(), absolute.getRoot())) {
                return base.relativize(absolute).toString().replace(java.io.File.separatorChar, '/');
            }
        }
        return absolute.toString();
    }
}
