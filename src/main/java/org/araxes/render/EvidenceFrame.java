// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.araxes.incidents.Category;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.Role;
import org.araxes.incidents.Status;
import org.araxes.timeline.TimeWindow;

/**
 * What an export's evidence frame says, as data: title, date range, filters and count, the shown
 * incidents' sources (grouped: the most cited listed, the rest counted, the full list in a file
 * beside the picture; numbered, with the numbers on the markers, only when all of them fit),
 * legend, credits, how borders and names are drawn, dataset version and export time. {@link FrameRenderer} draws it; {@link #describe}
 * gives it as text lines, for tests and the SVG's description.
 *
 * @param elements       the elements switched on
 * @param title          the title, or "" for none
 * @param window         the time window whose incidents are shown, or null when no incidents are
 * @param filter         the incident filter in force
 * @param shownCount     how many incidents the picture shows
 * @param totalCount     how many are loaded
 * @param sources        every distinct source of the shown incidents, most cited first; number n is at index n-1
 * @param legend         legend entries, map kinds first, then incident categories
 * @param credits        the distinct credit parts of the data shown
 * @param language       the label language code (en, az, hy, fa, ru)
 * @param datasetVersion the incidents file's {@code araxes.version}, or "" when unknown
 * @param exportedAt     when the picture was made (UTC)
 * @param sidecar        the name of the file beside the picture listing every source, or "" for none
 * @param moment         the moment a frame of an animation stands for, printed large ({@link #momentLine}), or null
 */
public record EvidenceFrame(Set<FrameElement> elements, String title, TimeWindow window, IncidentFilter filter,
                            int shownCount, int totalCount, List<CitedSource> sources, List<LegendDrawing.Entry> legend,
                            List<String> credits, String language, String datasetVersion, Instant exportedAt,
                            String sidecar, java.time.LocalDate moment) {

    /** Sources are numbered (and the markers carry the numbers) only when there are at most this many. */
    public static final int NUMBERED_MAX = 12;
    /** The most sources the frame lists by name when they are grouped. */
    public static final int LISTED_MAX = 8;
    /** A mark standing for more incidents than this gets no source numbers (they would not stay legible). */
    public static final int BADGED_MAX_INCIDENTS = 3;

    /**
     * A source as the frame cites it, with how many of the shown incidents cite it.
     *
     * @param citation  its citation ({@link org.araxes.incidents.Citation}), never a file name
     * @param incidents how many shown incidents cite it
     */
    public record CitedSource(String citation, int incidents) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Map<String, String> LANGUAGES = Map.of("en", "English", "az", "Azerbaijani",
            "hy", "Armenian", "fa", "Persian", "ru", "Russian");

    /** A frame of a still picture (no moment). */
    public EvidenceFrame(Set<FrameElement> elements, String title, TimeWindow window, IncidentFilter filter,
                         int shownCount, int totalCount, List<CitedSource> sources, List<LegendDrawing.Entry> legend,
                         List<String> credits, String language, String datasetVersion, Instant exportedAt,
                         String sidecar) {
        this(elements, title, window, filter, shownCount, totalCount, sources, legend, credits, language,
                datasetVersion, exportedAt, sidecar, null);
    }

    public EvidenceFrame {
        elements = elements == null || elements.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(elements));
        title = title == null ? "" : printable(title).strip();
        filter = filter == null ? IncidentFilter.all() : filter;
        if (shownCount < 0 || totalCount < shownCount) {
            throw new IllegalArgumentException("shown " + shownCount + " of " + totalCount + " incidents is impossible");
        }
        sources = sources.stream().map(s -> new CitedSource(printable(s.citation()), s.incidents())).toList();
        legend = List.copyOf(legend);
        credits = credits.stream().map(EvidenceFrame::printable).toList();
        language = language == null ? "en" : language;
        datasetVersion = datasetVersion == null ? "" : printable(datasetVersion).strip();
        exportedAt = (exportedAt == null ? Instant.now() : exportedAt).truncatedTo(ChronoUnit.SECONDS);
        sidecar = sidecar == null ? "" : printable(sidecar).strip();
    }

    /**
     * The frame for a composition drawn over a viewport: the incidents in the picture (count,
     * sources, legend categories: an incident counts when its point lies inside the viewport's
     * area, so "N of M incidents shown" is what the picture shows), the window, its layers
     * (legend), its credits and language.
     *
     * @param viewport       the picture's area (its pixel size does not matter)
     * @param filter         the incident filter in force
     * @param title          a title, or null
     * @param datasetVersion the incident data's version, or ""
     * @param elements       the elements switched on
     * @param exportedAt     the export time, or null for now
     */
    public static EvidenceFrame of(MapComposition composition, org.araxes.geo.Viewport viewport, IncidentFilter filter,
                                   String title, String datasetVersion, Set<FrameElement> elements, Instant exportedAt) {
        IncidentRenderer.Shown shown = composition.incidents();
        // the store's columns, not incident records: at a million incidents this is a scan of arrays
        int[] inside = shown == null ? new int[0] : shown.within(viewport.visibleBounds()).indices();
        List<LegendDrawing.Entry> legend = new ArrayList<>(LegendDrawing.entries(
                composition.layers().stream().map(l -> l.renderer().layer()).toList(), shown == null ? null : shown.window()));
        EnumSet<Category> categories = EnumSet.noneOf(Category.class);
        for (int index : inside) {
            categories.add(shown.store().category(index));
        }
        legend.addAll(LegendDrawing.categoryEntries(categories));
        List<CitedSource> sources = shown == null ? List.of() : cited(shown.store().sourceUses(inside));
        return new EvidenceFrame(elements, title, shown == null ? null : shown.window(), filter, inside.length,
                shown == null ? 0 : shown.store().size(), sources, legend,
                MapComposition.creditParts(composition.credits()), composition.language(), datasetVersion, exportedAt, "");
    }

    /**
     * A text as the frame prints it: control characters (a tab or line break in a title, a stray
     * byte in a publisher's name) become spaces, so the PNG draws no box for them and the SVG stays
     * well-formed XML.
     */
    static String printable(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            s.append(Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF' ? ' ' : c);
        }
        return s.toString();
    }

    /** Whether an element is switched on. */
    public boolean shows(FrameElement element) {
        return elements.contains(element);
    }

    /** The same frame with other elements switched on. */
    public EvidenceFrame withElements(Set<FrameElement> value) {
        return new EvidenceFrame(value, title, window, filter, shownCount, totalCount, sources, legend, credits,
                language, datasetVersion, exportedAt, sidecar, moment);
    }

    /** The same frame with another title. */
    public EvidenceFrame withTitle(String value) {
        return new EvidenceFrame(elements, value, window, filter, shownCount, totalCount, sources, legend, credits,
                language, datasetVersion, exportedAt, sidecar, moment);
    }

    /** The same frame naming the file beside the picture that lists every source ("" for none). */
    public EvidenceFrame withSidecar(String value) {
        return new EvidenceFrame(elements, title, window, filter, shownCount, totalCount, sources, legend, credits,
                language, datasetVersion, exportedAt, value, moment);
    }

    /**
     * The same frame as one frame of an animation: the moment it stands for is printed large at
     * the top ({@link #momentLine}), above the window whose incidents it shows.
     */
    public EvidenceFrame atMoment(java.time.LocalDate value) {
        return new EvidenceFrame(elements, title, window, filter, shownCount, totalCount, sources, legend, credits,
                language, datasetVersion, exportedAt, sidecar, value);
    }

    /** "12 November 2020": the moment of an animation's frame; "" for a still picture. */
    public String momentLine() {
        return moment == null ? "" : DAY.format(moment);
    }

    /** The elements written as lines in the footer, in order. */
    public static final List<FrameElement> FOOTER = List.of(FrameElement.SOURCES, FrameElement.CREDITS,
            FrameElement.BORDERS_NOTE, FrameElement.VERSION);

    /** The footer line of an element of {@link #FOOTER} before wrapping, or "" when it is off or has nothing to say. */
    public String footerText(FrameElement element) {
        if (!shows(element)) {
            return "";
        }
        return switch (element) {
            case SOURCES -> sourcesLine(Math.min(sources.size(), numbered() ? NUMBERED_MAX : LISTED_MAX));
            case CREDITS -> credits.isEmpty() ? "" : creditLine();
            case BORDERS_NOTE -> bordersNote();
            case VERSION -> versionLine();
            default -> "";
        };
    }

    /** "Incidents of 21 October 2022" or "Incidents from 8 May 2022 to 8 May 2023"; "" without a window. */
    public String dateLine() {
        if (window == null) {
            return "";
        }
        if (window.startDay() == window.endDay()) {
            return "Incidents of " + DAY.format(window.start());
        }
        return "Incidents from " + DAY.format(window.start()) + " to " + DAY.format(window.end());
    }

    /** "Filters: none · 23 of 39 incidents shown". */
    public String filterLine() {
        return "Filters: " + describe(filter) + " · " + shownCount + " of " + totalCount + " incidents shown";
    }

    /** How borders and contested names are drawn, in neutral words. */
    public String bordersNote() {
        return "Borders as in OpenStreetMap (de facto); names in " + LANGUAGES.getOrDefault(language, language)
                + ", other names in the app; corridors are approximate and labelled with their status.";
    }

    /** "Data: A · B · C". */
    public String creditLine() {
        return "Data: " + String.join(" · ", credits);
    }

    /** "Dataset version 2026-11-22 · exported 2026-11-22T20:41:07Z". */
    public String versionLine() {
        return (datasetVersion.isEmpty() ? "Dataset version unknown" : "Dataset version " + datasetVersion)
                + " · exported " + DateTimeFormatter.ISO_INSTANT.format(exportedAt) + " with Araxes";
    }

    /** Whether the sources are few enough to be numbered in the frame, with the numbers on the markers. */
    public boolean numbered() {
        return !sources.isEmpty() && sources.size() <= NUMBERED_MAX;
    }

    /**
     * The sources line with the first {@code listed} sources named: every source numbered
     * ("Sources (numbers on the map): [1] …   [2] …") when all are listed and they are few enough,
     * else grouped ("Sources: 4,824 distinct; most cited: A (312 incidents) · B (200 incidents)
     * … and 4,816 more sources: full list in x.sources.csv"); "" without sources.
     */
    public String sourcesLine(int listed) {
        if (sources.isEmpty()) {
            return "";
        }
        boolean all = Math.min(listed, sources.size()) == sources.size() && numbered();
        return (all ? "Sources (numbers on the map): " : "Sources: ") + sourcesText(listed);
    }

    /** {@link #sourcesLine} without its heading: "[1] …   [2] …" or "4,824 distinct sources; most cited: …". */
    private String sourcesText(int listed) {
        int named = Math.max(0, Math.min(listed, sources.size()));
        if (named == sources.size() && numbered()) {
            return String.join("   ", numberedSources());
        }
        StringBuilder line = new StringBuilder().append(count(sources.size()))
                .append(sources.size() == 1 ? " source" : " distinct sources");
        for (int i = 0; i < named; i++) {
            CitedSource source = sources.get(i);
            line.append(i == 0 ? "; most cited: " : " · ").append(source.citation()).append(" (")
                    .append(count(source.incidents())).append(source.incidents() == 1 ? " incident)" : " incidents)");
        }
        int rest = sources.size() - named;
        if (rest > 0 && named > 0) {
            line.append(" … and ").append(count(rest)).append(" more sources");
        }
        if (!sidecar.isEmpty() && named < sources.size()) {
            line.append(named == 0 ? "; full list in " : ": full list in ").append(sidecar);
        }
        return line.toString();
    }

    private static String count(int n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    /** "[1] …", one per source. */
    public List<String> numberedSources() {
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            numbered.add("[" + (i + 1) + "] " + sources.get(i).citation());
        }
        return numbered;
    }

    /** Every source with how many shown incidents cite it, one a line: "[1] … (3 incidents)"; for the PNG's text. */
    public String sourceList() {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < sources.size(); i++) {
            CitedSource source = sources.get(i);
            list.append(i == 0 ? "" : "\n").append('[').append(i + 1).append("] ").append(source.citation())
                    .append(" (").append(source.incidents()).append(source.incidents() == 1 ? " incident)" : " incidents)");
        }
        return list.toString();
    }

    /**
     * The source numbers of the incidents of one mark, "1,3", for the badge beside it; "" when the
     * sources are not numbered or the mark stands for more than {@value #BADGED_MAX_INCIDENTS}
     * incidents (a dense place or a cluster, where numbers would not stay legible).
     */
    public String badge(List<Incident> incidents) {
        if (!numbered() || incidents.size() > BADGED_MAX_INCIDENTS) {
            return "";
        }
        TreeSet<Integer> numbers = new TreeSet<>();
        for (Incident incident : incidents) {
            for (Incident.Source source : incident.sources()) {
                String citation = printable(shortForm(source));
                for (int i = 0; i < sources.size(); i++) {
                    if (sources.get(i).citation().equals(citation)) {
                        numbers.add(i + 1);
                    }
                }
            }
        }
        StringBuilder text = new StringBuilder();
        for (int n : numbers) {
            text.append(text.length() == 0 ? "" : ",").append(n);
        }
        return text.toString();
    }

    /**
     * The frame as text lines, one per element switched on, each starting with the element's
     * name ("title: …", "sources: [1] …"); for tests, and the description of an SVG export.
     */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        if (shows(FrameElement.TITLE) && !title.isEmpty()) {
            lines.add("title: " + title);
        }
        if (shows(FrameElement.DATE) && moment != null) {
            lines.add("moment: " + momentLine());
        }
        if (shows(FrameElement.DATE) && window != null) {
            lines.add("date: " + dateLine());
        }
        if (shows(FrameElement.FILTERS)) {
            lines.add("filters: " + filterLine());
        }
        if (shows(FrameElement.SOURCES) && !sources.isEmpty()) {
            lines.add("sources: " + sourcesText(Math.min(sources.size(), numbered() ? NUMBERED_MAX : LISTED_MAX)));
        }
        if (shows(FrameElement.LEGEND) && !legend.isEmpty()) {
            lines.add("legend: " + String.join("; ", legend.stream().map(LegendDrawing.Entry::text).toList()));
        }
        if (shows(FrameElement.SCALE_BAR)) {
            lines.add("scale-bar");
        }
        if (shows(FrameElement.NORTH_ARROW)) {
            lines.add("north-arrow");
        }
        if (shows(FrameElement.CREDITS) && !credits.isEmpty()) {
            lines.add("credits: " + creditLine());
        }
        if (shows(FrameElement.BORDERS_NOTE)) {
            lines.add("borders-note: " + bordersNote());
        }
        if (shows(FrameElement.VERSION)) {
            lines.add("version: " + versionLine());
        }
        return lines;
    }

    /**
     * Sources as the frame cites them, most cited first (then in the order first cited): sources
     * that differ only in what a citation leaves out (the file) are one, their counts added.
     */
    public static List<CitedSource> cited(List<org.araxes.incidents.IncidentStore.SourceUse> uses) {
        LinkedHashMap<String, Integer> counts = new LinkedHashMap<>();
        for (org.araxes.incidents.IncidentStore.SourceUse use : uses) {
            counts.merge(shortForm(use.source()), use.incidents(), Integer::sum);
        }
        List<CitedSource> cited = new ArrayList<>(counts.size());
        counts.forEach((citation, n) -> cited.add(new CitedSource(citation, n)));
        // stable: equal counts keep the order first cited
        cited.sort(java.util.Comparator.comparingInt(CitedSource::incidents).reversed());
        return cited;
    }

    /** A source as the frame lists it: its citation ({@link org.araxes.incidents.Citation}), never a file name. */
    public static String shortForm(Incident.Source source) {
        return org.araxes.incidents.Citation.of(source);
    }

    private static boolean known(String value) {
        return value != null && !value.isBlank() && !value.equals("unknown");
    }

    /** "none", or what the filter keeps: "categories Attack, War; text “drone”". */
    public static String describe(IncidentFilter filter) {
        if (filter.passesAll()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        if (filter.categories().size() != Category.values().length) {
            parts.add("categories " + labels(filter.categories().stream().sorted().map(Category::label).toList()));
        }
        if (filter.statuses().size() != Status.values().length) {
            parts.add("status " + labels(filter.statuses().stream().sorted().map(Status::label).toList()));
        }
        if (filter.roles().size() != Role.values().length) {
            parts.add("role " + labels(filter.roles().stream().sorted().map(Role::label).toList()));
        }
        if (!filter.actors().isEmpty()) {
            parts.add("actor " + labels(filter.actors().stream().sorted().toList()));
        }
        if (!filter.text().isEmpty()) {
            parts.add("text “" + filter.text() + "”");
        }
        return String.join("; ", parts);
    }

    private static String labels(List<String> values) {
        return values.isEmpty() ? "(none)" : String.join(", ", values);
    }
}
