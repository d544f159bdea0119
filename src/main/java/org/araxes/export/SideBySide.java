// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

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
