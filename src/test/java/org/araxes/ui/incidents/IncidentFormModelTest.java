// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.araxes.incidents.DatePrecision;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The incident form's rules (the reader's own)")
class IncidentFormModelTest {

    /** A new-incident form filled with a valid incident with one source. */
    private static IncidentFormModel filled(Set<String> taken) {
        IncidentFormModel form = new IncidentFormModel("My incidents", null, taken::contains);
        form.title.set("Iran opens a consulate general in Kapan (21 October 2022)");
        form.summary.set("Iran opened a consulate general in Kapan.");
        form.actors.set("Iran, Armenia");
        form.dateStart.set("2022-10-21");
        form.dateNote.set("'On October 21'");
        form.placeName.set("Kapan, Armenia");
        form.setPoint(46.4058, 39.2076);
        IncidentFormModel.SourceRow source = form.sources().get(0);
        source.publisher.set("Example News");
        source.quote.set("On October 21 Iran opened a consulate general in the Armenian city of Kapan.");
        return form;
    }

    @Test
    void aFilledFormHoldsTheIncidentTheReaderReads() {
        IncidentFormModel form = filled(Set.of());
        assertTrue(form.validProperty().get(), form.messagesProperty().get().toString());
        Incident incident = form.incidentProperty().get();
        assertEquals("inc-2022-10-21-kapan", incident.id());
        assertEquals(java.util.List.of("Iran", "Armenia"), incident.actors());
        assertEquals(new Incident.Point(46.4058, 39.2076), incident.point());
        assertEquals("unknown", incident.sources().get(0).author());
    }

    @Test
    void anIncidentLoadedForEditingComesBackEqualUntouched() {
        Incident original = filled(Set.of()).incidentProperty().get();
        IncidentFormModel form = new IncidentFormModel("My incidents", original, id -> true);
        assertTrue(form.validProperty().get(), form.messagesProperty().get().toString());
        assertEquals(original, form.incidentProperty().get());
    }

    @Nested
    @DisplayName("marks the field in error with the reader's message")
    class Errors {

        @Test
        void anEmptyNewFormNamesTheTitleDateAndSource() {
            IncidentFormModel form = new IncidentFormModel("My incidents", null, id -> false);
            assertFalse(form.validProperty().get());
            assertNull(form.incidentProperty().get());
            assertTrue(form.errors().containsKey(IncidentFormModel.Field.ID));
            assertTrue(form.errors().containsKey(IncidentFormModel.Field.TITLE));
            assertTrue(form.errors().containsKey(IncidentFormModel.Field.DATE_START));
        }

        @Test
        void aDayThatDoesNotExist() {
            IncidentFormModel form = filled(Set.of());
            form.dateStart.set("2021-02-30");
            assertEquals(Set.of(IncidentFormModel.Field.DATE_START), form.errors().keySet());
            String message = form.errors().get(IncidentFormModel.Field.DATE_START);
            assertTrue(message.contains("February 2021 has no day 30"), message);
            assertFalse(form.validProperty().get());
        }

        @Test
        void anEndBeforeTheStart() {
            IncidentFormModel form = filled(Set.of());
            form.dateEnd.set("2022-10-01");
            assertEquals(Set.of(IncidentFormModel.Field.DATE_END), form.errors().keySet());
        }

        @Test
        void coordinatesOutOfRangeAndTextThatIsNoNumber() {
            IncidentFormModel form = filled(Set.of());
            form.longitude.set("200");
            assertTrue(form.errors().get(IncidentFormModel.Field.POINT).contains("outside longitude"),
                    form.errors().toString());
            form.longitude.set("forty-six");
            assertTrue(form.errors().get(IncidentFormModel.Field.POINT).contains("as numbers"), form.errors().toString());
            form.longitude.set("");
            form.latitude.set("");
            assertTrue(form.validProperty().get(), "no point at all is allowed (the place cannot be drawn as one)");
        }

        @Test
        void aSourceWithoutAQuoteIsMarkedOnItsRowAndNoSourceAtAllOnTheSources() {
            IncidentFormModel form = filled(Set.of());
            IncidentFormModel.SourceRow second = form.addSource();
            second.publisher.set("Other Daily");
            assertEquals("source 2 has no quote", second.errorProperty().get());
            assertNull(form.sources().get(0).errorProperty().get());
            assertFalse(form.validProperty().get());
            second.quote.set("A consulate opened in Kapan.");
            assertTrue(form.validProperty().get());
            form.sources().clear();
            assertTrue(form.errors().containsKey(IncidentFormModel.Field.SOURCES), form.errors().toString());
        }

        @Test
        void aTitleRemoved() {
            IncidentFormModel form = filled(Set.of());
            form.title.set("  ");
            assertEquals(Set.of(IncidentFormModel.Field.TITLE), form.errors().keySet());
        }

        @Test
        void theFieldForEachOfTheReadersMessages() {
            // the reader's messages, as IncidentReader writes them, and the field each belongs to
            assertEquals(IncidentFormModel.Field.ID, IncidentFormModel.fieldOf("no id: every incident needs a unique \"id\""));
            assertEquals(IncidentFormModel.Field.TITLE, IncidentFormModel.fieldOf("no title"));
            assertEquals(IncidentFormModel.Field.DATE_START, IncidentFormModel.fieldOf("no date.start"));
            assertEquals(IncidentFormModel.Field.DATE_START, IncidentFormModel.fieldOf("bad date \"x\" in date.start: expected YYYY-MM-DD"));
            assertEquals(IncidentFormModel.Field.DATE_END, IncidentFormModel.fieldOf("date.end 2020-01-01 is before date.start 2021-01-01"));
            assertEquals(IncidentFormModel.Field.POINT, IncidentFormModel.fieldOf("coordinates are not numbers"));
            assertEquals(IncidentFormModel.Field.SOURCES, IncidentFormModel.fieldOf("no source: every incident needs at least one source"));
        }
    }

    @Nested
    @DisplayName("the id")
    class Id {

        @Test
        void followsTheDateAndPlaceUntilTheUserWritesOne() {
            IncidentFormModel form = filled(Set.of());
            form.datePrecision.set(DatePrecision.MONTH);
            form.dateStart.set("2022-10-01");
            assertEquals("inc-2022-10-kapan", form.id.get());
            form.id.set("inc-2022-10-kapan-consulate");
            form.placeName.set("Meghri");
            assertEquals("inc-2022-10-kapan-consulate", form.id.get());
        }

        @Test
        void aTakenIdIsNotProposedAndNotAccepted() {
            IncidentFormModel form = filled(Set.of("inc-2022-10-21-kapan"));
            assertEquals("inc-2022-10-21-kapan-2", form.id.get());
            form.id.set("inc-2022-10-21-kapan");
            assertTrue(form.errors().get(IncidentFormModel.Field.ID).contains("already used"));
            assertFalse(form.validProperty().get());
        }

        @Test
        void ofAnEditedIncidentStays() {
            Incident original = filled(Set.of()).incidentProperty().get();
            IncidentFormModel form = new IncidentFormModel("My incidents", original, id -> true);
            form.dateStart.set("2022-10-22");
            assertEquals(original.id(), form.id.get());
            assertTrue(form.validProperty().get(), "an edited incident's own id is not 'taken'");
        }
    }

    @Test
    void theReadersCheckIsTheOneFilesAreReadWith() {
        IncidentFormModel form = filled(Set.of());
        var checked = IncidentReader.check("x", form.id.get(), form.properties(), null);
        assertEquals(1, checked.incidents().size());
        assertEquals(java.util.List.of(), checked.problems());
    }
}
