// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.araxes.ui.app.AraxesApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code araxes} command: with no subcommand it opens the window. */
@Command(name = "araxes", mixinStandardHelpOptions = true, version = "Araxes 0.1.0",
        description = {"Atlas of the Aras (Araz) borderlands. With no command, opens the window.",
                "Files named on the command line open as extra layers or incident sets, told apart by content."},
        subcommands = {ExportCommand.class, ValidateCommand.class, IncidentsCommand.class})
public final class AraxesCommand implements Callable<Integer> {

    /**
     * The system property that, set to true, does what {@code --smoke-test} does, for checking a
     * start with no arguments (the cold-start benchmark).
     */
    public static final String SMOKE_TEST_PROPERTY = "araxes.smoke";

    /** Returned by {@link #run} when the window was opened and the JVM must stay up. */
    public static final int LAUNCHED_WINDOW = -1;

    @Option(names = "--data", paramLabel = "FOLDER",
            description = "Folder of GeoJSON layers (default: ./geodata if present, else the bundled data).")
    Path data;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "GeoJSON files (.geojson) to open as extra layers or incident sets, CSV tables of incidents, a project (.araxes).")
    List<String> files = new ArrayList<>();

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--smoke-test", hidden = true,
            description = "Open the window, check that the map is drawn, close, and exit 0 (CI).")
    boolean smokeTest;

    @Override
    public Integer call() {
        if (data != null && !Files.isDirectory(data)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "no such folder: " + data);
        }
        AraxesApp.useDataFolder(data);
        AraxesApp.openFiles(files.isEmpty() ? List.of() : layerFiles(files, spec.commandLine().getErr()));
        AraxesApp.smokeTest(smokeTest || Boolean.getBoolean(SMOKE_TEST_PROPERTY));
        org.araxes.StartupTrace.mark("command line read");
        AraxesApp.launch();
        return 0;
    }

    /**
     * Whether a command line opens the window: no subcommand, no help or version. A guess made
     * before the command line is read, so JavaFX can start meanwhile; a wrong guess only costs
     * starting JavaFX for nothing.
     */
    public static boolean opensWindow(String[] args) {
        for (String arg : args) {
            switch (arg) {
                case "export", "validate", "incidents", "help", "-h", "--help", "-V", "--version" -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }

    /** Whether a command line names a data folder ({@code --data}), read before picocli reads it. */
    public static boolean namesDataFolder(String[] args) {
        for (String arg : args) {
            if (arg.equals("--data") || arg.startsWith("--data=")) {
                return true;
            }
        }
        return false;
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /**
     * Runs the command line with the given streams (for tests) and returns the exit code. With no
     * arguments at all (a start from the desktop's menu) there is nothing to read, and the window
     * opens without picocli: its first use costs ~0.2 s of processor time on a cold JVM, taken
     * from JavaFX and the data starting on the other threads (docs/performance.md).
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 0) {
            try {
                return new AraxesCommand().call();
            } catch (RuntimeException e) {
                err.println("araxes: " + oneLine(e));
                return 1;
            }
        }
        CommandLine commandLine = new CommandLine(new AraxesCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, a) -> {
            err.println("araxes: " + e.getMessage());
            err.println("Try 'araxes --help'.");
            return 2;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("araxes: " + oneLine(e));
            return 1;
        });
        return commandLine.execute(args);
    }

    /**
     * The files of the command line that can open as layers or incident sets: existing
     * {@code .geojson} (or {@code .json}) files, {@code .csv} or {@code .tsv} tables of incidents,
     * and {@code .araxes} projects. Every other one gets a one-line message on {@code err} and is left out,
     * so one bad name never keeps the window from opening. {@code file:} URIs (as some desktops
     * pass them) are accepted.
     */
    static List<Path> layerFiles(List<String> names, PrintWriter err) {
        List<Path> usable = new ArrayList<>();
        for (String name : names) {
            Path file;
            try {
                file = name.startsWith("file:") ? Path.of(URI.create(name)) : Path.of(name);
            } catch (IllegalArgumentException e) { // also InvalidPathException
                err.println("araxes: " + name + ": not a file name");
                continue;
            }
            String lower = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!Files.exists(file)) {
                err.println("araxes: " + file + ": no such file");
            } else if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                err.println("araxes: " + file + ": cannot read this file");
            } else if (!lower.endsWith(".geojson") && !lower.endsWith(".json") && !lower.endsWith(".csv") && !lower.endsWith(".tsv")
                    && !lower.endsWith(".araxes")) {
                err.println("araxes: " + file + ": not a GeoJSON file (.geojson)");
            } else {
                usable.add(file);
            }
        }
        return usable;
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
