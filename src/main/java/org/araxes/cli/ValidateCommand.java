// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.araxes.check.FileCheck;
import org.araxes.io.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code araxes validate FILE…}: checks GeoJSON layers, incident files and incident CSV without the
 * window. Each problem is printed as {@code FILE:PLACE: message}; the exit code is 0 when every file
 * is clean, 1 when there are problems, 2 when a file cannot be read at all.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks GeoJSON layers, incident GeoJSON and incident CSV (ACLED or plain) without opening the window.",
                "Prints each problem as FILE:PLACE: message.",
                "Exit code: 0 all clean, 1 problems found, 2 a file cannot be read at all."})
public final class ValidateCommand implements Callable<Integer> {

    /** Every file was clean. */
    public static final int CLEAN = 0;
    /** Some file had problems. */
    public static final int PROBLEMS = 1;
    /** Some file could not be read at all. */
    public static final int UNREADABLE = 2;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to check (.geojson, .json, .csv, .tsv, .txt).")
    List<Path> files = new ArrayList<>();

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FileCheck check = new FileCheck();
        int code = CLEAN;
        int errors = 0;
        int warnings = 0;
        for (Path file : files) {
            FileCheck.Report report = check.check(file);
            for (Problem problem : report.problems()) {
                out.println(FileCheck.line(file, problem));
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
            err.println(file + ": read as " + FileCheck.describe(report.kind()) + ", " + report.items() + " loaded, "
                    + report.problems().size() + " problem" + (report.problems().size() == 1 ? "" : "s"));
        }
        out.flush();
        err.println(files.size() + " file" + (files.size() == 1 ? "" : "s") + " checked: " + errors + " error"
                + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s"));
        err.flush();
        return code;
    }
}
