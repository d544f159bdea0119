// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.araxes.formats.GeoFiles;
import org.araxes.geo.Viewport;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentResult;
import org.araxes.incidents.IncidentSet;
import org.araxes.io.GeoJsonResult;
import org.araxes.io.LayerCache;
import org.araxes.io.Problem;
import org.araxes.model.LayerData;
import org.araxes.presentation.MapState;
import org.araxes.presentation.Project;
import org.araxes.presentation.ProjectFile;
import org.araxes.settings.UserFolders;
import org.araxes.ui.common.Messages;
import org.araxes.ui.present.Presenter;
import org.araxes.ui.state.LayerViewModel;
import org.araxes.ui.state.MainViewModel;

/**
 * File ▸ Save project… and Open project… (decision 0019): the window's incident sets, opened
 * layers, map state, the user's views and the story to and from one {@code .araxes} file.
 */
public final class ProjectActions {

    /** Reads a project's files off the window's thread. */
    private final Executor reader = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "araxes-project-reader");
        thread.setDaemon(true);
        return thread;
    });

    private final MainViewModel model;
    private final Presenter presenter;
    private final Supplier<Window> owner;
    /** Asks about the unsaved edits of the sets a project puts others in place of; true to go on. */
    private final java.util.function.Predicate<List<IncidentSet>> mayReplace;

    ProjectActions(MainViewModel model, Presenter presenter, Supplier<Window> owner,
            java.util.function.Predicate<List<IncidentSet>> mayReplace) {
        this.model = model;
        this.presenter = presenter;
        this.owner = owner;
        this.mayReplace = mayReplace;
    }

    /** What the window shows, as a project. Sets without a file (not yet saved) are left out. */
    public Project capture() {
        List<Project.SetEntry> sets = new ArrayList<>();
        for (IncidentSet set : model.incidents().sets()) {
            if (!keptOnOpen(set)) {
                sets.add(new Project.SetEntry(set.id(), set.name(), set.source(), set.visible()));
            }
        }
        List<Project.LayerEntry> layers = new ArrayList<>();
        model.openedLayerFiles().forEach((id, file) -> {
            if (model.layer(id) != null) {
                layers.add(new Project.LayerEntry(id, file));
            }
        });
        return new Project(sets, layers, presenter.applier().state(), presenter.views().own(),
                presenter.presentation().storyProperty().get());
    }

    /** The names of the sets a project cannot keep: those with no file (written here, never saved). */
    private List<String> unsaved() {
        return model.incidents().sets().stream().filter(ProjectActions::keptOnOpen).map(IncidentSet::name).toList();
    }

    /** Saves the window as a project, atomically; the status line says where, and what was left out. */
    public void save(Path file) {
        try {
            ProjectFile.write(file, capture());
            List<String> left = unsaved();
            model.setStatus(Messages.format("project.saved", file.getFileName())
                    + (left.isEmpty() ? "" : Messages.format("project.saved.unsaved", String.join(", ", left))));
        } catch (IOException | RuntimeException e) {
            error(Messages.format("project.saveFailed", file, e.getMessage()));
        }
    }

    /**
     * Opens a project: its sets in place of the sets that have a file (sets not yet saved stay), its
     * layers added unless open already, then its map state, views and story. A file that cannot be
     * used changes nothing and says why; missing files are named and the rest opens.
     *
     * @return completes on the JavaFX thread once the project is shown (or refused)
     */
    public CompletableFuture<Void> open(Path file) {
        Viewport viewport = presenter.applier().state().viewport();
        ProjectFile.Result read = ProjectFile.read(file, viewport.width(), viewport.height());
        if (read.project() == null) {
            error(Messages.format("project.openFailed", describe(read.problems())));
            return CompletableFuture.completedFuture(null);
        }
        Project project = read.project();
        // the sets it puts others in place of may hold unsaved edits: asked about first, as on close
        if (!mayReplace.test(model.incidents().sets().stream().filter(s -> !keptOnOpen(s)).toList())) {
            model.setStatus(Messages.format("project.openCancelled", file.getFileName()));
            return CompletableFuture.completedFuture(null);
        }
        model.setStatus(Messages.format("project.opening", file.getFileName()));
        CompletableFuture<Void> shown = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> readFiles(project), reader).whenComplete((files, failure) ->
                Platform.runLater(() -> {
                    try {
                        if (failure != null) {
                            error(Messages.format("project.openFailed", file + ": " + failure.getMessage()));
                        } else {
                            show(file, project, files, read.problems());
                        }
                    } finally {
                        shown.complete(null);
                    }
                }));
        return shown;
    }

    /** A project's files as read: each set's incidents and each layer's features. */
    private record Read(Map<Path, IncidentResult> sets, Map<Path, List<GeoJsonResult>> layers) {
    }

    private Read readFiles(Project project) {
        Map<Path, IncidentResult> sets = new HashMap<>();
        for (Project.SetEntry set : project.sets()) {
            if (!set.bundled()) {
                sets.put(set.file(), new IncidentReader().read(set.file()));
            }
        }
        Map<Path, List<GeoJsonResult>> layers = new HashMap<>();
        LayerCache cache = new LayerCache(UserFolders.currentCache());
        for (Project.LayerEntry layer : project.layers()) {
            if (!model.openedLayerFiles().containsValue(layer.file()) && !layers.containsKey(layer.file())) {
                layers.put(layer.file(), GeoFiles.readLayers(layer.file(), java.util.function.UnaryOperator.identity(), cache));
            }
        }
        return new Read(sets, layers);
    }

    private void show(Path file, Project project, Read files, List<Problem> warnings) {
        List<IncidentSet> sets = new ArrayList<>();
        List<IncidentSet> bundled = model.bundledSets();
        for (Project.SetEntry entry : project.sets()) {
            if (entry.bundled()) {
                bundled.stream().filter(b -> b.id().equals(entry.id())).findFirst()
                        .or(() -> bundled.stream().findFirst())
                        .ifPresent(b -> sets.add(b.withVisible(entry.visible())));
            } else {
                IncidentSet set = IncidentSet.opened(entry.file(), files.sets().get(entry.file()));
                sets.add(new IncidentSet(entry.id(), entry.name(), set.source(), set.format(), set.store(),
                        set.problems(), entry.visible(), true));
            }
        }
        // sets written here and never saved are the user's work: they stay
        model.incidents().sets().stream().filter(ProjectActions::keptOnOpen).forEach(sets::add);
        model.incidents().setSets(sets);
        // the project's layer ids as added here (an id already used gets a number)
        Map<String, String> ids = new HashMap<>();
        // each file's layers added once (a GeoPackage gives one per table), by the ids they were read with
        Map<Path, Map<String, String>> addedByFile = new HashMap<>();
        for (Project.LayerEntry layer : project.layers()) {
            List<GeoJsonResult> read = files.layers().get(layer.file());
            if (read != null) {
                Map<String, String> added = addedByFile.computeIfAbsent(layer.file(), f -> {
                    Map<String, String> byReadId = new java.util.LinkedHashMap<>();
                    for (GeoJsonResult result : read) {
                        LayerData data = LayerData.of(result);
                        LayerViewModel shown = model.addLayer(data, f);
                        if (shown != null) {
                            byReadId.put(data.id(), shown.id());
                        }
                    }
                    return byReadId;
                });
                String id = added.size() == 1 ? added.values().iterator().next() : added.get(layer.id());
                if (id != null) {
                    ids.put(layer.id(), id);
                }
            } else {
                model.openedLayerFiles().forEach((id, path) -> {
                    if (path.equals(layer.file())) {
                        ids.put(layer.id(), id);
                    }
                });
            }
        }
        MapState state = project.map();
        List<MapState.Layer> layers = state.layers().stream()
                .map(l -> new MapState.Layer(ids.getOrDefault(l.id(), l.id()), l.visible(), l.opacity())).toList();
        presenter.applier().show(new MapState(state.area(), state.width(), state.height(), state.scale(), state.basemap(),
                state.basemapOpacity(), layers, state.window(), state.mode(), state.filter(), state.incidentsShown(),
                state.language(), state.selected(), state.ringed(), state.subject(), state.presentationScale()), false);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<Problem> problems = new ArrayList<>(warnings);
        try {
            presenter.views().addFromProject(project.views(), name.replaceFirst("(?i)\\.araxes$", ""));
        } catch (IOException e) {
            problems.add(Problem.warning(name, "views", "the project's views could not be added to yours: " + e.getMessage()));
        }
        if (project.story() != null) {
            presenter.presentation().storyProperty().set(project.story());
        }
        model.setStatus(Messages.format("project.opened", name)
                + (problems.isEmpty() ? "" : Messages.format("project.opened.problems", problems.size())));
        if (!problems.isEmpty()) {
            Alert alert = new Alert(Alert.AlertType.WARNING, describe(problems));
            alert.setHeaderText(Messages.format("project.opened.missing", name));
            show(alert);
        }
    }

    /** Whether a set stays when a project opens: one written here and never saved (no file, not bundled). */
    private static boolean keptOnOpen(IncidentSet set) {
        return set.source() == null && !set.format().equals(IncidentSet.BUNDLED);
    }

    private static String describe(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        for (Problem p : org.araxes.io.FirstFew.of(problems, 20).first()) {
            text.append(text.length() == 0 ? "" : "\n").append(p.file())
                    .append(p.place().isEmpty() ? "" : " (" + p.place() + ")").append(": ").append(p.message());
        }
        return text.toString();
    }

    private void error(String message) {
        model.setStatus(message);
        show(new Alert(Alert.AlertType.ERROR, message));
    }

    private void show(Alert alert) {
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.show();
    }

    /** "Open project…" and "Save project…" for the File menu. */
    List<MenuItem> menuItems() {
        MenuItem open = new MenuItem(Messages.get("menu.file.openProject"));
        open.setId("menu-open-project");
        open.setOnAction(e -> {
            File file = chooser(Messages.get("project.open.title")).showOpenDialog(owner.get());
            if (file != null) {
                open(file.toPath());
            }
        });
        MenuItem save = new MenuItem(Messages.get("menu.file.saveProject"));
        save.setId("menu-save-project");
        save.setOnAction(e -> {
            FileChooser chooser = chooser(Messages.get("project.save.title"));
            chooser.setInitialFileName(Messages.get("project.save.defaultName") + ProjectFile.EXTENSION);
            File file = chooser.showSaveDialog(owner.get());
            if (file != null) {
                Path path = file.toPath();
                save(ProjectFile.isProject(path.getFileName().toString()) ? path
                        : path.resolveSibling(path.getFileName() + ProjectFile.EXTENSION));
            }
        });
        return List.of(open, save);
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("project.fileType"),
                "*" + ProjectFile.EXTENSION));
        return chooser;
    }
}
