// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * What an exported PNG says about itself, read back with ImageIO: its resolution (pHYs) and its
 * text chunks. For checking exports (tests, and anyone verifying a picture's provenance).
 *
 * @param pixelsPerMetre the pHYs resolution, or 0 when the file has none
 * @param text           keyword → text of the tEXt, zTXt and iTXt chunks
 */
public record PngMetadata(long pixelsPerMetre, Map<String, String> text) {

    public PngMetadata {
        text = Map.copyOf(text);
    }

    /** The resolution in dots per inch, rounded; 0 when the file states none. */
    public long dpi() {
        return Math.round(pixelsPerMetre * 0.0254);
    }

    /** Reads a PNG's metadata. */
    public static PngMetadata read(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                throw new IOException(file + ": not an image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                IIOMetadata metadata = reader.getImageMetadata(0);
                Node root = metadata.getAsTree("javax_imageio_png_1.0");
                long perMetre = 0;
                Map<String, String> text = new LinkedHashMap<>();
                for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
                    switch (node.getNodeName()) {
                        case "pHYs" -> {
                            if ("meter".equals(attribute(node, "unitSpecifier"))) {
                                perMetre = Long.parseLong(attribute(node, "pixelsPerUnitXAxis"));
                            }
                        }
                        case "tEXt", "zTXt", "iTXt" -> {
                            for (Node entry = node.getFirstChild(); entry != null; entry = entry.getNextSibling()) {
                                String value = attribute(entry, "value") != null ? attribute(entry, "value") : attribute(entry, "text");
                                text.put(attribute(entry, "keyword"), value == null ? "" : value);
                            }
                        }
                        default -> {
                        }
                    }
                }
                return new PngMetadata(perMetre, text);
            } finally {
                reader.dispose();
            }
        }
    }

    private static String attribute(Node node, String name) {
        Node attribute = node.getAttributes() == null ? null : node.getAttributes().getNamedItem(name);
        return attribute == null ? null : attribute.getNodeValue();
    }
}
