// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.araxes.settings.UserFolders;

/**
 * Class-data sharing for a start from the jar ({@code java -jar araxes.jar}): Araxes runs the
 * window in a second JVM that maps the classes of an earlier start from an archive instead of
 * loading and verifying them from the jar again (the JDK's dynamic archive, {@code
 * -XX:SharedArchiveFile}). On the first start there is no archive yet: that start runs with
 * {@code -XX:ArchiveClassesAtExit}, and the JVM writes the archive when the window closes (a
 * second or two more, once). This is what JDK 19's {@code -XX:+AutoCreateSharedArchive} does;
 * Araxes runs on Java 17, where a jar cannot set its JVM's options, hence the second JVM. It
 * costs ~55 ms and brings the first map ~0.4 s earlier on a two-core machine
 * (docs/performance.md, decision 0009). The installed {@code .deb} makes its archive at install
 * time instead (docs/packaging.md).
 *
 * <p>The archive lives in the user's cache folder ({@code cds/}), named by the JVM and the class
 * path (each jar's size and time), so a new build or JDK makes a new one and the old ones are
 * removed. The JVM checks an archive itself and runs without it when it does not fit.
 *
 * <p>Nothing is relaunched when the JVM is not a {@code java} launcher whose arguments can be read
 * (Windows gives none; the packaged launchers set their own options), when the classes do not all
 * come from jars on the class path (the JVM archives nothing else: {@code mvn javafx:run}, an IDE),
 * when the command line already speaks of archives, agents or debugging, with {@code
 * -Daraxes.cds=false}, or when the cache folder cannot be written. The second JVM ends itself if the first one is killed.
 */
public final class SharedArchive {

    /** Set to false to run the window in the first JVM, without an archive. */
    public static final String PROPERTY = "araxes.cds";
    /** Set on the second JVM: it runs the command itself. */
    static final String CHILD_PROPERTY = "araxes.cds.child";

    /** JVM options after which Araxes does not add its own archive or start a second JVM. */
    private static final List<String> LEAVE_ALONE = List.of("-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit",
            "-XX:+AutoCreateSharedArchive", "-XX:DumpLoadedClassList", "-XX:SharedClassListFile", "-Xshare",
            "-agentlib", "-agentpath", "-javaagent", "-Xdebug", "-Xrunjdwp", "-D" + CHILD_PROPERTY, "-D" + PROPERTY);

    private SharedArchive() {
    }

    /**
     * In the second JVM: ends it when the first one is gone (killed without its shutdown hook
     * running), so no window is left behind. Does nothing in a JVM not started by {@link #relaunch}.
     */
    public static void watchParent() {
        if (!Boolean.getBoolean(CHILD_PROPERTY)) {
            return;
        }
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(143)));
    }

    /**
     * Runs this command line in a second JVM with the class-data archive (or making it) and returns
     * its exit code, or returns empty when this JVM should run the command itself.
     */
    public static Optional<Integer> relaunch() {
        if (Boolean.getBoolean(CHILD_PROPERTY) || "false".equalsIgnoreCase(System.getProperty(PROPERTY, "true"))) {
            return Optional.empty();
        }
        List<String> commandLine = commandLine();
        if (commandLine.isEmpty() || !isJavaLauncher(commandLine.get(0))) {
            return Optional.empty();
        }
        String java = commandLine.get(0);
        List<String> args = commandLine.subList(1, commandLine.size());
        if (!mayRelaunch(args) || !archivable(System.getProperty("java.class.path", ""),
                System.getProperty("jdk.module.path", ""))) {
            return Optional.empty();
        }
        Path folder;
        String name;
        Optional<Path> archive;
        try {
            folder = UserFolders.ensure(UserFolders.currentCache().resolve("cds"));
            name = archiveName(System.getProperty("java.home"), System.getProperty("java.vm.version"),
                    System.getProperty("java.class.path"));
            archive = find(folder, name);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // no cache folder: no archive, the start runs here as before
        }
        Path making = folder.resolve(name + "." + ProcessHandle.current().pid() + ".tmp");
        List<String> command = childCommand(java, args, archive.orElse(making), archive.isPresent(), folder);
        Process child;
        StartupTrace.mark("second JVM starting, " + (archive.isPresent() ? "with" : "making") + " the class-data archive");
        long started = System.nanoTime();
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return Optional.empty();
        }
        // a terminal's Ctrl-C or a SIGTERM ends both; the child watches for a SIGKILL of this one
        Thread stop = new Thread(child::destroy, "araxes-stop-window");
        Runtime.getRuntime().addShutdownHook(stop);
        int code;
        while (true) {
            try {
                code = child.waitFor();
                break;
            } catch (InterruptedException e) {
                // keep waiting: this JVM only relays the window's exit code
            }
        }
        if (archive.isEmpty()) {
            keep(making, code, folder, name);
        } else if (code == JVM_FATAL_ERROR && System.nanoTime() - started < 5_000_000_000L) {
            // the JVM died at once, on the archive itself (it trusts a mapped archive): drop it,
            // and run the command here; the next start makes a new one
            try {
                Files.deleteIfExists(archive.get());
            } catch (IOException e) {
                // left; the start below still runs
            }
            Runtime.getRuntime().removeShutdownHook(stop);
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /**
     * The window's JVM compiles with C2 (the optimising compiler) only what is ten times hotter
     * than by default. In the first second of a start C2 otherwise compiles ~140 methods that are
     * hot only while the start lasts (reading the layer cache, simplifying, filling the first
     * picture), taking ~0.3 s of processor time from a two-core machine; C1 still compiles them,
     * and what stays hot (drawing, the timeline) reaches C2 a little later. Measured in decision
     * 0010; the benchmarks run with the same options. The user's own options come after these
     * and win.
     */
    public static final List<String> JIT_OPTIONS = List.of("-XX:Tier4InvocationThreshold=50000",
            "-XX:Tier4MinInvocationThreshold=6000", "-XX:Tier4CompileThreshold=150000",
            "-XX:Tier4BackEdgeThreshold=400000");

    /**
     * This JVM's program and arguments, or an empty list when they cannot be read. On Linux from
     * {@code /proc/self} (what {@link ProcessHandle.Info} reads there too): asking {@code
     * ProcessHandle} first sets up its process reaper (a thread pool, ~20 ms of a cold JVM) before
     * the second JVM could be started, and starting it sets that up anyway, after the fork.
     */
    static List<String> commandLine() {
        Path proc = Path.of("/proc/self");
        if (Files.isDirectory(proc)) {
            try {
                String program = Files.readSymbolicLink(proc.resolve("exe")).toString();
                byte[] raw = Files.readAllBytes(proc.resolve("cmdline"));
                // the platform's encoding of file names and arguments, as ProcessHandle decodes them
                java.nio.charset.Charset charset;
                try {
                    charset = java.nio.charset.Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
                } catch (IllegalArgumentException e) {
                    charset = java.nio.charset.Charset.defaultCharset();
                }
                List<String> command = new ArrayList<>();
                command.add(program);
                int start = 0;
                boolean first = true;
                for (int i = 0; i < raw.length; i++) {
                    if (raw[i] == 0) {
                        if (!first) {
                            command.add(new String(raw, start, i - start, charset));
                        }
                        first = false;
                        start = i + 1;
                    }
                }
                return command;
            } catch (IOException | UnsupportedOperationException e) {
                // fall back to ProcessHandle
            }
        }
        ProcessHandle.Info info = ProcessHandle.current().info();
        if (info.command().isEmpty() || info.arguments().isEmpty()) {
            return List.of();
        }
        List<String> command = new ArrayList<>();
        command.add(info.command().get());
        command.addAll(List.of(info.arguments().get()));
        return command;
    }

    /** The exit code of a JVM that aborted on a fatal error (SIGABRT). */
    private static final int JVM_FATAL_ERROR = 134;

    /**
     * The whole archive of a name, if there is one: its file name carries its size, so an archive
     * cut short (a full disk, a copy broken off) is never mapped (JDK 17 would crash on it).
     */
    static Optional<Path> find(Path folder, String name) throws IOException {
        // no glob: it compiles a regular expression, ~3 ms of the first JVM, which only waits
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder)) {
            for (Path file : found) {
                String size = file.getFileName().toString();
                if (!size.startsWith(name + "-") || !size.endsWith(".jsa")) {
                    continue;
                }
                size = size.substring(name.length() + 1, size.length() - ".jsa".length());
                try {
                    if (Files.size(file) == Long.parseLong(size)) {
                        return Optional.of(file);
                    }
                } catch (NumberFormatException e) {
                    // not one of ours
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a path names a {@code java} launcher (not a packaged app's own launcher). */
    static boolean isJavaLauncher(String command) {
        String name = Path.of(command).getFileName().toString().toLowerCase(Locale.ROOT);
        return name.equals("java") || name.equals("java.exe");
    }

    /** Whether a command line leaves Araxes free to run it in a second JVM with an archive. */
    static boolean mayRelaunch(List<String> args) {
        for (String arg : args) {
            for (String option : LEAVE_ALONE) {
                if (arg.startsWith(option)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether the JVM can archive classes from a class path: jars only (it refuses folders of
     * classes, as {@code mvn javafx:run} and an IDE give it) and no module path.
     */
    static boolean archivable(String classPath, String modulePath) {
        if (!modulePath.isEmpty() || classPath.isEmpty()) {
            return false;
        }
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.toLowerCase(Locale.ROOT).endsWith(".jar") || !Files.isRegularFile(Path.of(entry))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The second JVM's command: the same {@code java} and arguments, with the archive to map (or
     * to write at exit), the mark of the second JVM and the {@link #JIT_OPTIONS} in front. Archive
     * messages are off: an archive that no longer fits is simply not used.
     */
    static List<String> childCommand(String java, List<String> args, Path archive, boolean exists, Path folder) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add((exists ? "-XX:SharedArchiveFile=" : "-XX:ArchiveClassesAtExit=") + archive);
        command.add("-Xshare:auto");
        // a crash report goes beside the archives, not into the folder the user started from
        command.add("-XX:ErrorFile=" + folder.resolve("hs_err_pid%p.log"));
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add("-Xlog:class+path=off");
        command.add("-D" + CHILD_PROPERTY + "=true");
        command.add("-XX:+IgnoreUnrecognizedVMOptions"); // a JVM without these options still starts
        command.addAll(JIT_OPTIONS);
        command.addAll(args);
        return command;
    }

    /**
     * The archive's name for a JVM and class path: {@code araxes-<CRC>} over the JVM's folder and
     * version and each class path entry with its size and time (the file is {@code
     * araxes-<CRC>-<size>.jsa}).
     */
    static String archiveName(String javaHome, String vmVersion, String classPath) throws IOException {
        StringBuilder key = new StringBuilder().append(javaHome).append('\n').append(vmVersion);
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            key.append('\n').append(path);
            if (Files.isRegularFile(path)) {
                key.append(' ').append(Files.size(path)).append(' ').append(Files.getLastModifiedTime(path).toMillis());
            }
        }
        CRC32C crc = new CRC32C();
        crc.update(key.toString().getBytes(StandardCharsets.UTF_8));
        // not String.format: its Formatter costs ~7 ms of a cold JVM, here the first one's
        String hex = Long.toHexString(crc.getValue());
        return "araxes-" + "0".repeat(8 - hex.length()) + hex;
    }

    /**
     * Moves an archive written at the exit of a start into place, when that start ended well (a
     * start killed while the JVM wrote it leaves a partial file), and removes the archives of other
     * builds.
     */
    private static void keep(Path made, int exitCode, Path folder, String name) {
        try {
            if (exitCode != 0 || !Files.isRegularFile(made) || Files.size(made) == 0) {
                Files.deleteIfExists(made);
                return;
            }
            Path archive = folder.resolve(name + "-" + Files.size(made) + ".jsa");
            Files.move(made, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            long hourAgo = System.currentTimeMillis() - 3_600_000L;
            try (DirectoryStream<Path> others = Files.newDirectoryStream(folder)) {
                for (Path other : others) {
                    // every other archive (other builds, a cut one); what a killed start left
                    // half-written and old crash reports, after an hour
                    boolean stale = other.toString().endsWith(".jsa")
                            || Files.getLastModifiedTime(other).toMillis() < hourAgo;
                    if (!other.equals(archive) && stale) {
                        Files.deleteIfExists(other);
                    }
                }
            }
        } catch (IOException e) {
            // no archive this time; the next start makes one
        }
    }
}
