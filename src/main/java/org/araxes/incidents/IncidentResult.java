// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.util.List;
import org.araxes.io.Problem;

/**
 * What reading one incident file gave: the incidents that could be used and the problems met.
 *
 * @param fileName  the file's name as shown to the user
 * @param incidents the good incidents, in file order, unmodifiable
 * @param problems  the problems, in file order, unmodifiable
 */
public record IncidentResult(String fileName, List<Incident> incidents, List<Problem> problems) {

    public IncidentResult {
        fileName = fileName == null ? "" : fileName;
        incidents = List.copyOf(incidents);
        problems = List.copyOf(problems);
    }

    /** True when at least one problem left something out. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }
}
