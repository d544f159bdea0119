// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.araxes.check.FileCheck;
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
    public static final int CLEAN = ProblemReport.CLEAN;
    /** Some file had problems. */
    public static final int PROBLEMS = ProblemReport.PROBLEMS;
    /** Some file could not be read at all. */
    public static final int UNREADABLE = ProblemReport.UNREADABLE;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to check (.geojson, .json, .csv, .tsv, .txt).")
    List<Path> files = new ArrayList<>();

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ProblemReport report = new ProblemReport(spec.commandLine().getOut(), spec.commandLine().getErr());
        FileCheck check = new FileCheck();
        for (Path file : files) {
            report.add(check.check(file));
        }
        return report.finish();
    }
}
