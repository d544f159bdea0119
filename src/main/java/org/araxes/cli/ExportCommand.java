// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import java.io.IOException;
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
import org.araxes.export.SourcesSidecar;
import org.araxes.export.SvgExporter;
import org.araxes.geo.Viewport;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentStore;
import org.araxes.io.AtomicFiles;
import org.araxes.model.Atlas;
import org.araxes.model.LayerData;
import org.araxes.render.EvidenceFrame;
import org.araxes.render.FrameElement;
import org.araxes.render.MapComposer;
import org.araxes.render.MapComposition;
import org.araxes.render.VectorRenderer;
import org.araxes.tiles.Basemap;
import org.araxes.timeline.AnimationFrames;
import org.locationtech.jts.geom.Envelope;
import org.araxes.presentation.FormatException;
import org.araxes.presentation.MapExtent;
import org.araxes.presentation.SavedView;
import org.araxes.presentation.Story;
import org.araxes.presentation.StoryFile;
import org.araxes.presentation.StoryStep;
import org.araxes.presentation.MapState;
import org.araxes.presentation.ViewTime;
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

    @Option(names = "--step", paramLabel = "N|STEP", description = "Show step N (from 1) of a story as presenting shows it: its view, area, dates and layers."
            + " With --animate: day, week, month or year between frames.")
    String step;

    @CommandLine.Mixin
    AnimationOptions animation;

    @CommandLine.Mixin
    CompareOptions compare;

    @Option(names = "--story", paramLabel = "FILE", description = "With --step: a story file instead of the bundled story.")
    Path storyFile;

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

    @CommandLine.Mixin
    ExportIncidentOptions incidentSets = new ExportIncidentOptions();

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
        if (animation.animate && compare.asked()) {
            throw usage("--animate and --compare-from/--compare-to are two kinds of export: give one");
        }
        if (animation.animate) {
            return animation.export(this);
        }
        if (compare.asked()) {
            return compare.export(this);
        }
        validate();
        StoryStep shownStep = step == null ? null : findStep();
        SavedView saved = shownStep != null ? shownStep.view() : view == null ? null : findView();
        ExportSize size = size();
        Drawing drawing = drawing();
        if (drawing.unreadable()) {
            return nothingWritten(drawing.report());
        }
        return still(drawing, shownStep, saved, size);
    }

    /**
     * Draws and writes the still picture of what was read: the map state the command line asks
     * for over the drawing's atlas and incidents, with its evidence frame, as PNG or SVG; prints
     * what was written and returns the exit code.
     */
    int still(Drawing drawing, StoryStep shownStep, SavedView saved, ExportSize size) throws Exception {
        Atlas atlas = drawing.atlas();
        IncidentStore store = drawing.store();
        MapState state = mapState(atlas, store, shownStep, saved, size);
        MapComposition composition = composer(atlas, store).apply(state);
        Viewport output = state.viewport();
        String shownTitle = title(saved);
        EvidenceFrame frame = noFrame ? null
                : EvidenceFrame.of(composition, output, state.filter(), shownTitle, drawing.drawn().stamp(), elements(), Instant.now())
                        .withSidecar(SourcesSidecar.name(out));
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
        Path sidecar = frame == null || frame.sources().isEmpty() ? null : SourcesSidecar.write(frame, out);
        long millis = (System.nanoTime() - started) / 1_000_000;
        int inPicture = composition.incidents().within(output.visibleBounds()).indices().length;
        spec.commandLine().getOut().println("Wrote " + out + " (" + size.width() + "x" + size.height() + ", "
                + size.dpi() + " dpi, " + inPicture + " incidents, " + millis + " ms)"
                + (sidecar == null ? "" : " and its " + frame.sources().size() + " sources to " + sidecar));
        return written(drawing.report());
    }

    /** The atlas of --data or the bundled one; a map layer that could not be read at all stops the export. */
    Atlas atlas() throws IOException {
        Path folder = parent.data != null ? parent.data : Atlas.defaultDataFolder();
        Atlas atlas = Atlas.load(folder);
        List<LayerData> broken = atlas.mapLayers().stream().filter(l -> l.features().isEmpty() && !l.problems().isEmpty()).toList();
        if (!broken.isEmpty()) {
            throw new IllegalArgumentException(broken.get(0).problems().get(0).toString());
        }
        return atlas;
    }

    /** The one composition of a state over an atlas's layers and incidents ({@link MapComposer#compose}). */
    static java.util.function.Function<MapState, MapComposition> composer(Atlas atlas, IncidentStore store) {
        java.util.Map<String, LayerData> layers = new java.util.HashMap<>();
        atlas.mapLayers().forEach(l -> layers.put(l.id(), l));
        java.util.Map<String, VectorRenderer> renderers = new java.util.HashMap<>();
        org.araxes.raster.BasemapPainter basemap = Basemap.painterFor(atlas);
        return state -> MapComposer.compose(state, basemap,
                id -> layers.containsKey(id) ? renderers.computeIfAbsent(id, k -> new VectorRenderer(layers.get(k))) : null,
                store, atlas.credits());
    }

    /** The title printed: --title, else the saved view's name, else none. */
    String title(SavedView saved) {
        return title != null ? title : saved != null ? saved.name() : null;
    }

    Set<FrameElement> elements() {
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

    /** The picture's size from --width, --height, --scale or --paper. */
    ExportSize size() {
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

    /**
     * What a still, an animation or a comparison draws: the atlas, and the sets of it and of
     * --incidents (the bundled one unless --no-bundled), with the report of the files named.
     */
    record Drawing(Atlas atlas, ExportIncidentOptions.Drawn drawn, ProblemReport report) {

        /** True when an --incidents file cannot be read at all: nothing is drawn. */
        boolean unreadable() {
            return report.code() == ProblemReport.UNREADABLE;
        }

        IncidentStore store() {
            return drawn.store();
        }
    }

    /** Reads the atlas and the sets to draw, reporting the --incidents files on this command's out and err. */
    Drawing drawing() throws IOException {
        Atlas atlas = atlas();
        ProblemReport report = new ProblemReport(spec.commandLine().getOut(), spec.commandLine().getErr());
        return new Drawing(atlas, incidentSets.read(atlas, report), report);
    }

    /** The exit when an --incidents file cannot be read: nothing is written, the report's code. */
    int nothingWritten(ProblemReport report) {
        spec.commandLine().getErr().println("araxes: nothing written: an incident file cannot be read");
        return report.finish();
    }

    /** The exit code after a picture was written: validate's when files were named, else 0. */
    int written(ProblemReport report) {
        return incidentSets.namesFiles() ? report.finish() : 0;
    }

    /**
     * The map state the command line asks for: the state the window starts with, at the export's
     * size, showing {@link #commandLineView the command line's view} (a story step's with its
     * rings, when one is asked for) through {@link MapState#showing}, as the window shows them.
     */
    MapState mapState(Atlas atlas, IncidentStore store, StoryStep shownStep, SavedView saved, ExportSize size) {
        MapState start = MapState.initial(size.width(), size.height(), size.scale(),
                atlas.mapLayers().stream().map(LayerData::id).toList(), store.firstDay(), store.lastDay(), language)
                .withIncidentsShown(!noIncidents);
        SavedView asked = commandLineView(saved, store);
        return shownStep == null ? start.showing(asked)
                : start.showing(new StoryStep(asked, shownStep.caption(), shownStep.notes(), shownStep.highlight()));
    }

    /**
     * What the command line asks to see, as one saved view: the view named by --view (or none) with
     * --bbox and --date/--from/--to over it. It is shown with {@link MapState#showing}, as the
     * window shows a view; without dates the window the app starts with stays.
     */
    private SavedView commandLineView(SavedView saved, IncidentStore store) {
        MapExtent extent = bbox != null ? box(parseBox(bbox)) : saved != null ? saved.extent() : MapState.HOME;
        ViewTime time = saved == null ? null : saved.time();
        if (date != null) {
            time = ViewTime.day(parseDate("--date", date));
        } else if (from != null || to != null) {
            time = window(from == null ? null : parseDate("--from", from), to == null ? null : parseDate("--to", to), store);
        }
        if (saved == null) {
            return new SavedView("export", extent, time, null, null, null, null, "");
        }
        return new SavedView(saved.name(), extent, time, saved.layers(), saved.hiddenLayers(), saved.filter(),
                saved.selected(), saved.note());
    }

    /**
     * The days of --from and --to as a view's time: an open end (null) reaches to the data's end,
     * so both null give the data's whole span.
     */
    static ViewTime window(LocalDate first, LocalDate last, IncidentStore store) {
        if (first == null) {
            first = LocalDate.ofEpochDay(last == null ? store.firstDay() : Math.min(store.firstDay(), last.toEpochDay()));
        }
        if (last == null) {
            last = LocalDate.ofEpochDay(Math.max(store.lastDay(), first.toEpochDay()));
        }
        return ViewTime.window(first, last);
    }

    private static MapExtent.Box box(Envelope e) {
        return new MapExtent.Box(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }

    LocalDate parseDate(String option, String text) {
        try {
            // the incident files' own date rule: a real day, year 1 to 9999
            return IncidentReader.day(text);
        } catch (java.time.DateTimeException e) {
            throw usage(option + ": '" + text + "' is not a date (" + e.getMessage() + ")");
        }
    }

    /** The views --view and a story's steps may name: from --views FILE, else the bundled views and the user's own. */
    private List<SavedView> knownViews() {
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
        return views;
    }

    /** The step --step names, of the story of --story FILE or the bundled story. */
    StoryStep findStep() {
        List<SavedView> views = knownViews();
        java.util.function.Function<String, java.util.Optional<SavedView>> known = name -> views.stream()
                .filter(v -> v.name().equalsIgnoreCase(name.strip())).findFirst();
        StoryFile.Result read = storyFile != null ? StoryFile.load(storyFile, known, false, java.time.Clock.systemUTC())
                : StoryFile.bundled(StoryFile.BUNDLED_RESOURCE, known);
        String from = storyFile != null ? storyFile.toString() : "the bundled story";
        if (read.story() == null) {
            throw usage("--story: " + (read.problems().isEmpty() ? from + ": no story" : read.problems().get(0).toString()));
        }
        Story story = read.story();
        int number = storyStep();
        if (number < 1 || number > story.size()) {
            throw usage("--step must be between 1 and " + story.size() + " (the steps of " + from + ")");
        }
        return story.step(number - 1);
    }

    /** The story step --step names, a number. */
    private int storyStep() {
        try {
            return Integer.parseInt(step.strip());
        } catch (NumberFormatException e) {
            throw usage("--step: '" + step + "' is not a story step number"
                    + (AnimationFrames.Step.parse(step) != null ? " (day, week, month and year go with --animate)" : ""));
        }
    }

    /** The view named by --view. */
    SavedView findView() {
        List<SavedView> views = knownViews();
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

    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private void validate() {
        validateShared();
        if (step != null && view != null) {
            throw usage("--step shows a story step's view: leave out --view");
        }
        if (storyFile != null && step == null) {
            throw usage("--story goes with --step N");
        }
        if (date != null && (from != null || to != null)) {
            throw usage("--date shows one day: leave out --from and --to, or use only them");
        }
        if (date != null) {
            parseDate("--date", date);
        }
        try {
            AtomicFiles.checkTarget(out); // before the rendering, which may take seconds
        } catch (IOException e) {
            throw usage(e.getMessage());
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg")) {
            throw usage("--out must end in .png or .svg (or .mp4, .gif or a folder with --animate)");
        }
    }

    /** The checks a still picture and an animation share: size, language, dates, data folder, area. */
    void validateShared() {
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
        LocalDate first = from == null ? null : parseDate("--from", from);
        LocalDate last = to == null ? null : parseDate("--to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw usage("--from " + first + " is after --to " + last);
        }
        if (parent.data != null && !Files.isDirectory(parent.data)) {
            throw usage("no such folder: " + parent.data);
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
