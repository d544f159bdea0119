// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.araxes.incidents.Category;
import org.araxes.incidents.Citation;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentCsvColumns;

/**
 * Writes incidents as KML 2.2 (UTF-8) for Google Earth and GIS programs: one {@code Placemark} per
 * incident, in the order given, with
 * <ul>
 *   <li>{@code TimeStamp} for a known single day and {@code TimeSpan} (first and last day) for
 *       anything longer or less precise, so Google Earth's time slider plays them;</li>
 *   <li>a shared {@code Style} per category ({@code #category-<code>}, its colour from
 *       {@link Category#colour});</li>
 *   <li>a {@code description} (HTML, every text escaped) with the summary, the date and place as
 *       people read them, and each source cited ({@link Citation}) with its quote and, for an
 *       http(s) source, its link;</li>
 *   <li>{@code ExtendedData} holding the columns of {@link IncidentCsvColumns}, the same values as
 *       the CSV export (without the spreadsheet apostrophe), so a reader gets every field back;</li>
 *   <li>a {@code Point} ({@code lon,lat}, at most 7 decimals), or no geometry when the incident has
 *       no point.</li>
 * </ul>
 * The stream is not closed.
 */
public final class IncidentKmlWriter {

    private static final String KML = "http://www.opengis.net/kml/2.2";

    private IncidentKmlWriter() {
    }

    /** Writes the incidents as a KML document named {@value IncidentGeoJsonWriter#DEFAULT_TITLE}. */
    public static void write(List<Incident> incidents, OutputStream out) throws IOException {
        write(incidents, IncidentGeoJsonWriter.DEFAULT_TITLE, out);
    }

    /** Writes the incidents as a KML document with a name. */
    public static void write(List<Incident> incidents, String name, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("kml");
            xml.writeDefaultNamespace(KML);
            xml.writeCharacters("\n");
            xml.writeStartElement("Document");
            element(xml, "name", name);
            Set<Category> used = EnumSet.noneOf(Category.class);
            incidents.forEach(i -> used.add(i.category()));
            for (Category category : used) {
                style(xml, category);
            }
            for (Incident incident : incidents) {
                placemark(xml, incident);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write KML: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void style(XMLStreamWriter xml, Category category) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement("Style");
        xml.writeAttribute("id", styleId(category));
        xml.writeStartElement("IconStyle");
        element(xml, "color", kmlColour(category.colour()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** The style's id: {@code category-} and the category's code. */
    static String styleId(Category category) {
        return "category-" + category.code();
    }

    /** {@code #RRGGBB} as KML's {@code aabbggrr}, opaque. */
    static String kmlColour(String rgb) {
        String hex = rgb.substring(1).toLowerCase(java.util.Locale.ROOT);
        return "ff" + hex.substring(4, 6) + hex.substring(2, 4) + hex.substring(0, 2);
    }

    private static void placemark(XMLStreamWriter xml, Incident incident) throws XMLStreamException, IOException {
        xml.writeCharacters("\n");
        xml.writeStartElement("Placemark");
        xml.writeAttribute("id", incident.id());
        element(xml, "name", incident.title());
        element(xml, "description", description(incident));
        Incident.When date = incident.date();
        if (date.start().equals(date.end())) {
            xml.writeStartElement("TimeStamp");
            element(xml, "when", date.start().toString());
            xml.writeEndElement();
        } else {
            xml.writeStartElement("TimeSpan");
            element(xml, "begin", date.start().toString());
            element(xml, "end", date.end().toString());
            xml.writeEndElement();
        }
        element(xml, "styleUrl", "#" + styleId(incident.category()));
        xml.writeStartElement("ExtendedData");
        List<String> cells = IncidentCsvWriter.row(incident);
        for (int i = 0; i < cells.size(); i++) {
            xml.writeStartElement("Data");
            xml.writeAttribute("name", IncidentCsvColumns.ALL.get(i));
            element(xml, "value", cells.get(i));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        if (incident.point() != null) {
            xml.writeStartElement("Point");
            element(xml, "coordinates", IncidentGeoJsonWriter.coordinate(incident.point().lon()) + ","
                    + IncidentGeoJsonWriter.coordinate(incident.point().lat()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** The balloon's HTML: summary, date, place, status, and the sources cited with quote and link. */
    static String description(Incident incident) {
        StringBuilder html = new StringBuilder();
        html.append("<p>").append(html(incident.summary())).append("</p>");
        html.append("<p>").append(html(incident.date().display())).append("<br>")
                .append(html(incident.location().display())).append("<br>")
                .append(html(incident.category().label() + ", " + incident.status().label())).append("</p>");
        html.append("<p>Sources:</p><ol>");
        for (Incident.Source source : incident.sources()) {
            html.append("<li>").append(html(Citation.of(source)));
            if (!source.quote().isBlank()) {
                html.append("<br>“").append(html(source.quote())).append("”");
            }
            source.link().ifPresent(uri -> html.append("<br><a href=\"").append(html(uri.toString())).append("\">")
                    .append(html(uri.toString())).append("</a>"));
            html.append("</li>");
        }
        return html.append("</ol>").toString();
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\n", "<br>");
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
