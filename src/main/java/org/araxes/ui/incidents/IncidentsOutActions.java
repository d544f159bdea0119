// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.araxes.incidents.Citation;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentSet;
import org.araxes.io.AtomicFiles;
import org.araxes.ui.common.Messages;

/**
 * The window's side of {@link IncidentsOutViewModel}: File ▸ Export incidents…, File ▸ Citations of
 * the shown incidents (APA or Chicago, to the clipboard or a file), File ▸ What changed since…, and
 * the context menu of the incident list and details (copy this incident's citation, quotes, link).
 */
public final class IncidentsOutActions {

    private final IncidentsOutViewModel model;
    private final ObservableValue<Incident> selected;
    private final Consumer<String> status;
    private final Consumer<String> clipboard;

    /**
     * @param incidents the incidents shown
     * @param status    shows a line to the user (the status bar)
     */
    public IncidentsOutActions(IncidentsViewModel incidents, Consumer<String> status) {
        this(incidents, status, IncidentsOutActions::toSystemClipboard);
    }

    /** With another clipboard (tests). */
    IncidentsOutActions(IncidentsViewModel incidents, Consumer<String> status, Consumer<String> clipboard) {
        this.model = new IncidentsOutViewModel(incidents);
        this.selected = incidents.selectedProperty();
        this.status = status;
        this.clipboard = clipboard;
    }

    private static void toSystemClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The versions of the visible sets, for an export's frame ({@link IncidentsOutViewModel#versionStamp}). */
    public String versionStamp(String bundledEdition) {
        return model.versionStamp(bundledEdition);
    }

    /** The File menu's items: Export incidents…, Citations ▸, What changed since…. */
    public List<MenuItem> menuItems(Supplier<Window> owner) {
        MenuItem export = new MenuItem(Messages.get("menu.file.exportIncidents"));
        export.setId("menu-export-incidents");
        export.setOnAction(e -> exportShown(owner.get()));
        Menu citations = new Menu(Messages.get("menu.file.citations"));
        citations.setId("menu-citations");
        for (Citation.Style style : Citation.Style.values()) {
            String name = Messages.get("citation.style." + style.name());
            MenuItem copy = new MenuItem(Messages.format("menu.file.citations.copy", name));
            copy.setId("menu-citations-copy-" + style.name().toLowerCase(java.util.Locale.ROOT));
            copy.setOnAction(e -> copyCitations(style));
            MenuItem save = new MenuItem(Messages.format("menu.file.citations.save", name));
            save.setId("menu-citations-save-" + style.name().toLowerCase(java.util.Locale.ROOT));
            save.setOnAction(e -> saveCitations(style, owner.get()));
            citations.getItems().addAll(copy, save);
        }
        MenuItem changed = new MenuItem(Messages.get("menu.file.whatChanged"));
        changed.setId("menu-what-changed");
        changed.setOnAction(e -> whatChanged(owner.get()));
        return List.of(export, citations, changed);
    }

    /** The context menu for the selected incident: copy its citation (APA, Chicago), quotes, link. */
    public ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        menu.setId("incident-context-menu");
        for (Citation.Style style : Citation.Style.values()) {
            MenuItem item = new MenuItem(Messages.format("incident.copy.citation", Messages.get("citation.style." + style.name())));
            item.setId("incident-copy-citation-" + style.name().toLowerCase(java.util.Locale.ROOT));
            item.setOnAction(e -> copy(IncidentsOutViewModel.citation(selected.getValue(), style), Messages.get("status.copied.citation")));
            menu.getItems().add(item);
        }
        MenuItem quote = new MenuItem(Messages.get("incident.copy.quote"));
        quote.setId("incident-copy-quote");
        quote.setOnAction(e -> copy(IncidentsOutViewModel.quotes(selected.getValue()), Messages.get("status.copied.quote")));
        MenuItem link = new MenuItem(Messages.get("incident.copy.link"));
        link.setId("incident-copy-link");
        link.setOnAction(e -> IncidentsOutViewModel.links(selected.getValue())
                .ifPresent(text -> copy(text, Messages.get("status.copied.link"))));
        menu.getItems().addAll(new SeparatorMenuItem(), quote, link);
        // nothing to copy without a selection; no link item for an incident without a web link
        menu.setOnShowing(e -> {
            Incident incident = selected.getValue();
            menu.getItems().forEach(i -> i.setDisable(incident == null));
            link.setDisable(incident == null || IncidentsOutViewModel.links(incident).isEmpty());
        });
        return menu;
    }

    private void copy(String text, String said) {
        clipboard.accept(text);
        status.accept(said);
    }

    void copyCitations(Citation.Style style) {
        String text = model.citations(style);
        if (text.isEmpty()) {
            status.accept(Messages.get("status.citations.none"));
            return;
        }
        clipboard.accept(text);
        status.accept(Messages.format("status.citations.copied", text.lines().count(), Messages.get("citation.style." + style.name())));
    }

    private void saveCitations(Citation.Style style, Window owner) {
        String text = model.citations(style);
        if (text.isEmpty()) {
            status.accept(Messages.get("status.citations.none"));
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("menu.file.citations"));
        chooser.setInitialFileName("citations-" + style.name().toLowerCase(java.util.Locale.ROOT) + ".txt");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("incidentsOut.textFile"), "*.txt"));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        try {
            AtomicFiles.write(file.toPath(), out -> out.write((text + System.lineSeparator()).getBytes(StandardCharsets.UTF_8)));
            status.accept(Messages.format("status.citations.saved", text.lines().count(), file.getName()));
        } catch (IOException ex) {
            status.accept(ex.getMessage());
        }
    }

    private void exportShown(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("menu.file.exportIncidents"));
        chooser.setInitialFileName("incidents.geojson");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("incidentsOut.geojson"), "*.geojson"),
                new FileChooser.ExtensionFilter(Messages.get("incidentsOut.csv"), "*.csv"),
                new FileChooser.ExtensionFilter(Messages.get("incidentsOut.kml"), "*.kml"));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        Path target = file.toPath();
        String name = file.getName().toLowerCase(java.util.Locale.ROOT);
        FileChooser.ExtensionFilter filter = chooser.getSelectedExtensionFilter();
        if (!name.endsWith(".geojson") && !name.endsWith(".json") && !name.endsWith(".csv") && !name.endsWith(".kml")
                && filter != null) {
            target = target.resolveSibling(file.getName() + filter.getExtensions().get(0).substring(1));
        }
        try {
            status.accept(model.exportShown(target));
        } catch (IOException ex) {
            status.accept(ex.getMessage());
        }
    }

    private void whatChanged(Window owner) {
        List<IncidentSet> sets = model.sets();
        if (sets.isEmpty()) {
            status.accept(Messages.get("status.whatChanged.noSet"));
            return;
        }
        IncidentSet set = sets.get(0);
        if (sets.size() > 1) {
            ChoiceDialog<String> choose = new ChoiceDialog<>(sets.get(sets.size() - 1).name(), sets.stream().map(IncidentSet::name).toList());
            choose.initOwner(owner);
            choose.setTitle(Messages.get("menu.file.whatChanged"));
            choose.setHeaderText(Messages.get("whatChanged.chooseSet"));
            java.util.Optional<String> name = choose.showAndWait();
            if (name.isEmpty()) {
                return;
            }
            set = sets.stream().filter(s -> s.name().equals(name.get())).findFirst().orElse(set);
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.format("whatChanged.chooseFile", set.name()));
        if (set.source() != null && set.source().toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(set.source().toAbsolutePath().getParent().toFile());
        }
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return;
        }
        show(set, file.toPath(), model.whatChanged(set, file.toPath()), owner);
    }

    private void show(IncidentSet set, Path older, IncidentsOutViewModel.Changes changes, Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("menu.file.whatChanged"));
        StringBuilder text = new StringBuilder();
        if (!changes.readable()) {
            alert.setAlertType(Alert.AlertType.ERROR);
            alert.setHeaderText(Messages.format("whatChanged.unreadable", older.getFileName()));
        } else {
            alert.setHeaderText(Messages.format("whatChanged.header", set.name(), changes.newer().display(),
                    older.getFileName(), changes.older().display(), changes.diff().added().size(),
                    changes.diff().removed().size(), changes.diff().changed().size()));
            changes.diff().lines().forEach(l -> text.append(l).append('\n'));
        }
        changes.problems().forEach(p -> text.append(p).append('\n'));
        TextArea area = new TextArea(text.length() == 0 ? Messages.get("whatChanged.same") : text.toString());
        area.setId("what-changed-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(640, 320);
        alert.getDialogPane().setContent(area);
        alert.show();
    }
}
