// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.util.List;
import org.araxes.io.Problem;

/**
 * What reading one incident file gave: the incidents that could be used, already indexed in an
 * {@link IncidentStore} (readers fill it as they go, so a large file is never held as records),
 * and the problems met.
 *
 * @param fileName the file's name as shown to the user
 * @param store    the good incidents, indexed
 * @param problems the problems, in file order, unmodifiable
 */
public record IncidentResult(String fileName, IncidentStore store, List<Problem> problems) {

    public IncidentResult {
        fileName = fileName == null ? "" : fileName;
        store = store == null ? IncidentStore.empty() : store;
        problems = List.copyOf(problems);
    }

    /** A result of incidents given as records (indexed here). */
    public IncidentResult(String fileName, List<Incident> incidents, List<Problem> problems) {
        this(fileName, new IncidentStore(incidents), problems);
    }

    /** The good incidents in file order, read-only, each rebuilt from the store when it is read. */
    public List<Incident> incidents() {
        return store.inInputOrder();
    }

    /** True when at least one problem left something out. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }
}
