// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.araxes.incidents.Category;
import org.araxes.incidents.DateBasis;
import org.araxes.incidents.DatePrecision;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentResult;
import org.araxes.incidents.LocationPrecision;
import org.araxes.incidents.Role;
import org.araxes.incidents.Status;
import org.araxes.incidents.edit.IncidentIds;
import org.araxes.io.Problem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The incident form's state: every field of the incident format as text or a choice, checked as
 * it changes by the reader's own rules ({@link IncidentReader#check}), so what the form accepts is
 * exactly what a file would be read with. Each problem is put on the field it is about
 * ({@link #errors()}); {@link #incidentProperty()} is the incident when there is none. Holds no nodes.
 */
public final class IncidentFormModel {

    /** A field of the form, the key of its error. */
    public enum Field { ID, TITLE, SUMMARY, ACTORS, DATE_START, DATE_END, POINT, SOURCES }

    /** One source row: publisher, author, title, date, link and the exact quote. */
    public static final class SourceRow {
        public final StringProperty publisher = new SimpleStringProperty(this, "publisher", "");
        public final StringProperty author = new SimpleStringProperty(this, "author", "");
        public final StringProperty title = new SimpleStringProperty(this, "title", "");
        public final StringProperty published = new SimpleStringProperty(this, "published", "");
        public final StringProperty link = new SimpleStringProperty(this, "link", "");
        public final StringProperty quote = new SimpleStringProperty(this, "quote", "");
        private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>(this, "error");

        /** What is wrong with this source, or null. */
        public ReadOnlyObjectProperty<String> errorProperty() {
            return error.getReadOnlyProperty();
        }

        StringProperty[] fields() {
            return new StringProperty[] {publisher, author, title, published, link, quote};
        }
    }

    public final StringProperty id = new SimpleStringProperty(this, "id", "");
    public final StringProperty title = new SimpleStringProperty(this, "title", "");
    public final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    public final ObjectProperty<Category> category = new SimpleObjectProperty<>(this, "category", Category.OTHER);
    /** The actors, separated by commas. */
    public final StringProperty actors = new SimpleStringProperty(this, "actors", "");
    public final ObjectProperty<Status> status = new SimpleObjectProperty<>(this, "status", Status.REPORTED);
    public final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role", Role.PRIMARY);
    public final StringProperty dateStart = new SimpleStringProperty(this, "dateStart", "");
    public final StringProperty dateEnd = new SimpleStringProperty(this, "dateEnd", "");
    public final ObjectProperty<DatePrecision> datePrecision = new SimpleObjectProperty<>(this, "datePrecision", DatePrecision.DAY);
    public final ObjectProperty<DateBasis> dateBasis = new SimpleObjectProperty<>(this, "dateBasis", DateBasis.STATED);
    public final StringProperty dateNote = new SimpleStringProperty(this, "dateNote", "");
    public final StringProperty placeName = new SimpleStringProperty(this, "placeName", "");
    public final StringProperty longitude = new SimpleStringProperty(this, "longitude", "");
    public final StringProperty latitude = new SimpleStringProperty(this, "latitude", "");
    public final ObjectProperty<LocationPrecision> placePrecision = new SimpleObjectProperty<>(this, "placePrecision", LocationPrecision.TOWN);
    public final StringProperty placeNote = new SimpleStringProperty(this, "placeNote", "");
    private final ObservableList<SourceRow> sources = FXCollections.observableArrayList();

    private final ObservableMap<Field, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<Incident> incident = new ReadOnlyObjectWrapper<>(this, "incident");
    private final ReadOnlyObjectWrapper<List<String>> messages = new ReadOnlyObjectWrapper<>(this, "messages", List.of());
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final String setName;
    private final boolean adding;
    private final Predicate<String> taken;
    /** The id last proposed: while the id field still holds it, it follows the date and place. */
    private String proposedId = "";
    private boolean loading;

    /**
     * A form for a new incident (empty, with one source row) or for an incident of a set.
     *
     * @param setName  the set's name, for the messages
     * @param editing  the incident edited, or null for a new one
     * @param taken    true for ids the set already has (a new incident may not take one)
     */
    public IncidentFormModel(String setName, Incident editing, Predicate<String> taken) {
        this.setName = setName;
        this.adding = editing == null;
        this.taken = taken;
        Observable[] inputs = {id, title, summary, category, actors, status, role, dateStart, dateEnd, datePrecision,
            dateBasis, dateNote, placeName, longitude, latitude, placePrecision, placeNote};
        for (Observable input : inputs) {
            input.addListener(o -> check());
        }
        sources.addListener((ListChangeListener<SourceRow>) c -> {
            while (c.next()) {
                for (SourceRow row : c.getAddedSubList()) {
                    for (StringProperty field : row.fields()) {
                        field.addListener(o -> check());
                    }
                }
            }
            check();
        });
        loading = true;
        if (editing == null) {
            sources.add(new SourceRow());
        } else {
            load(editing);
        }
        loading = false;
        check();
    }

    /** True for a new incident, false for an edit of one (its id then stays). */
    public boolean isAdding() {
        return adding;
    }

    /** The source rows. */
    public ObservableList<SourceRow> sources() {
        return sources;
    }

    /** Adds an empty source row and returns it. */
    public SourceRow addSource() {
        SourceRow row = new SourceRow();
        sources.add(row);
        return row;
    }

    /** What is wrong, by field; empty when the incident would be read. */
    public ObservableMap<Field, String> errors() {
        return errors;
    }

    /** Every problem, one line each, as the form lists them. */
    public ReadOnlyObjectProperty<List<String>> messagesProperty() {
        return messages.getReadOnlyProperty();
    }

    /** True when the form holds an incident the reader accepts without a problem (Save is enabled then). */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The incident the form holds, or null while it has a problem. */
    public ReadOnlyObjectProperty<Incident> incidentProperty() {
        return incident.getReadOnlyProperty();
    }

    /** Sets the point (a click on the map, a search hit), six decimals as the format keeps them. */
    public void setPoint(double lon, double lat) {
        longitude.set(sixDecimals(lon));
        latitude.set(sixDecimals(lat));
    }

    private static String sixDecimals(double value) {
        return new java.math.BigDecimal(value).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private void load(Incident i) {
        id.set(i.id());
        title.set(i.title());
        summary.set(i.summary());
        category.set(i.category());
        actors.set(String.join(", ", i.actors()));
        status.set(i.status());
        role.set(i.role());
        dateStart.set(i.date().start().toString());
        dateEnd.set(i.date().end().equals(i.date().start()) ? "" : i.date().end().toString());
        datePrecision.set(i.date().precision());
        dateBasis.set(i.date().basis());
        dateNote.set(i.date().note());
        placeName.set(i.location().name());
        placePrecision.set(i.location().precision());
        placeNote.set(i.location().note());
        if (i.point() != null) {
            longitude.set(String.valueOf(i.point().lon()));
            latitude.set(String.valueOf(i.point().lat()));
        }
        for (Incident.Source s : i.sources()) {
            SourceRow row = new SourceRow();
            row.publisher.set(s.publisher());
            row.author.set(s.author());
            row.title.set(s.title());
            row.published.set(s.published());
            row.link.set(s.file());
            row.quote.set(s.quote());
            sources.add(row);
        }
    }

    /** The form as the properties of a GeoJSON feature, the way a file gives them to the reader. */
    Map<String, Object> properties() {
        return properties(id.get().strip());
    }

    private Map<String, Object> properties(String idValue) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", idValue);
        p.put("title", title.get());
        p.put("summary", summary.get());
        p.put("category", category.get().code());
        List<String> names = new ArrayList<>();
        for (String actor : actors.get().split(",")) {
            if (!actor.isBlank()) {
                names.add(actor.strip());
            }
        }
        p.put("actors", names);
        p.put("status", status.get().code());
        p.put("role", role.get().code());
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("start", dateStart.get());
        if (!dateEnd.get().isBlank()) {
            date.put("end", dateEnd.get());
        }
        date.put("precision", datePrecision.get().code());
        date.put("basis", dateBasis.get().code());
        date.put("note", dateNote.get());
        p.put("date", date);
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("name", placeName.get());
        location.put("precision", placePrecision.get().code());
        location.put("note", placeNote.get());
        p.put("location", location);
        List<Object> list = new ArrayList<>();
        for (SourceRow row : sources) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("file", row.link.get());
            source.put("publisher", row.publisher.get());
            source.put("author", row.author.get());
            source.put("title", row.title.get());
            source.put("published", row.published.get());
            source.put("quote", row.quote.get());
            list.add(source);
        }
        p.put("sources", list);
        return p;
    }

    /** Checks the form now (as every change does). */
    void check() {
        if (loading) {
            return;
        }
        proposeId();
        Map<Field, String> found = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        String[] sourceErrors = new String[sources.size()];
        org.locationtech.jts.geom.Geometry point = null;
        boolean noPoint = longitude.get().isBlank() && latitude.get().isBlank();
        if (!noPoint) {
            Double lon = number(longitude.get());
            Double lat = number(latitude.get());
            if (lon == null || lat == null) {
                put(found, lines, Field.POINT, "the point needs a longitude and a latitude in degrees, as numbers like 46.4058");
            } else {
                point = new GeometryFactory().createPoint(new Coordinate(lon, lat));
            }
        }
        IncidentResult result = IncidentReader.check(setName, id.get(), properties(), point);
        List<Problem> problems = new ArrayList<>();
        if (id.get().isBlank()) {
            // the reader stops at a missing id; the other fields are checked under a stand-in id
            // (and come first: the id is made from the date and place once they are right)
            problems.addAll(IncidentReader.check(setName, "inc-unnamed", properties("inc-unnamed"), point).problems());
        }
        problems.addAll(result.problems());
        for (Problem problem : problems) {
            String message = problem.message().replace("; left out", "");
            int source = sourceIndex(message);
            if (source >= 0 && source < sourceErrors.length) {
                // the reader counts sources from 0; the form shows "Source 1" first
                message = "source " + (source + 1) + message.substring(("source " + source).length());
                sourceErrors[source] = message;
                lines.add(message);
            } else {
                put(found, lines, fieldOf(message), message);
            }
        }
        if (adding && !id.get().isBlank() && taken.test(id.get().strip())) {
            put(found, lines, Field.ID, "the id \"" + id.get().strip() + "\" is already used in " + setName);
        }
        errors.keySet().retainAll(found.keySet());
        errors.putAll(found);
        for (int i = 0; i < sources.size(); i++) {
            sources.get(i).error.set(sourceErrors[i]);
        }
        messages.set(List.copyOf(lines));
        boolean ok = lines.isEmpty() && result.incidents().size() == 1;
        incident.set(ok ? result.incidents().get(0) : null);
        valid.set(ok);
    }

    private static void put(Map<Field, String> found, List<String> lines, Field field, String message) {
        found.merge(field, message, (a, b) -> a + "; " + b);
        lines.add(message);
    }

    /** The field a reader's message is about, by the names the reader gives (its messages name the field). */
    static Field fieldOf(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        if (m.startsWith("no id") || m.contains("incident needs a id")) {
            return Field.ID;
        }
        if (m.contains("title")) {
            return Field.TITLE;
        }
        if (m.contains("date.end") || m.contains("end ") && m.contains("before start")) {
            return Field.DATE_END;
        }
        if (m.contains("date")) {
            return Field.DATE_START;
        }
        if (m.contains("coordinates") || m.contains("point")) {
            return Field.POINT;
        }
        if (m.contains("source")) {
            return Field.SOURCES;
        }
        return Field.SUMMARY;
    }

    /** The source a reader's message names ("source 1 has no quote"), or -1. */
    private static int sourceIndex(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^source (\\d+) ").matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static Double number(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** While adding, the id follows the date and place until the user writes one of their own. */
    private void proposeId() {
        if (!adding || !(id.get().isBlank() || id.get().equals(proposedId))) {
            return;
        }
        LocalDate start;
        LocalDate end = null;
        try {
            start = IncidentReader.day(dateStart.get());
            if (!dateEnd.get().isBlank()) {
                end = IncidentReader.day(dateEnd.get());
            }
        } catch (java.time.DateTimeException e) {
            return;
        }
        proposedId = IncidentIds.propose(start, end, datePrecision.get(), placeName.get(), taken);
        loading = true;
        try {
            id.set(proposedId);
        } finally {
            loading = false;
        }
    }
}
