// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animation as a GIF that loops for ever (the NETSCAPE2.0 application extension), with the
 * JDK's own GIF writer: each frame gets its own palette of at most 256 colours (the writer's
 * octree quantiser), and shows for {@code round(100 / fps)} hundredths of a second, the unit GIF
 * counts in (so 3 frames a second play at 0.33 s a frame).
 */
final class GifWriter implements AnimationWriter {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final TemporaryTarget file;
    private final int width;
    private final int height;
    private final int delay;
    private final ImageOutputStream stream;
    private final ImageWriter writer;
    private int frames;

    GifWriter(Path target, int width, int height, int fps) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("no GIF writer available");
        }
        this.file = new TemporaryTarget(target, ".gif");
        this.width = width;
        this.height = height;
        this.delay = Math.max(1, Math.round(100f / fps));
        this.writer = writers.next();
        this.stream = ImageIO.createImageOutputStream(file.temporary().toFile());
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
    }

    /** How long each frame shows, in hundredths of a second. */
    int delay() {
        return delay;
    }

    @Override
    public void add(int[] argb) throws IOException {
        BufferedImage image = MapExporter.toBuffered(argb, width, height);
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delay));
        control.setAttribute("transparentColorIndex", "0");
        if (frames == 0) {
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0, for ever
            child(root, "ApplicationExtensions").appendChild(loop);
        }
        metadata.setFromTree(FORMAT, root);
        writer.writeToSequence(new IIOImage(image, null, metadata), param);
        frames++;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    @Override
    public void finish() throws IOException {
        writer.endWriteSequence();
        stream.close();
        writer.dispose();
        file.putInPlace();
    }

    @Override
    public void close() throws IOException {
        if (!file.placed()) {
            writer.dispose();
            stream.close();
            file.discard();
        }
    }
}
