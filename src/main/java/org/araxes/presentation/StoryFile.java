// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.araxes.io.Problem;
import org.araxes.settings.SafePaths;

/**
 * A story file:
 *
 * <pre>{@code
 * { "format": "araxes-story", "version": 1,
 *   "title": "…", "description": "…",
 *   "views": "my-views.json",          // optional: a views file in the same folder
 *   "steps": [ { "view": { …a view… } or "Nakhchivan",
 *                "caption": "…", "notes": "…", "highlight": ["inc-…"] } ] }
 * }</pre>
 *
 * A step may name a view instead of spelling it out: the story's own views file is searched
 * first, then the views the caller knows (the user's and the bundled ones). A step that cannot be
 * used is skipped with a warning naming its place (the first {@value #MAX_STEP_WARNINGS}; the rest
 * are counted in one); a story with no usable step is refused.
 * Relative paths must stay inside the story's folder.
 */
public final class StoryFile {

    /** The "format" value. */
    public static final String FORMAT = "araxes-story";
    /** The version this code reads. */
    public static final int VERSION = 1;
    /** Skipped steps reported one by one; past this they are counted in one more warning. */
    public static final int MAX_STEP_WARNINGS = 100;
    /** The story bundled with Araxes, on the class path. */
    public static final String BUNDLED_RESOURCE = "/assets/stories/escalation-2021-2023.json";

    private StoryFile() {
    }

    /**
     * A story read, or not, and what was wrong on the way.
     *
     * @param story    the story, or null when the file could not be used
     * @param problems what was wrong: errors that refused the file, warnings for skipped steps
     */
    public record Result(Story story, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Builds a story from a file's tree.
     *
     * @param tree     the JSON tree
     * @param fileName the file's name for warnings
     * @param folder   the story's folder for relative paths, or null when it has none (bundled)
     * @param known    looks up a view by name among the views the caller knows
     * @param warnings receives a warning per skipped step
     */
    public static Story parse(JsonNode tree, String fileName, Path folder, Function<String, Optional<SavedView>> known,
                              List<Problem> warnings) throws FormatException {
        ViewJson.header(tree, FORMAT, VERSION);
        String title = ViewJson.text(tree, "title", "", true);
        String description = ViewJson.text(tree, "description", "", false);
        List<SavedView> own = List.of();
        String viewsPath = ViewJson.text(tree, "views", "", false);
        if (viewsPath != null) {
            if (folder == null) {
                throw new FormatException("views", "this story has no folder to find \"" + viewsPath + "\" in");
            }
            Path viewsFile;
            try {
                viewsFile = SafePaths.resolveInside(folder, viewsPath);
            } catch (IllegalArgumentException e) {
                throw new FormatException("views", e.getMessage());
            }
            KeptFiles.Loaded<List<SavedView>> loaded = KeptFiles.load(viewsFile, ViewsFile::parse, false, Clock.systemUTC());
            if (loaded.problem().isPresent()) {
                Problem p = loaded.problem().get();
                throw new FormatException("views", "the views file " + viewsPath + " cannot be used: "
                        + (p.place().isEmpty() ? "" : p.place() + ": ") + p.message());
            }
            own = loaded.value().orElseThrow(() -> new FormatException("views", "the views file " + viewsPath
                    + " does not exist"));
        }
        JsonNode steps = tree.get("steps");
        if (steps == null || !steps.isArray()) {
            throw new FormatException("steps", "must be a list of steps");
        }
        List<StoryStep> result = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < steps.size(); i++) {
            String place = "steps[" + i + "]";
            try {
                result.add(step(steps.get(i), place, own, known));
            } catch (FormatException e) {
                if (++skipped <= MAX_STEP_WARNINGS) {
                    warnings.add(Problem.warning(fileName, e.place(), e.getMessage() + "; step " + (i + 1) + " is skipped"));
                }
            }
        }
        if (skipped > MAX_STEP_WARNINGS) {
            warnings.add(Problem.warning(fileName, "steps", (skipped - MAX_STEP_WARNINGS) + " more steps cannot be used"
                    + " and are skipped (" + skipped + " in all)"));
        }
        if (result.isEmpty()) {
            throw new FormatException("steps", steps.isEmpty() ? "the story has no steps" : "no step can be used");
        }
        return new Story(title, description, result);
    }

    private static StoryStep step(JsonNode node, String place, List<SavedView> own,
                                  Function<String, Optional<SavedView>> known) throws FormatException {
        if (node == null || !node.isObject()) {
            throw new FormatException(place, "a step must be a JSON object");
        }
        JsonNode viewNode = node.get("view");
        SavedView view;
        if (viewNode == null) {
            throw new FormatException(place, "\"view\" is missing");
        } else if (viewNode.isTextual()) {
            String name = viewNode.asText().strip();
            view = own.stream().filter(v -> v.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                    .findFirst().or(() -> known.apply(name))
                    .orElseThrow(() -> new FormatException(place + ".view", "no view is named \"" + name + "\""));
        } else {
            JsonNode named = viewNode;
            if (viewNode.isObject() && !viewNode.has("name")) {
                named = viewNode.deepCopy();
                ((com.fasterxml.jackson.databind.node.ObjectNode) named).put("name", place);
            }
            view = ViewJson.read(named, place + ".view");
        }
        String caption = ViewJson.text(node, "caption", place, true);
        String notes = ViewJson.text(node, "notes", place, false);
        List<String> highlight = node.has("highlight") ? ViewJson.strings(node.get("highlight"), place + ".highlight")
                : List.of();
        return new StoryStep(view, caption, notes, highlight);
    }

    /**
     * Reads a story file.
     *
     * @param setAside whether a corrupt file is renamed aside (true for files in the user folder)
     */
    public static Result load(Path file, Function<String, Optional<SavedView>> known, boolean setAside, Clock clock) {
        List<Problem> warnings = new ArrayList<>();
        Path folder = file.toAbsolutePath().getParent();
        KeptFiles.Loaded<Story> loaded = KeptFiles.load(file,
                tree -> parse(tree, file.toString(), folder, known, warnings), setAside, clock);
        List<Problem> problems = new ArrayList<>(warnings);
        loaded.problem().ifPresent(problems::add);
        if (loaded.value().isEmpty() && loaded.problem().isEmpty()) {
            problems.add(Problem.error(file.toString(), "", "the file does not exist"));
        }
        return new Result(loaded.value().orElse(null), problems);
    }

    /** A story as a story file's tree, every step's view spelt out (read back by {@link #parse}). */
    public static com.fasterxml.jackson.databind.node.ObjectNode toJson(Story story) {
        com.fasterxml.jackson.databind.node.ObjectNode root = KeptFiles.NODES.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("title", story.title());
        if (!story.description().isEmpty()) {
            root.put("description", story.description());
        }
        com.fasterxml.jackson.databind.node.ArrayNode steps = root.putArray("steps");
        for (StoryStep step : story.steps()) {
            com.fasterxml.jackson.databind.node.ObjectNode node = steps.addObject();
            node.set("view", ViewJson.write(step.view()));
            node.put("caption", step.caption());
            if (step.notes() != null && !step.notes().isEmpty()) {
                node.put("notes", step.notes());
            }
            if (!step.highlight().isEmpty()) {
                com.fasterxml.jackson.databind.node.ArrayNode highlight = node.putArray("highlight");
                step.highlight().forEach(highlight::add);
            }
        }
        return root;
    }

    /** Reads a story bundled on the class path. */
    public static Result bundled(String resource, Function<String, Optional<SavedView>> known) {
        List<Problem> warnings = new ArrayList<>();
        try (InputStream in = StoryFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new Result(null, List.of(Problem.error(resource, "", "not bundled with this build")));
            }
            Story story = parse(KeptFiles.parseBundled(in), resource, null, known, warnings);
            return new Result(story, warnings);
        } catch (IOException e) {
            return new Result(null, List.of(Problem.error(resource, "", e.getMessage())));
        } catch (FormatException e) {
            warnings.add(Problem.error(resource, e.place(), e.getMessage()));
            return new Result(null, warnings);
        }
    }
}
