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
 * incidents' sources (numbered; the markers carry the numbers), legend, credits, how borders and
 * names are drawn, dataset version and export time. {@link FrameRenderer} draws it; {@link #describe}
 * gives it as text lines, for tests and the SVG's description.
 *
 * @param elements       the elements switched on
 * @param title          the title, or "" for none
 * @param window         the time window whose incidents are shown, or null when no incidents are
 * @param filter         the incident filter in force
 * @param shownCount     how many incidents the picture shows
 * @param totalCount     how many are loaded
 * @param sources        short forms of the shown incidents' sources; number n is at index n-1
 * @param legend         legend entries, map kinds first, then incident categories
 * @param credits        the distinct credit parts of the data shown
 * @param language       the label language code (en, az, hy, fa, ru)
 * @param datasetVersion the incidents file's {@code araxes.version}, or "" when unknown
 * @param exportedAt     when the picture was made (UTC)
 */
public record EvidenceFrame(Set<FrameElement> elements, String title, TimeWindow window, IncidentFilter filter,
                            int shownCount, int totalCount, List<String> sources, List<LegendDrawing.Entry> legend,
                            List<String> credits, String language, String datasetVersion, Instant exportedAt) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Map<String, String> LANGUAGES = Map.of("en", "English", "az", "Azerbaijani",
            "hy", "Armenian", "fa", "Persian", "ru", "Russian");

    public EvidenceFrame {
        elements = elements == null || elements.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(elements));
        title = title == null ? "" : printable(title).strip();
        filter = filter == null ? IncidentFilter.all() : filter;
        if (shownCount < 0 || totalCount < shownCount) {
            throw new IllegalArgumentException("shown " + shownCount + " of " + totalCount + " incidents is impossible");
        }
        sources = sources.stream().map(EvidenceFrame::printable).toList();
        legend = List.copyOf(legend);
        credits = credits.stream().map(EvidenceFrame::printable).toList();
        language = language == null ? "en" : language;
        datasetVersion = datasetVersion == null ? "" : printable(datasetVersion).strip();
        exportedAt = (exportedAt == null ? Instant.now() : exportedAt).truncatedTo(ChronoUnit.SECONDS);
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
        org.locationtech.jts.geom.Envelope area = viewport.visibleBounds();
        List<Incident> incidents = shown == null ? List.of() : shown.incidents().stream()
                .filter(i -> i.hasPoint() && area.contains(i.point().lon(), i.point().lat())).toList();
        java.util.LinkedHashSet<org.araxes.io.LayerInfo.Kind> kinds = new java.util.LinkedHashSet<>();
        composition.layers().forEach(l -> kinds.add(l.renderer().layer().info().kind()));
        List<LegendDrawing.Entry> legend = new ArrayList<>(LegendDrawing.entries(kinds));
        legend.addAll(LegendDrawing.categoryEntries(incidents.stream().filter(Incident::hasPoint)
                .map(Incident::category).collect(java.util.stream.Collectors.toSet())));
        return new EvidenceFrame(elements, title, shown == null ? null : shown.window(), filter, incidents.size(),
                shown == null ? 0 : shown.store().size(), sourcesOf(incidents), legend,
                MapComposition.creditParts(composition.credits()), composition.language(), datasetVersion, exportedAt);
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
                language, datasetVersion, exportedAt);
    }

    /** The same frame with another title. */
    public EvidenceFrame withTitle(String value) {
        return new EvidenceFrame(elements, value, window, filter, shownCount, totalCount, sources, legend, credits,
                language, datasetVersion, exportedAt);
    }

    /**
     * The footer's lines in order, before wrapping: the numbered sources, the credits, how borders
     * and names are drawn, the dataset version; each only when shown. PNG and SVG share them.
     */
    public List<String> footerLines() {
        List<String> lines = new java.util.ArrayList<>();
        for (FrameElement element : FOOTER) {
            String text = footerText(element);
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        return lines;
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
            case SOURCES -> sources.isEmpty() ? "" : "Sources (numbers on the map): " + String.join("   ", numberedSources());
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

    /** "[1] …", one per source. */
    public List<String> numberedSources() {
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            numbered.add("[" + (i + 1) + "] " + sources.get(i));
        }
        return numbered;
    }

    /** The source numbers of some incidents, "1,3", for the badge beside their marker. */
    public String badge(List<Incident> incidents) {
        TreeSet<Integer> numbers = new TreeSet<>();
        for (Incident incident : incidents) {
            for (Incident.Source source : incident.sources()) {
                int index = sources.indexOf(shortForm(source));
                if (index >= 0) {
                    numbers.add(index + 1);
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
        if (shows(FrameElement.DATE) && window != null) {
            lines.add("date: " + dateLine());
        }
        if (shows(FrameElement.FILTERS)) {
            lines.add("filters: " + filterLine());
        }
        if (shows(FrameElement.SOURCES) && !sources.isEmpty()) {
            lines.add("sources: " + String.join(" ", numberedSources()));
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

    /** The distinct short forms of the sources of some incidents, in the incidents' order. */
    public static List<String> sourcesOf(List<Incident> incidents) {
        LinkedHashMap<String, Boolean> seen = new LinkedHashMap<>();
        for (Incident incident : incidents) {
            for (Incident.Source source : incident.sources()) {
                seen.putIfAbsent(shortForm(source), Boolean.TRUE);
            }
        }
        return List.copyOf(seen.keySet());
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
