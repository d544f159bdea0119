// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.araxes.check.FileCheck;
import org.araxes.io.Problem;

/**
 * How the command line reports the files it reads, the one way for {@code validate},
 * {@code incidents} and {@code export --incidents}: each problem on standard output as
 * {@code FILE:PLACE: message}; per file, on standard error, what it was read as, how much loaded
 * and how many problems; at the end the totals. The exit code it keeps: {@link #CLEAN} when every
 * file was clean, {@link #PROBLEMS} when some had problems, {@link #UNREADABLE} when one could not
 * be read at all.
 */
final class ProblemReport {

    /** Every file was clean. */
    static final int CLEAN = 0;
    /** Some file had problems. */
    static final int PROBLEMS = 1;
    /** Some file could not be read at all. */
    static final int UNREADABLE = 2;

    private final PrintWriter out;
    private final PrintWriter err;
    private int code = CLEAN;
    private int errors;
    private int warnings;
    private int files;

    ProblemReport(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Reports one file's check. */
    void add(FileCheck.Report report) {
        files++;
        for (Problem problem : report.problems()) {
            out.println(FileCheck.line(report.file(), problem));
            if (problem.severity() == Problem.Severity.ERROR) {
                errors++;
            } else {
                warnings++;
            }
        }
        if (report.kind() == FileCheck.Kind.UNREADABLE) {
            code = UNREADABLE;
        } else if (!report.clean() && code == CLEAN) {
            code = PROBLEMS;
        }
        err.println(report.file() + ": read as " + FileCheck.describe(report.kind()) + ", " + report.items() + " loaded, "
                + report.problems().size() + " problem" + (report.problems().size() == 1 ? "" : "s"));
    }

    /** Reports a file that cannot be used for what it was named for (a map layer given as incidents). */
    void refuse(Path file, String why) {
        files++;
        errors++;
        out.println(file + ": " + why);
        code = UNREADABLE;
    }

    /** Prints the totals ("2 files checked: 1 error, 0 warnings") and returns the exit code. */
    int finish() {
        out.flush();
        err.println(files + " file" + (files == 1 ? "" : "s") + " checked: " + errors + " error"
                + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s"));
        err.flush();
        return code;
    }

    /** The exit code so far. */
    int code() {
        return code;
    }
}
