// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.scene.image.WritableImage;
import org.araxes.export.ExportSize;
import org.araxes.export.MapExporter;
import org.araxes.export.SvgExporter;
import org.araxes.geo.Viewport;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentResult;
import org.araxes.incidents.IncidentStore;
import org.araxes.io.GeoJsonResult;
import org.araxes.io.LayerInfo;
import org.araxes.model.Atlas;
import org.araxes.model.LayerData;
import org.araxes.render.EvidenceFrame;
import org.araxes.render.FrameElement;
import org.araxes.render.IncidentRenderer;
import org.araxes.render.MapComposition;
import org.araxes.render.VectorRenderer;
import org.araxes.tiles.Basemap;
import org.araxes.timeline.TimeWindow;
import org.araxes.timeline.WindowMode;
import org.locationtech.jts.geom.Envelope;
import org.araxes.presentation.FormatException;
import org.araxes.presentation.MapExtent;
import org.araxes.presentation.SavedView;
import org.araxes.presentation.ViewsFile;
import org.araxes.settings.UserFolders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code araxes export}: renders the map with its incidents and evidence frame to a PNG (or an SVG
 * when the file name ends in {@code .svg}) with no display.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Render the map, its incidents and the evidence frame to a PNG (or SVG) file with no window.",
                "Without --date/--from/--to the incidents are those the window shows at start: the last 365 days of the data."})
public final class ExportCommand implements Callable<Integer> {

    /** The largest picture side accepted, in pixels (8K UHD is 7680 wide). */
    static final int MAX_SIDE = ExportSize.MAX_WIDTH;
    /** The window length the app starts with, in days. */
    static final int START_WINDOW_DAYS = 365;

    @ParentCommand
    AraxesCommand parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "PNG or SVG file to write.")
    Path out;

    @Option(names = "--width", defaultValue = "1920", description = "Width in pixels before --scale (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "1080", description = "Height in pixels before --scale (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--scale", paramLabel = "FACTOR", description = "Multiply pixels, lines and type: 1, 2, 4 (0.25–16).")
    Double factor;

    @Option(names = "--paper", paramLabel = "a4|a3", description = "Size for print: A4 or A3 landscape at --dpi (default 300).")
    String paper;

    @Option(names = "--portrait", description = "With --paper: portrait instead of landscape.")
    boolean portrait;

    @Option(names = "--dpi", paramLabel = "DPI", description = "Resolution written into the PNG (pHYs), 36–2400 (default 96; 300 with --paper).")
    Integer dpi;

    @Option(names = "--bbox", paramLabel = "minLon,minLat,maxLon,maxLat",
            description = "Area to show, in degrees (default: the view's, else the whole region 43.5,36.5,50.5,42).")
    String bbox;

    @Option(names = "--view", paramLabel = "NAME", description = "A saved view by name: the bundled ones (assets/views.json) or your own (its area, dates, layers and filters).")
    String view;

    @Option(names = "--views", paramLabel = "FILE", description = "Read --view from this views file instead of assets/views.json.")
    Path viewsFile;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Show the incidents of one day.")
    String date;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the incidents shown.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the incidents shown.")
    String to;

    @Option(names = "--lang", defaultValue = "en", description = "Label language: en, az, hy, fa or ru.")
    String language;

    @Option(names = "--title", description = "Title printed at the top of the picture.")
    String title;

    @Option(names = "--no-incidents", description = "Leave the incidents off the map.")
    boolean noIncidents;

    @Option(names = "--no-frame", description = "No evidence frame at all: the bare map.")
    boolean noFrame;

    @Option(names = "--no-title", description = "Frame without the title.")
    boolean noTitle;
    @Option(names = "--no-date", description = "Frame without the date range.")
    boolean noDate;
    @Option(names = "--no-filters", description = "Frame without the filters and incident count.")
    boolean noFilters;
    @Option(names = "--no-sources", description = "Frame without the numbered sources (and no numbers on the markers).")
    boolean noSources;
    @Option(names = "--no-legend", description = "Frame without the legend.")
    boolean noLegend;
    @Option(names = "--no-scale-bar", description = "Frame without the scale bar.")
    boolean noScaleBar;
    @Option(names = "--no-north-arrow", description = "Frame without the north arrow.")
    boolean noNorthArrow;
    @Option(names = "--no-credits", description = "Frame without the data credits.")
    boolean noCredits;
    @Option(names = "--no-borders-note", description = "Frame without the note on how borders and names are drawn.")
    boolean noBordersNote;
    @Option(names = "--no-version", description = "Frame without the dataset version and export time.")
    boolean noVersion;

    @Override
    public Integer call() throws Exception {
        validate();
        SavedView saved = view == null ? null : findView();
        ExportSize size = size();
        TimeWindow window = null;
        Path folder = parent.data != null ? parent.data : Atlas.defaultDataFolder();
        Atlas atlas = Atlas.load(folder);
        List<LayerData> broken = atlas.mapLayers().stream().filter(l -> l.features().isEmpty() && !l.problems().isEmpty()).toList();
        if (!broken.isEmpty()) {
            throw new IllegalArgumentException(broken.get(0).problems().get(0).toString());
        }
        IncidentStore store = IncidentStore.combine(atlas.layersOfKind(LayerInfo.Kind.INCIDENTS).stream()
                .map(l -> IncidentReader.fromGeoJson(new GeoJsonResult(l.fileName(), l.info(), l.features(), l.problems())))
                .map(IncidentResult::store).toList());
        window = window(store, saved);

        Envelope area = bbox != null ? parseBox(bbox)
                : saved != null && saved.extent() instanceof MapExtent.Box box
                ? new Envelope(box.west(), box.east(), box.south(), box.north()) : Atlas.HOME_REGION;
        Viewport base;
        if (bbox == null && saved != null && saved.extent() instanceof MapExtent.Centre centre) {
            base = Viewport.centeredOn(centre.lon(), centre.lat(), centre.zoom(),
                    size.width() / size.scale(), size.height() / size.scale());
        } else {
            base = Viewport.fitting(area, size.width() / size.scale(), size.height() / size.scale());
        }
        Viewport output = Viewport.centeredOn(base.centerLongitude(), base.centerLatitude(),
                base.zoom() + Math.log(size.scale()) / Math.log(2), size.width(), size.height());
        List<LayerData> shownLayers = atlas.mapLayers().stream()
                .filter(l -> saved == null || saved.layers() == null || saved.layers().contains(l.id())).toList();
        MapComposition composition = new MapComposition(Basemap.painterFor(atlas), 1.0,
                shownLayers.stream().map(l -> new MapComposition.Layer(new VectorRenderer(l), 1.0)).toList(),
                language, atlas.credits());
        IncidentFilter filter = saved != null && saved.filter() != null ? saved.filter() : IncidentFilter.all();
        int[] indices = noIncidents ? new int[0] : store.visible(window, filter);
        composition = composition.withIncidents(new IncidentRenderer.Shown(store, indices, window, null));
        String shownTitle = title != null ? title : saved != null ? saved.name() : null;
        EvidenceFrame frame = noFrame ? null
                : EvidenceFrame.of(composition, filter, shownTitle, atlas.incidentsVersion(), elements(), Instant.now());
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        long started = System.nanoTime();
        if (name.endsWith(".svg")) {
            MapComposition svgComposition = composition;
            String svg = HeadlessFx.call(() -> SvgExporter.svg(svgComposition, output, size.scale(), frame));
            SvgExporter.write(svg, out);
        } else {
            MapComposition pngComposition = composition;
            WritableImage image = HeadlessFx.call(() -> MapExporter.render(pngComposition, output, size.scale(), frame));
            MapExporter.writePng(image, out, size.dpi(), MapExporter.textChunks(frame));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        spec.commandLine().getOut().println("Wrote " + out + " (" + size.width() + "x" + size.height() + ", "
                + size.dpi() + " dpi, " + indices.length + " incidents, " + millis + " ms)");
        return 0;
    }

    private Set<FrameElement> elements() {
        EnumSet<FrameElement> on = EnumSet.allOf(FrameElement.class);
        boolean[] off = {noTitle, noDate, noFilters, noSources, noLegend, noScaleBar, noNorthArrow, noCredits, noBordersNote, noVersion};
        FrameElement[] all = FrameElement.values();
        for (int i = 0; i < all.length; i++) {
            if (off[i]) {
                on.remove(all[i]);
            }
        }
        return on;
    }

    private ExportSize size() {
        boolean explicitSize = spec.commandLine().getParseResult().hasMatchedOption("--width")
                || spec.commandLine().getParseResult().hasMatchedOption("--height");
        try {
            if (paper != null) {
                ExportSize.Paper sheet = ExportSize.Paper.parse(paper);
                if (sheet == null) {
                    throw usage("--paper must be a4 or a3");
                }
                if (explicitSize || factor != null) {
                    throw usage("--paper sets the size: leave out --width, --height and --scale");
                }
                return ExportSize.ofPaper(sheet, dpi == null ? 300 : dpi, !portrait);
            }
            if (portrait) {
                throw usage("--portrait goes with --paper");
            }
            double s = factor == null ? 1 : factor;
            double baseScale = Math.max(1, Math.min(width, height) / 1080.0);
            return new ExportSize((int) Math.round(width * s), (int) Math.round(height * s), baseScale * s,
                    dpi == null ? ExportSize.SCREEN_DPI : dpi);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private TimeWindow window(IncidentStore store, SavedView saved) {
        LocalDate first = null;
        LocalDate last = null;
        if (date != null) {
            first = parseDate("--date", date);
            last = first;
        } else if (from != null || to != null) {
            first = from == null ? null : parseDate("--from", from);
            last = to == null ? null : parseDate("--to", to);
        } else if (saved != null && saved.time() != null) {
            // a view that stands on one day shows that day's incidents, as --date does
            last = saved.time().to();
            first = saved.time().isWindow() ? saved.time().from() : last;
        }
        if (first == null && last == null) {
            // As the window starts: a moving window of a year ending on the data's last day.
            return WindowMode.MOVING.window(store.lastDay(), START_WINDOW_DAYS, store.firstDay());
        }
        int start = first == null ? Math.min(store.firstDay(), (int) last.toEpochDay()) : (int) first.toEpochDay();
        int end = last == null ? Math.max(store.lastDay(), start) : (int) last.toEpochDay();
        return new TimeWindow(start, end);
    }

    private LocalDate parseDate(String option, String text) {
        try {
            // the incident files' own date rule: a real day, year 1 to 9999
            return IncidentReader.day(text);
        } catch (java.time.DateTimeException e) {
            throw usage(option + ": '" + text + "' is not a date (" + e.getMessage() + ")");
        }
    }

    /** The view named by --view: from --views FILE, else the bundled views and the user's own. */
    private SavedView findView() {
        List<SavedView> views = new java.util.ArrayList<>();
        if (viewsFile != null) {
            views.addAll(readViews(viewsFile));
        } else {
            views.addAll(ViewsFile.bundled());
            Path own = UserFolders.current().viewsFolder().resolve("views.json");
            if (Files.isRegularFile(own)) {
                ViewsFile.load(own, java.time.Clock.systemUTC()).value().ifPresent(views::addAll);
            }
        }
        return views.stream().filter(v -> v.name().equalsIgnoreCase(view.strip())).findFirst()
                .orElseThrow(() -> usage(views.isEmpty() ? "--view: no saved views found"
                        : "--view: no view named '" + view + "'; the views are: "
                        + String.join(", ", views.stream().map(SavedView::name).toList())));
    }

    /** The views of a file the user named; it is only read, never set aside. */
    private List<SavedView> readViews(Path file) {
        if (!Files.isRegularFile(file)) {
            throw usage("--views: " + file + ": no such file");
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return ViewsFile.parse(new org.araxes.settings.JsonFiles().mapper().readTree(in));
        } catch (FormatException e) {
            throw usage("--views: " + file + ":" + e.place() + ": " + e.getMessage());
        } catch (java.io.IOException e) {
            throw usage("--views: " + file + ": not a readable views file (" + AraxesCommand.oneLine(e) + ")");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private void validate() {
        if (width < 16 || height < 16 || width > MAX_SIDE || height > MAX_SIDE) {
            throw usage("--width and --height must be between 16 and " + MAX_SIDE + " pixels");
        }
        if (factor != null && !(factor >= 0.25 && factor <= 16)) {
            throw usage("--scale must be between 0.25 and 16 (1, 2 and 4 are the usual ones)");
        }
        if (dpi != null && (dpi < 36 || dpi > 2400)) {
            throw usage("--dpi must be between 36 and 2400");
        }
        if (!List.of("en", "az", "hy", "fa", "ru").contains(language)) {
            throw usage("--lang must be one of en, az, hy, fa, ru");
        }
        if (date != null && (from != null || to != null)) {
            throw usage("--date shows one day: leave out --from and --to, or use only them");
        }
        if (date != null) {
            parseDate("--date", date);
        }
        LocalDate first = from == null ? null : parseDate("--from", from);
        LocalDate last = to == null ? null : parseDate("--to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw usage("--from " + first + " is after --to " + last);
        }
        if (parent.data != null && !Files.isDirectory(parent.data)) {
            throw usage("no such folder: " + parent.data);
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg")) {
            throw usage("--out must end in .png or .svg");
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw usage("cannot write " + out + ": no such folder " + folder);
        }
        if (!Files.isWritable(folder) || (Files.exists(out) && !Files.isWritable(out))) {
            throw usage("cannot write " + out + ": permission denied");
        }
        if (bbox != null) {
            parseBox(bbox);
        }
    }

    private Envelope parseBox(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw usage("--bbox needs four numbers: minLon,minLat,maxLon,maxLat");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw usage("--bbox: '" + parts[i].trim() + "' is not a number");
            }
        }
        if (!(v[0] >= -180 && v[2] <= 180 && v[1] >= -85 && v[3] <= 85 && v[0] < v[2] && v[1] < v[3])) {
            throw usage("--bbox must be minLon,minLat,maxLon,maxLat with min < max, longitudes within ±180 and latitudes within ±85");
        }
        return new Envelope(v[0], v[2], v[1], v[3]);
    }
}
