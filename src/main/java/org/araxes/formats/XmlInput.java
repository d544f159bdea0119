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
 * reads no local file: XXE), entity expansion is limited by the JDK's own limits (billion laughs),
 * and the bytes read are counted by the caller's size limit. Coalescing is on, so a text split by
 * CDATA sections or entities comes as one piece.
 */
final class XmlInput {

    private XmlInput() {
    }

    /** A new safe factory (factories are not documented as thread-safe; one per read). */
    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
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
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing held
                }
            }
        }
    }
}
