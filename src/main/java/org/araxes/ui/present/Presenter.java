// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.present;

import org.araxes.ui.common.Messages;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.FileChooser;
import org.araxes.io.Problem;
import org.araxes.presentation.Story;
import org.araxes.presentation.StoryFile;
import org.araxes.settings.UserFolders;
import org.araxes.ui.map.AtlasMapView;
import org.araxes.ui.state.MainViewModel;

/**
 * Everything for briefers, wired into the main window in one place: the Views menu and number keys,
 * the Story menu, and presentation mode.
 */
public final class Presenter {

    private final MainViewModel model;
    private final Consumer<String> status;
    private final UserFolders folders;
    private final ViewApplier applier;
    private final ViewsMenu views;
    private final PresentationController presentation;
    private final Menu storyMenu = new Menu(Messages.get("menu.story"));
    private final List<Problem> problems = new ArrayList<>();

    /**
     * @param model  the main view-model
     * @param map    the map
     * @param layout switches the window between the map alone and everything
     */
    public Presenter(MainViewModel model, AtlasMapView map, PresentationController.Layout layout) {
        this.model = model;
        this.status = model::setStatus;
        this.folders = UserFolders.current();
        this.applier = new ViewApplier(model, map);
        this.views = new ViewsMenu(applier, folders.viewsFolder().resolve("views.json"), status);
        if (views.loadProblem() != null) {
            problems.add(views.loadProblem());
        }
        this.presentation = new PresentationController(model, map, applier, layout, status);
        StoryFile.Result bundled = StoryFile.bundled(StoryFile.BUNDLED_RESOURCE, views::byName);
        problems.addAll(bundled.problems());
        presentation.storyProperty().set(bundled.story());
        storyMenu.setId("menu-story");
        storyMenu.setOnShowing(e -> rebuildStoryMenu());
        rebuildStoryMenu();
    }

    /** The Views menu. */
    public Menu viewsMenu() {
        return views.menu();
    }

    /** The Story menu. */
    public Menu storyMenu() {
        return storyMenu;
    }

    /** The views. */
    public ViewsMenu views() {
        return views;
    }

    /** Shows and takes views. */
    public ViewApplier applier() {
        return applier;
    }

    /** Presentation mode. */
    public PresentationController presentation() {
        return presentation;
    }

    /** Lists the keys handled here on the shortcut sheet (F5, F11 and Ctrl+Shift+S come from the menus). */
    public void listKeys(org.araxes.ui.common.KeyActions keys) {
        keys.handledElsewhere(Messages.get("keys.group.views"), Messages.get("keys.views.show"), new KeyCodeCombination(KeyCode.DIGIT1),
                new KeyCodeCombination(KeyCode.DIGIT9));
        String group = Messages.get("keys.group.presenting");
        keys.handledElsewhere(group, Messages.get("keys.present.next"), new KeyCodeCombination(KeyCode.PAGE_DOWN),
                new KeyCodeCombination(KeyCode.RIGHT), new KeyCodeCombination(KeyCode.SPACE));
        keys.handledElsewhere(group, Messages.get("keys.present.previous"), new KeyCodeCombination(KeyCode.PAGE_UP),
                new KeyCodeCombination(KeyCode.LEFT));
        keys.handledElsewhere(group, Messages.get("keys.present.blank"), new KeyCodeCombination(KeyCode.B),
                new KeyCodeCombination(KeyCode.PERIOD));
        keys.handledElsewhere(group, Messages.get("keys.present.pen"), new KeyCodeCombination(KeyCode.P));
        keys.handledElsewhere(group, Messages.get("keys.present.notes"), new KeyCodeCombination(KeyCode.N));
        keys.handledElsewhere(group, Messages.get("keys.present.leave"), new KeyCodeCombination(KeyCode.ESCAPE));
    }

    /** Problems met reading the user's views and stories at start (shown once the window is up). */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Installs the keys and the presentation style sheet on the window's scene and reports problems. */
    public void install(Scene scene) {
        scene.getStylesheets().add(Presenter.class.getResource("/org/araxes/ui/present/presentation.css").toExternalForm());
        views.install(scene);
        presentation.install(scene);
        if (!problems.isEmpty()) {
            report(problems);
        }
    }

    private void report(List<Problem> found) {
        StringBuilder text = new StringBuilder();
        for (Problem p : found) {
            text.append(p.file()).append(p.place().isEmpty() ? "" : " (" + p.place() + ")").append(": ")
                    .append(p.message()).append('\n');
        }
        status.accept(found.size() == 1 ? text.toString().strip() : Messages.format("status.savedProblems", String.valueOf(found.size())));
        Alert alert = new Alert(Alert.AlertType.WARNING, text.toString().strip());
        alert.setHeaderText(Messages.get("present.savedProblems.header"));
        alert.getDialogPane().setId("saved-files-problems");
        alert.show();
    }

    private void rebuildStoryMenu() {
        List<MenuItem> items = new ArrayList<>();
        MenuItem present = new MenuItem(Messages.get("menu.story.present"));
        present.setId("menu-present");
        present.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        present.setOnAction(e -> presentation.start(presentation.storyProperty().get(), true));
        present.setDisable(presentation.storyProperty().get() == null);
        items.add(present);
        CheckMenuItem fullScreen = new CheckMenuItem(Messages.get("menu.story.fullScreen"));
        fullScreen.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        javafx.stage.Window window = storyMenu.getParentPopup() == null ? null : storyMenu.getParentPopup().getOwnerWindow();
        fullScreen.setSelected(window instanceof javafx.stage.Stage s && s.isFullScreen());
        fullScreen.setOnAction(e -> {
            if (window instanceof javafx.stage.Stage s) {
                s.setFullScreen(!s.isFullScreen());
            }
        });
        items.add(fullScreen);
        items.add(new SeparatorMenuItem());
        MenuItem bundled = new MenuItem(Messages.get("menu.story.bundled"));
        bundled.setId("menu-story-bundled");
        bundled.setOnAction(e -> use(StoryFile.bundled(StoryFile.BUNDLED_RESOURCE, views::byName), Messages.get("present.bundledStory")));
        items.add(bundled);
        for (Path file : userStories()) {
            MenuItem item = new MenuItem(file.getFileName().toString());
            item.setOnAction(e -> use(StoryFile.load(file, views::byName, true, Clock.systemUTC()), file.toString()));
            items.add(item);
        }
        MenuItem open = new MenuItem(Messages.get("menu.story.open"));
        open.setId("menu-open-story");
        open.setOnAction(e -> openStoryFile());
        items.add(new SeparatorMenuItem());
        items.add(open);
        storyMenu.getItems().setAll(items);
    }

    private List<Path> userStories() {
        Path folder = folders.storiesFolder();
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            status.accept(Messages.format("status.cannotList", folder, e.getMessage()));
        }
        files.sort(null);
        return files;
    }

    private void openStoryFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("present.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("present.open.fileType"), "*.json"));
        if (Files.isDirectory(folders.storiesFolder())) {
            chooser.setInitialDirectory(folders.storiesFolder().toFile());
        }
        java.io.File file = chooser.showOpenDialog(storyMenu.getParentPopup() == null ? null
                : storyMenu.getParentPopup().getOwnerWindow());
        if (file != null) {
            boolean own = file.toPath().toAbsolutePath().startsWith(folders.storiesFolder().toAbsolutePath());
            use(StoryFile.load(file.toPath(), views::byName, own, Clock.systemUTC()), file.toString());
        }
    }

    /** Takes a story read from somewhere and presents it, or reports why not. */
    public void use(StoryFile.Result result, String from) {
        if (!result.problems().isEmpty()) {
            report(result.problems());
        }
        if (result.story() != null) {
            presentation.start(result.story(), true);
            status.accept(Messages.format("status.presenting", result.story().title(), from));
        }
    }
}
