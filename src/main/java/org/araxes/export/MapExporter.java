// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.araxes.geo.Viewport;
import org.araxes.render.EvidenceFrame;
import org.araxes.render.FrameElement;
import org.araxes.render.FrameLayout;
import org.araxes.render.FxSurface;
import org.araxes.render.IncidentRenderer;
import org.araxes.render.MapComposition;

/**
 * Renders a map picture off screen at the output resolution (never an upscaled screenshot) and
 * writes it as PNG, atomically: a temporary file in the target folder, then a move over the target,
 * so an interrupted export never leaves a broken file. The PNG carries its resolution (pHYs, for
 * print) and the evidence frame as text chunks.
 *
 * <p>Large pictures are drawn in stripes of at most {@value #STRIPE_ROWS} rows, each on its own
 * canvas: a JavaFX canvas is one texture, and textures have a size limit on some pipelines.
 * Vectors and labels are laid out for the whole picture in every stripe, and the export owns one
 * incident picture (radii of doubt and clusters) laid out for the whole picture, of which each
 * stripe draws its own rows: stripes join exactly.
 */
public final class MapExporter {

    /** The most rows drawn on one canvas. */
    public static final int STRIPE_ROWS = 2048;

    private MapExporter() {
    }

    /**
     * Renders a composition with an evidence frame. Call on the JavaFX thread.
     *
     * @param viewport the area and output size in pixels
     * @param scale    line and type scale (1 = screen)
     * @param frame    the evidence frame, or null for the bare map
     */
    public static WritableImage render(MapComposition composition, Viewport viewport, double scale, EvidenceFrame frame) {
        int width = (int) Math.round(viewport.width());
        int height = (int) Math.round(viewport.height());
        WritableImage out = new WritableImage(width, height);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        // this export's own incident picture: laid out once for the whole picture, each stripe draws its rows of it
        IncidentRenderer incidents = new IncidentRenderer();
        FrameLayout layout = frame == null ? null : FrameLayout.of(frame, viewport, scale);
        for (int top = 0; top < height; top += STRIPE_ROWS) {
            int rows = Math.min(STRIPE_ROWS, height - top);
            Canvas canvas = new Canvas(width, rows);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setFill(Color.WHITE);
            gc.fillRect(0, 0, width, rows);
            gc.translate(0, -top);
            composition.drawFramed(new FxSurface(gc), viewport, scale, incidents, frame, layout);
            WritableImage stripe = canvas.snapshot(parameters, new WritableImage(width, rows));
            out.getPixelWriter().setPixels(0, top, width, rows, stripe.getPixelReader(), 0, 0);
        }
        return out;
    }

    /** Writes an image as PNG at 96 dpi, atomically. Any thread. */
    public static void writePng(WritableImage image, Path target) throws IOException {
        writePng(image, target, 96, Map.of());
    }

    /**
     * Writes an image as PNG, atomically, with its resolution and text chunks. Any thread.
     *
     * @param dpi  dots per inch, written as the PNG pHYs chunk (in pixels per metre)
     * @param text keyword → text, written as UTF-8 iTXt chunks ("Title", "Description"…)
     */
    public static void writePng(WritableImage image, Path target, int dpi, Map<String, String> text) throws IOException {
        writePng(toBuffered(image), target, dpi, text);
    }

    /** Writes a picture as PNG, atomically, with its resolution and text chunks. Any thread. */
    static void writePng(BufferedImage buffered, Path target, int dpi, Map<String, String> text) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        org.araxes.io.AtomicFiles.write(absolute, out -> writePng(buffered, out, dpi, text));
    }

    /** A picture's pixels as ARGB ints, row by row. Any thread. */
    public static int[] pixels(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return argb;
    }

    /** ARGB pixels as an RGB picture for ImageIO. */
    static BufferedImage toBuffered(int[] argb, int width, int height) {
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        buffered.setRGB(0, 0, width, height, argb, 0, width);
        return buffered;
    }

    private static BufferedImage toBuffered(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width * Math.min(height, 256)];
        for (int top = 0; top < height; top += 256) {
            int rows = Math.min(256, height - top);
            image.getPixelReader().getPixels(0, top, width, rows, PixelFormat.getIntArgbInstance(), row, 0, width);
            buffered.setRGB(0, top, width, rows, row, 0, width);
        }
        return buffered;
    }

    private static void writePng(BufferedImage image, OutputStream out, int dpi, Map<String, String> text) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer available");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            String format = "javax_imageio_png_1.0";
            IIOMetadataNode root = new IIOMetadataNode(format);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = Long.toString(Math.round(dpi / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            root.appendChild(phys);
            if (!text.isEmpty()) {
                IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
                for (Map.Entry<String, String> entry : text.entrySet()) {
                    IIOMetadataNode item = new IIOMetadataNode("iTXtEntry");
                    item.setAttribute("keyword", entry.getKey());
                    // a long text (the full list of sources) is stored deflated; readers inflate it
                    item.setAttribute("compressionFlag", entry.getValue().length() > 4096 ? "TRUE" : "FALSE");
                    item.setAttribute("compressionMethod", "0");
                    item.setAttribute("languageTag", "");
                    item.setAttribute("translatedKeyword", "");
                    item.setAttribute("text", entry.getValue());
                    itxt.appendChild(item);
                }
                root.appendChild(itxt);
            }
            metadata.mergeTree(format, root);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /** The PNG text chunks for a frame: title, description (the frame's lines), software, time. */
    public static Map<String, String> textChunks(EvidenceFrame frame) {
        Map<String, String> text = new java.util.LinkedHashMap<>();
        if (frame == null) {
            text.put("Software", "Araxes");
            return text;
        }
        if (!frame.title().isEmpty()) {
            text.put("Title", frame.title());
        }
        EvidenceFrame everything = frame.withElements(java.util.EnumSet.allOf(FrameElement.class));
        text.put("Description", String.join("\n", everything.describe()));
        if (!frame.sources().isEmpty()) {
            text.put("Sources", frame.sourceList());
        }
        text.put("Software", "Araxes");
        text.put("Creation Time", java.time.format.DateTimeFormatter.ISO_INSTANT.format(frame.exportedAt()));
        return text;
    }
}
