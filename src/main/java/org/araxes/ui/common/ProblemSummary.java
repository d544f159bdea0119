// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.common;

import java.util.List;
import org.araxes.io.FirstFew;
import org.araxes.io.Problem;

/** The one-line summary of a file's problems that the layer and incident set panels show. */
public final class ProblemSummary {

    /** Characters of a problem message shown in a panel; the rest are counted. */
    public static final int MAX_MESSAGE_CHARACTERS = 300;

    private ProblemSummary() {
    }

    /**
     * "2 errors, 1 warning — the first problem", or "" when there are none. The first message is
     * cut to {@link #MAX_MESSAGE_CHARACTERS}: a message may be megabytes long (a hostile file), and
     * laying that out in a label froze the window.
     */
    public static String of(List<Problem> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        long warnings = problems.size() - errors;
        String first = FirstFew.text(problems.get(0).toString(), MAX_MESSAGE_CHARACTERS);
        return (errors > 0 ? errors + " error" + (errors == 1 ? "" : "s") : "")
                + (errors > 0 && warnings > 0 ? ", " : "")
                + (warnings > 0 ? warnings + " warning" + (warnings == 1 ? "" : "s") : "")
                + " — " + first;
    }
}
