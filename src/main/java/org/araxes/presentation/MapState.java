// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.araxes.geo.Viewport;
import org.araxes.incidents.IncidentFilter;
import org.araxes.timeline.TimeWindow;
import org.araxes.timeline.WindowMode;
import org.locationtech.jts.geom.Envelope;

/**
 * Everything that decides what a map picture shows, as one immutable value: the window's
 * view-models produce it, a saved view and a story step turn into it through {@link #showing}, the
 * command line builds it the same way, and every output (the screen, a PNG or SVG export, the
 * clipboard) draws from it.
 *
 * <p>The area is a centre and a zoom for a picture of {@code width} × {@code height} pixels drawn
 * at {@code scale} (1 on screen; 2 for a picture with twice the pixels over the same ground, lines
 * and type twice as thick). {@link #viewport()} is the one place the zoom of a picture follows from
 * these.
 *
 * @param area              the centre and zoom of the map at scale 1
 * @param width             picture width in pixels (the output's, scale included), positive
 * @param height            picture height in pixels, positive
 * @param scale             how much larger than on screen lines and type are, positive
 * @param basemap           whether the basemap is drawn
 * @param basemapOpacity    0–1
 * @param layers            every map layer, bottom first, with its visibility and opacity
 * @param window            the days whose incidents are shown
 * @param mode              how the window follows the timeline's day (a moving window or from the start)
 * @param filter            which incidents pass
 * @param incidentsShown    whether incidents are drawn at all
 * @param language          label language code
 * @param selected          id of the selected incident, or null
 * @param ringed            ids of the incidents ringed (a story step's highlights)
 * @param subject           ids of the features the picture is about (a view's subject): their names are placed first
 * @param presentationScale how much larger labels are set than at the desk (presenting to a room), positive
 */
public record MapState(Area area, double width, double height, double scale, boolean basemap, double basemapOpacity,
                       List<Layer> layers, TimeWindow window, WindowMode mode, IncidentFilter filter,
                       boolean incidentsShown, String language, String selected, List<String> ringed,
                       List<String> subject, double presentationScale) {

    /** The view of the whole region (the home view, and what the command line shows without a box). */
    public static final MapExtent.Box HOME = new MapExtent.Box(43.5, 36.5, 50.5, 42.0);

    /**
     * A centre and a zoom level.
     *
     * @param lon  centre longitude in degrees
     * @param lat  centre latitude in degrees
     * @param zoom Web Mercator zoom level at scale 1, 0–30
     */
    public record Area(double lon, double lat, double zoom) {
        public Area {
            if (!Double.isFinite(lon) || !Double.isFinite(lat) || !(zoom >= 0 && zoom <= 30)) {
                throw new IllegalArgumentException("no such map area: centre " + lon + ", " + lat + " at zoom " + zoom);
            }
        }

        /**
         * The centre and zoom a view's extent comes to in a picture of a size (at scale 1): a
         * centre as it is, a box fitted into the size.
         */
        public static Area of(MapExtent extent, double width, double height) {
            if (extent instanceof MapExtent.Centre c) {
                return new Area(c.lon(), c.lat(), c.zoom());
            }
            MapExtent.Box b = (MapExtent.Box) extent;
            Viewport fitted = Viewport.fitting(new Envelope(b.west(), b.east(), b.south(), b.north()),
                    Math.max(1, width), Math.max(1, height));
            return new Area(fitted.centerLongitude(), fitted.centerLatitude(), fitted.zoom());
        }
    }

    /**
     * One map layer as drawn.
     *
     * @param id      the layer's id
     * @param visible whether it is drawn
     * @param opacity 0–1
     */
    public record Layer(String id, boolean visible, double opacity) {
        public Layer {
            Objects.requireNonNull(id, "id");
            opacity = Double.isNaN(opacity) ? 1 : Math.max(0, Math.min(1, opacity));
        }
    }

    public MapState {
        Objects.requireNonNull(area, "area");
        if (!(width > 0 && height > 0 && scale > 0 && presentationScale > 0)) {
            throw new IllegalArgumentException("a map of " + width + "×" + height + " at scale " + scale
                    + " (labels ×" + presentationScale + ") cannot be drawn");
        }
        basemapOpacity = Double.isNaN(basemapOpacity) ? 1 : Math.max(0, Math.min(1, basemapOpacity));
        layers = List.copyOf(layers);
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(mode, "mode");
        filter = filter == null ? IncidentFilter.all() : filter;
        language = language == null || language.isBlank() ? "en" : language;
        selected = selected == null || selected.isBlank() ? null : selected;
        ringed = ringed == null ? List.of() : List.copyOf(ringed);
        subject = subject == null ? List.of() : List.copyOf(subject);
    }

    /**
     * The state before any view is shown, as the window starts and as the command line starts from:
     * the whole region, every layer shown, the basemap, all incidents in the last
     * {@link WindowMode#START_LENGTH_DAYS} days of the data, nothing selected or ringed.
     *
     * @param layerIds the map layers, bottom first
     * @param dataFirstDay the data's first day (epoch day)
     * @param dataLastDay  the data's last day (epoch day)
     */
    public static MapState initial(double width, double height, double scale, List<String> layerIds,
                                   int dataFirstDay, int dataLastDay, String language) {
        List<Layer> layers = layerIds.stream().map(id -> new Layer(id, true, 1)).toList();
        return new MapState(Area.of(HOME, width / scale, height / scale), width, height, scale, true, 1, layers,
                WindowMode.startWindow(dataFirstDay, dataLastDay), WindowMode.MOVING, IncidentFilter.all(),
                true, language, null, List.of(), List.of(), 1);
    }

    /**
     * The viewport of the picture: the area's centre, zoomed by the scale so the same ground fills
     * a picture {@code scale} times as many pixels wide. The one place a picture's zoom is computed.
     */
    public Viewport viewport() {
        return Viewport.centeredOn(area.lon(), area.lat(), area.zoom() + Math.log(scale) / Math.log(2), width, height);
    }

    /**
     * This state shown with a saved view: <b>the</b> one way a view (from the Views menu, a story
     * step, the last session or the command line) becomes what is drawn. What the view gives
     * replaces the state's; what it leaves out stays:
     * <ul>
     *   <li>the extent: a centre as it is, a box fitted into this picture's size at scale 1;</li>
     *   <li>the time: a window of days as it is, a single day as a window of that one day
     *       ({@link ViewTime#window()}), always as a moving window;</li>
     *   <li>the layers the view names as shown or hidden become so; the others stay as they are;</li>
     *   <li>the filter, when the view has one;</li>
     *   <li>the selection, when the view names an incident;</li>
     *   <li>the subject: the view's (none when it names none).</li>
     * </ul>
     * Rings stay as they are ({@link #showing(StoryStep)} sets them).
     */
    public MapState showing(SavedView view) {
        Area shownArea = Area.of(view.extent(), width / scale, height / scale);
        TimeWindow shownWindow = window;
        WindowMode shownMode = mode;
        if (view.time() != null) {
            shownWindow = view.time().window();
            shownMode = WindowMode.MOVING;
        }
        List<Layer> shownLayers = new ArrayList<>(layers.size());
        for (Layer layer : layers) {
            boolean on = view.layers() != null && view.layers().contains(layer.id()) || layer.visible()
                    && (view.hiddenLayers() == null || !view.hiddenLayers().contains(layer.id()));
            shownLayers.add(new Layer(layer.id(), on, layer.opacity()));
        }
        return new MapState(shownArea, width, height, scale, basemap, basemapOpacity, shownLayers, shownWindow,
                shownMode, view.filter() != null ? view.filter() : filter, incidentsShown, language,
                view.selected() != null ? view.selected() : selected, ringed, view.subject(), presentationScale);
    }

    /** This state shown with a story step: its view ({@link #showing(SavedView)}) with its incidents ringed. */
    public MapState showing(StoryStep step) {
        return showing(step.view()).withRinged(step.highlight());
    }

    /**
     * The same ground in a picture of another size: the same centre and zoom at scale 1, the
     * pixels and the line and type scale of the picture (an export of what the window shows).
     */
    public MapState sized(double newWidth, double newHeight, double newScale) {
        return new MapState(area, newWidth, newHeight, newScale, basemap, basemapOpacity, layers, window, mode,
                filter, incidentsShown, language, selected, ringed, subject, presentationScale);
    }

    /** The same state over another area (centre and zoom at scale 1). */
    public MapState withArea(Area newArea) {
        return new MapState(newArea, width, height, scale, basemap, basemapOpacity, layers, window, mode, filter,
                incidentsShown, language, selected, ringed, subject, presentationScale);
    }

    /** The same state with other incidents ringed. */
    public MapState withRinged(List<String> ids) {
        return new MapState(area, width, height, scale, basemap, basemapOpacity, layers, window, mode, filter,
                incidentsShown, language, selected, ids, subject, presentationScale);
    }

    /** The same state with incidents drawn or not. */
    public MapState withIncidentsShown(boolean value) {
        return new MapState(area, width, height, scale, basemap, basemapOpacity, layers, window, mode, filter,
                value, language, selected, ringed, subject, presentationScale);
    }

    /**
     * The same state at another moment of the timeline: another window of days and how it follows
     * the timeline (a frame of an animation, one pane of a comparison).
     */
    public MapState at(TimeWindow newWindow, WindowMode newMode) {
        return new MapState(area, width, height, scale, basemap, basemapOpacity, layers, newWindow, newMode, filter,
                incidentsShown, language, selected, ringed, subject, presentationScale);
    }

    /** The ids of the layers drawn, bottom first. */
    public List<String> visibleLayerIds() {
        return layers.stream().filter(Layer::visible).map(Layer::id).toList();
    }

    /**
     * The state as a saved view (Views ▸ Save view, the last session): the area as a centre, the
     * window of days, the layers shown and hidden, the selection and, when {@code withFilter}, the
     * filter.
     */
    public SavedView toView(String name, boolean withFilter) {
        List<String> hidden = layers.stream().filter(l -> !l.visible()).map(Layer::id).toList();
        return new SavedView(name, new MapExtent.Centre(area.lon(), area.lat(), area.zoom()),
                ViewTime.window(window.start(), window.end()), visibleLayerIds(), hidden,
                withFilter ? filter : null, selected, "", subject);
    }
}
