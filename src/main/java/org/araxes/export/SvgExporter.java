// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.araxes.geo.Viewport;
import org.araxes.render.EvidenceFrame;
import org.araxes.render.FrameElement;
import org.araxes.render.FrameLayout;
import org.araxes.render.IncidentRenderer;
import org.araxes.render.MapComposition;
import org.araxes.render.SvgSurface;

/**
 * Writes a map as an SVG document. The drawing is the PNG's own: the composition and the evidence
 * frame draw onto an {@link SvgSurface}, which writes one element per drawing operation (the
 * basemap and the layers as paths, labels and frame text as {@code <text>} in the fonts the PNG
 * measures with, the incidents' symbols, radii of doubt, clusters and badges as shapes). This
 * class only assembles the document around them: the root element, the title and description
 * (the frame's text), a white background.
 */
public final class SvgExporter {

    private SvgExporter() {
    }

    /** The SVG for a composition. Call on the JavaFX thread (text is measured with JavaFX). */
    public static String svg(MapComposition composition, Viewport viewport, double scale, EvidenceFrame frame) {
        double w = viewport.width();
        double h = viewport.height();
        StringBuilder svg = new StringBuilder(1 << 20);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(number(w))
                .append("\" height=\"").append(number(h)).append("\" viewBox=\"0 0 ").append(number(w)).append(' ')
                .append(number(h)).append("\" ").append(SvgSurface.DEFAULTS).append(">\n");
        if (frame != null) {
            if (!frame.title().isEmpty()) {
                svg.append("<title>").append(SvgSurface.xml(frame.title())).append("</title>\n");
            }
            svg.append("<desc>").append(SvgSurface.xml(String.join("\n",
                    frame.withElements(java.util.EnumSet.allOf(FrameElement.class)).describe()))).append("</desc>\n");
        }
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        SvgSurface surface = new SvgSurface(svg);
        composition.drawFramed(surface, viewport, scale, new IncidentRenderer(), frame,
                frame == null ? null : FrameLayout.of(frame, viewport, scale));
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** Writes SVG text to a file, atomically (temporary file, then a move). */
    public static void write(String svg, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        org.araxes.io.AtomicFiles.write(absolute, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
