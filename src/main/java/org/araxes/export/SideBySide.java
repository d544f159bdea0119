// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.araxes.geo.Viewport;
import org.araxes.presentation.MapState;
import org.araxes.render.EvidenceFrame;
import org.araxes.render.FrameLayout;
import org.araxes.render.MapComposition;
import org.araxes.timeline.TimeWindow;
import org.araxes.timeline.WindowMode;

/**
 * Two pictures of the same height set side by side in one, with a dark rule between them: the two
 * dates of a comparison exported as one picture, each half drawn whole by {@link MapExporter#render}
 * with its own evidence frame. Any thread.
 */
public final class SideBySide {

    /** The rule between the halves, in pixels at scale 1. */
    public static final int RULE = 2;

    private SideBySide() {
    }

    /**
     * Two states of the same area drawn side by side in one picture: each composed by the one
     * composer and drawn by {@link MapExporter#render} with its own evidence frame, its window's
     * last day printed large ({@link EvidenceFrame#atMoment}), then {@link #join joined}. Call on
     * the JavaFX thread.
     *
     * @param left   the left pane's state (its size is the pane's)
     * @param right  the right pane's state, of the same height
     * @param framer the evidence frame of a composition over a viewport, or a function giving null for the bare map
     */
    public static WritableImage render(MapState left, MapState right, Function<MapState, MapComposition> composer,
                                       BiFunction<MapComposition, Viewport, EvidenceFrame> framer) {
        WritableImage[] panes = new WritableImage[2];
        MapState[] states = {left, right};
        // the same ground at the same scale in both: each frame fits the area between its own bands,
        // so the pane whose bands are lower would zoom in further; it is zoomed out to the other's
        double[] zooms = {mapZoom(left, composer, framer), mapZoom(right, composer, framer)};
        double common = Math.min(zooms[0], zooms[1]);
        for (int i = 0; i < 2; i++) {
            MapState.Area area = states[i].area();
            states[i] = states[i].withArea(new MapState.Area(area.lon(), area.lat(),
                    Math.max(0, area.zoom() - (zooms[i] - common))));
        }
        for (int i = 0; i < 2; i++) {
            MapState state = states[i];
            MapComposition composition = composer.apply(state);
            EvidenceFrame frame = framer.apply(composition, state.viewport());
            panes[i] = MapExporter.render(composition, state.viewport(), state.scale(),
                    frame == null ? null : frame.atMoment(state.window().end()));
        }
        return join(panes[0], panes[1], left.scale());
    }

    /** The zoom at which a state's map is drawn inside its evidence frame (the frame's bands take room). */
    private static double mapZoom(MapState state, Function<MapState, MapComposition> composer,
                                  BiFunction<MapComposition, Viewport, EvidenceFrame> framer) {
        EvidenceFrame frame = framer.apply(composer.apply(state), state.viewport());
        return frame == null ? state.viewport().zoom()
                : FrameLayout.of(frame.atMoment(state.window().end()), state.viewport(), state.scale()).mapViewport().zoom();
    }

    /**
     * The two states of a comparison for a picture of a size: the left pane showing a state at its
     * own window, the right the same area at another window; each pane a half of the picture (less
     * the rule).
     */
    public static MapState[] panes(MapState state, int width, int height, double scale, TimeWindow leftWindow,
                                   TimeWindow rightWindow) {
        int[] halves = halves(width, scale);
        return new MapState[] {state.sized(halves[0], height, scale).at(leftWindow, WindowMode.MOVING),
            state.sized(halves[1], height, scale).at(rightWindow, WindowMode.MOVING)};
    }

    /**
     * The two pictures joined, left then right, with a rule of {@code RULE × scale} pixels (at least
     * one) between them.
     *
     * @throws IllegalArgumentException when their heights differ
     */
    public static WritableImage join(WritableImage left, WritableImage right, double scale) {
        int height = (int) left.getHeight();
        if ((int) right.getHeight() != height) {
            throw new IllegalArgumentException("the two halves differ in height: " + height + " and " + (int) right.getHeight());
        }
        int leftWidth = (int) left.getWidth();
        int rightWidth = (int) right.getWidth();
        int rule = ruleWidth(scale);
        WritableImage joined = new WritableImage(leftWidth + rule + rightWidth, height);
        joined.getPixelWriter().setPixels(0, 0, leftWidth, height, left.getPixelReader(), 0, 0);
        int[] dark = new int[rule * height];
        java.util.Arrays.fill(dark, 0xff333333);
        joined.getPixelWriter().setPixels(leftWidth, 0, rule, height, PixelFormat.getIntArgbInstance(), dark, 0, rule);
        joined.getPixelWriter().setPixels(leftWidth + rule, 0, rightWidth, height, right.getPixelReader(), 0, 0);
        return joined;
    }

    /** The rule's width at a scale, in pixels. */
    public static int ruleWidth(double scale) {
        return Math.max(1, (int) Math.round(RULE * scale));
    }

    /** The width of each half of a picture of a total width: what is left of it after the rule, halved (the left takes an odd pixel). */
    public static int[] halves(int width, double scale) {
        int room = Math.max(2, width - ruleWidth(scale));
        return new int[] {room - room / 2, room / 2};
    }
}
