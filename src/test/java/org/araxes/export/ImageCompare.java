// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

/** Pixel comparison for tests: how many pixels of two same-size images differ beyond a tolerance. */
public final class ImageCompare {

    private ImageCompare() {
    }

    /** The number of pixels whose red, green or blue differ by more than the tolerance (0–255). */
    public static int differing(Image a, Image b, int tolerance) {
        int width = (int) Math.min(a.getWidth(), b.getWidth());
        int height = (int) Math.min(a.getHeight(), b.getHeight());
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int count = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = ra.getArgb(x, y);
                int q = rb.getArgb(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    if (Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)) > tolerance) {
                        count++;
                        break;
                    }
                }
            }
        }
        return count;
    }
}
