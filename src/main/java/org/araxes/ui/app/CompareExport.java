// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import java.io.File;
import java.time.Instant;
import java.util.EnumSet;
import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import org.araxes.export.ExportSize;
import org.araxes.export.MapExporter;
import org.araxes.export.SideBySide;
import org.araxes.geo.Viewport;
import org.araxes.presentation.MapState;
import org.araxes.render.EvidenceFrame;
import org.araxes.render.FrameElement;
import org.araxes.ui.common.Messages;
import org.araxes.ui.export.CompareDialog;

/**
 * File ▸ Export comparison…: the map's area at two windows of days, side by side in one PNG of
 * twice the map's width, each pane with its own evidence frame and its last day printed large
 * ({@link SideBySide#render}, as {@code araxes export --compare-from/--compare-to} draws it).
 */
final class CompareExport {

    private final MapOutputs outputs;

    CompareExport(MapOutputs outputs) {
        this.outputs = outputs;
    }

    /** The menu item. */
    MenuItem menuItem() {
        MenuItem item = new MenuItem(Messages.get("menu.file.exportComparison"));
        item.setId("menu-export-comparison");
        item.setOnAction(e -> ask());
        return item;
    }

    private void ask() {
        Viewport screen = outputs.map().getViewport();
        if (screen == null) {
            return;
        }
        CompareDialog.Choice choice = new CompareDialog(outputs.owner().get(), outputs.model().incidents().timeline().getWindow())
                .showAndWait().orElse(null);
        if (choice != null) {
            chooseFileAndExport(choice, outputs.owner().get());
        }
    }

    /** Asks where to write the comparison of two windows over the map's area, then writes it ({@link #export}). */
    void chooseFileAndExport(CompareDialog.Choice choice, javafx.stage.Window owner) {
        Viewport screen = outputs.map().getViewport();
        if (screen == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("compare.file.title"));
        chooser.setInitialFileName("araxes-comparison.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("export.fileType"), "*.png"));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            export(choice, file, screen);
        }
    }

    /** Draws the two panes (JavaFX thread) and writes the PNG off it; the status line says how it went. */
    void export(CompareDialog.Choice choice, File file, Viewport screen) {
        // each pane as large as the map on screen, so the two together are twice its width
        int width = 2 * (int) Math.round(screen.width()) + SideBySide.ruleWidth(1);
        int height = (int) Math.round(screen.height());
        ExportSize size = ExportSize.custom(width, height, width, height);
        MapState[] panes = SideBySide.panes(outputs.state().get(), width, height, size.scale(), choice.left(), choice.right());
        String version = outputs.model().atlas().incidentsVersion();
        Instant now = Instant.now();
        WritableImage picture = SideBySide.render(panes[0], panes[1], outputs.composer(), (composition, viewport) ->
                EvidenceFrame.of(composition, viewport, panes[0].filter(), "", version, EnumSet.allOf(FrameElement.class), now));
        outputs.model().setStatus(Messages.format("status.writing", file.getName()));
        java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                MapExporter.writePng(picture, file.toPath(), size.dpi(), java.util.Map.of("Software", "Araxes",
                        "Description", "Left: " + choice.left() + "; right: " + choice.right()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).whenComplete((done, error) -> Platform.runLater(() -> outputs.model().setStatus(error == null
                ? Messages.format("compare.status.done", file.getName(), choice.left().toString(), choice.right().toString())
                : Messages.format("animation.status.failed", file.getName(),
                        (error.getCause() != null ? error.getCause() : error).getMessage()))));
    }
}
