// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.araxes.io.BackgroundConsumer;
import org.araxes.io.Problem;

/**
 * The rows of an incident file (GeoJSON features, CSV rows) turned into incidents on one thread and
 * stored on another, while the reader parses on its own (decision 0032): three stages of about the
 * same cost, so a large file keeps both cores busy. Everything keeps the file's order: the
 * incidents, and the problems, which are those the mapping gives for each row followed by a
 * duplicate id's error, exactly as when a row was mapped and stored in line.
 *
 * <p>Use from the parsing thread: {@link #accept} each row as it is read, then {@link #finish}
 * (always, also after the parse failed); only then read the store and the problems. A failure of
 * the mapping or the store (a bug) is thrown again by the next {@link #accept} or by {@link #finish}.
 *
 * @param <R> a row as the parser gives it
 */
final class IncidentPipeline<R> implements Consumer<R> {

    /** A row's incident (null when left out), its problems, and where it is, for the store's thread. */
    private record Mapped<R>(R row, Incident incident, List<Problem> problems, IncidentReader.FeatureProblems here) {
    }

    private final BackgroundConsumer<R> mapper;
    private final BackgroundConsumer<Mapped<R>> storer;

    /**
     * @param fileName the file named in problems
     * @param store    the store filled, on the store's thread
     * @param problems the list the rows' problems are added to, on the store's thread, in file order
     * @param place    a row's place in problems ("line 12", "feature 3 (id …)"), made only for a problem
     * @param mapping  a row as an incident, or null with its problems said
     * @param what     what a row is called in the duplicate id's error ("row", "feature")
     * @param stored   told each incident stored, with its row, on the store's thread
     */
    IncidentPipeline(String fileName, IncidentStore.Builder store, List<Problem> problems,
                     Function<R, Supplier<String>> place,
                     BiFunction<R, IncidentReader.FeatureProblems, Incident> mapping,
                     String what, BiConsumer<R, Incident> stored) {
        storer = new BackgroundConsumer<>("araxes-incident-store", mapped -> {
            problems.addAll(mapped.problems());
            Incident incident = mapped.incident();
            if (incident == null) {
                return;
            }
            if (!store.addNew(incident)) {
                problems.add(Problem.error(fileName, mapped.here().place(), IncidentReader.duplicateId(incident, what)));
                return;
            }
            stored.accept(mapped.row(), incident);
        });
        mapper = new BackgroundConsumer<>("araxes-incident-map", row -> {
            List<Problem> own = new ArrayList<>(0);
            IncidentReader.FeatureProblems here = new IncidentReader.FeatureProblems(fileName, place.apply(row), own);
            Incident incident = mapping.apply(row, here);
            if (incident != null) {
                hashTexts(incident);
            }
            storer.accept(new Mapped<>(row, incident, own, here));
        });
    }

    /**
     * Computes the hash of each text of an incident, which a {@link String} keeps: the store finds
     * its texts by their hashes, and the thread that stores is the busier one (the hashes of a
     * million rows' new strings were a third of its time).
     */
    private static void hashTexts(Incident incident) {
        int all = incident.id().hashCode() + incident.title().hashCode() + incident.summary().hashCode()
                + incident.date().note().hashCode() + incident.location().name().hashCode()
                + incident.location().note().hashCode();
        for (String actor : incident.actors()) {
            all += actor.hashCode();
        }
        for (Incident.Source source : incident.sources()) {
            all += source.file().hashCode() + source.publisher().hashCode() + source.author().hashCode()
                    + source.title().hashCode() + source.published().hashCode() + source.quote().hashCode();
        }
        if (all == 42) {
            Thread.onSpinWait(); // uses the sum, so no compiler drops the calls
        }
    }

    /** Hands a row on, in file order. */
    @Override
    public void accept(R row) {
        mapper.accept(row);
    }

    /** Waits until every row given is mapped and stored. */
    public void finish() {
        try {
            mapper.finish();
        } finally {
            storer.finish();
        }
    }
}
