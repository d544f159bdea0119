// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way Araxes opens XML (KML, GPX): the JDK's StAX parser made safe for files from anywhere.
 * No DTD is processed and no external entity is ever resolved (so a hostile file fetches no URL and
 * reads no local file: XXE), so no entity is declared or expanded (billion laughs); the bytes read
 * are counted (GeoFiles.open) and an element's text is read in pieces up to {@link #MAX_TEXT}
 * characters ({@link #text}), so a hostile file ends as a problem, not as an OutOfMemoryError.
 */
final class XmlInput {

    /** Longest text of one element, in characters (a description with a whole page in it is 1 % of it). */
    static final int MAX_TEXT = 10_000_000;

    private XmlInput() {
    }

    /** Thrown for an element whose text passes {@link #MAX_TEXT}. */
    static final class TextTooLongException extends XMLStreamException {
        private static final long serialVersionUID = 1L;

        TextTooLongException(javax.xml.stream.Location location) {
            super("an element's text is longer than " + MAX_TEXT + " characters (text length limit)", location);
        }
    }

    /**
     * The text of the element the reader is at (its START_ELEMENT), CDATA and entities included and
     * the text of elements inside it too, stripped; the reader is left at its END_ELEMENT.
     */
    static String text(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text.length() + reader.getTextLength() > MAX_TEXT) {
                        throw new TextTooLongException(reader.getLocation());
                    }
                    text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                }
                default -> {
                    // comments, processing instructions
                }
            }
        }
        return text.toString().strip();
    }

    /** Closes a parser, if any (the stream under it is its opener's to close). */
    static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // it holds nothing else
            }
        }
    }

    /** Skips the element the reader is at (its START_ELEMENT) and all inside it. */
    static void skip(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** "line L, column C" of the reader's place, or "". */
    static String place(javax.xml.stream.Location location) {
        return location == null || location.getLineNumber() < 1 ? ""
                : "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    /**
     * A failed read in plain words: a size limit or a cancel by its own message, a file cut short
     * as such, other XML errors as the parser says them (its first line, without its codes).
     */
    static String whyFailed(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.IOException io) {
                return io instanceof org.araxes.io.CancelledException ? "cancelled" : io.getMessage();
            }
            if (cause instanceof XMLStreamException x && x.getNestedException() instanceof java.io.IOException io) {
                return io instanceof org.araxes.io.CancelledException ? "cancelled" : io.getMessage();
            }
        }
        if (e instanceof TextTooLongException) {
            return e.getMessage().replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
        }
        String message = String.valueOf(e.getMessage());
        message = message.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        if (message.contains("must start and end within the same entity") || message.contains("Premature end of file")) {
            return "the file ends before its elements are closed (is it cut short?)";
        }
        if (message.contains("DOCTYPE") || message.contains("was referenced, but not declared")) {
            return "the file declares or uses entities (a DOCTYPE), which Araxes does not read for safety: " + firstLine(message);
        }
        return "not well-formed XML: " + firstLine(message);
    }

    /** Adds the problem of a read that stopped, with its place and how many features came before. */
    static void failed(Features out, XMLStreamException e, XMLStreamReader reader, String what) {
        String place = place(e.getLocation());
        if (place.isEmpty() && reader != null) {
            try {
                place = place(reader.getLocation());
            } catch (RuntimeException ignored) {
                place = "";
            }
        }
        out.error(place, whyFailed(e) + (out.count() == 0 ? "" : "; the " + out.count() + " " + what
                + " before it were loaded"));
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    /** A new safe factory (factories are not documented as thread-safe; one per read). */
    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false); // text comes in pieces, so a limit can stop it
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return factory;
    }

    /** A reader of a byte stream (its encoding from its declaration or byte-order mark). */
    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return factory().createXMLStreamReader(in);
    }

    /**
     * The root element in the first bytes of a file, as {@code "{namespace}local"} or
     * {@code "local"}, or null when the bytes hold none (or are not XML).
     */
    static String rootElement(byte[] head) {
        XMLStreamReader reader = null;
        try {
            reader = reader(new ByteArrayInputStream(head));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    String namespace = reader.getNamespaceURI();
                    return (namespace == null || namespace.isEmpty() ? "" : "{" + namespace + "}") + reader.getLocalName();
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            return null;
        } finally {
            close(reader);
        }
    }
}
