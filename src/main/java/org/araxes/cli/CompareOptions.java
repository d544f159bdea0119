// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.image.WritableImage;
import org.araxes.export.ExportSize;
import org.araxes.export.MapExporter;
import org.araxes.export.SideBySide;
import org.araxes.incidents.IncidentStore;
import org.araxes.model.Atlas;
import org.araxes.presentation.MapState;
import org.araxes.presentation.SavedView;
import org.araxes.render.EvidenceFrame;
import org.araxes.timeline.TimeWindow;
import picocli.CommandLine.Option;

/**
 * The options of {@code araxes export --compare-from D --compare-to D}: one PNG of two panes side by
 * side over the same area, the left showing --from/--to (or --date), the right the compared days,
 * each with its own evidence frame and its last day printed large.
 */
public final class CompareOptions {

    @Option(names = "--compare-from", paramLabel = "YYYY-MM-DD", description = "Export two panes side by side: the right one shows from this day (with --compare-to).")
    String compareFrom;

    @Option(names = "--compare-to", paramLabel = "YYYY-MM-DD", description = "The last day of the right pane (with --compare-from).")
    String compareTo;

    /** Whether a comparison is asked for. */
    boolean asked() {
        return compareFrom != null || compareTo != null;
    }

    /** Writes the side-by-side PNG; returns the exit code. */
    int export(ExportCommand command) throws Exception {
        command.validateShared();
        if (compareFrom == null || compareTo == null) {
            throw command.usage("--compare-from and --compare-to go together: the first and last day of the right pane");
        }
        String name = command.out.getFileName() == null ? "" : command.out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png")) {
            throw command.usage("--out: a comparison is written as PNG (.png)");
        }
        if (command.date == null && (command.from == null || command.to == null)) {
            throw command.usage("a comparison needs the left pane's days too: --date, or --from and --to");
        }
        LocalDate first = command.parseDate("--compare-from", compareFrom);
        LocalDate last = command.parseDate("--compare-to", compareTo);
        if (first.isAfter(last)) {
            throw command.usage("--compare-from " + first + " is after --compare-to " + last);
        }
        ExportSize size = command.size();
        int[] halves = SideBySide.halves(size.width(), size.scale());
        ExportSize half = new ExportSize(halves[0], size.height(), size.scale(), size.dpi());
        SavedView saved = command.view == null ? null : command.findView();
        ExportCommand.Drawing drawing = command.drawing();
        if (drawing.unreadable()) {
            return command.nothingWritten(drawing.report());
        }
        Atlas atlas = drawing.atlas();
        IncidentStore store = drawing.store();
        // the left pane's state as a still export of its size makes it (the area fitted into the pane)
        MapState left = command.mapState(atlas, store, null, saved, half);
        MapState[] panes = SideBySide.panes(left, size.width(), size.height(), size.scale(), left.window(),
                TimeWindow.of(first, last));
        var composer = ExportCommand.composer(atlas, store);
        String title = command.title(saved);
        Instant now = Instant.now();
        WritableImage joined = HeadlessFx.call(() -> SideBySide.render(panes[0], panes[1], composer,
                (composition, viewport) -> command.noFrame ? null : EvidenceFrame.of(composition, viewport,
                        left.filter(), title, drawing.drawn().stamp(), command.elements(), now)));
        MapState right = panes[1];
        MapExporter.writePng(joined, command.out, size.dpi(), java.util.Map.of("Software", "Araxes",
                "Description", "Left: " + left.window() + "; right: " + right.window()));
        command.spec.commandLine().getOut().println("Wrote " + command.out + " (" + (int) joined.getWidth() + "x"
                + (int) joined.getHeight() + ", " + left.window() + " beside " + right.window() + ")");
        return command.written(drawing.report());
    }
}
