// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of the second JVM with the class-data archive (the relaunch itself: .ci/run). */
class SharedArchiveTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("only a java launcher is started again, not a packaged app's own launcher")
    void javaLaunchersOnly() {
        assertTrue(SharedArchive.isJavaLauncher("/usr/lib/jvm/java-17-openjdk-amd64/bin/java"));
        assertTrue(SharedArchive.isJavaLauncher("C:\\Program Files\\Java\\bin\\java.exe".replace('\\', File.separatorChar)));
        assertFalse(SharedArchive.isJavaLauncher("/opt/araxes/bin/Araxes"));
        assertFalse(SharedArchive.isJavaLauncher("/usr/bin/javaw-wrapper"));
    }

    @Test
    @DisplayName("a command line that speaks of archives, agents, debugging or the switch is left alone")
    void leftAlone() {
        assertTrue(SharedArchive.mayRelaunch(List.of("-Xmx2g", "-jar", "araxes.jar", "places.geojson")));
        for (String option : List.of("-XX:SharedArchiveFile=/x.jsa", "-XX:ArchiveClassesAtExit=/x.jsa", "-Xshare:off",
                "-agentlib:jdwp=transport=dt_socket,server=y", "-javaagent:a.jar", "-Daraxes.cds=false",
                "-Daraxes.cds.child=true", "-XX:+AutoCreateSharedArchive")) {
            assertFalse(SharedArchive.mayRelaunch(List.of(option, "-jar", "araxes.jar")), option);
        }
    }

    @Test
    @DisplayName("only classes from jars on the class path are archived: not folders, not a module path")
    void jarsOnly() throws IOException {
        Path jar = Files.write(folder.resolve("araxes.jar"), new byte[] {1});
        Path classes = Files.createDirectories(folder.resolve("classes"));
        assertTrue(SharedArchive.archivable(jar.toString(), ""));
        assertFalse(SharedArchive.archivable(jar + File.pathSeparator + classes, ""), "mvn javafx:run, an IDE");
        assertFalse(SharedArchive.archivable(jar.toString(), jar.toString()), "a module path");
        assertFalse(SharedArchive.archivable(folder.resolve("missing.jar").toString(), ""));
        assertFalse(SharedArchive.archivable("", ""));
    }

    @Test
    @DisplayName("the second JVM gets the same arguments after the archive, the mark and quiet archive messages")
    void childCommand() {
        Path archive = folder.resolve("araxes-00c0ffee-123.jsa");
        List<String> args = List.of("-Dx=1", "-cp", "araxes.jar", "org.araxes.Main", "a.geojson");
        List<String> use = SharedArchive.childCommand("/jdk/bin/java", args, archive, true, folder);
        assertEquals("/jdk/bin/java", use.get(0));
        assertEquals("-XX:SharedArchiveFile=" + archive, use.get(1));
        assertTrue(use.contains("-Daraxes.cds.child=true"));
        assertTrue(use.contains("-Xlog:cds=off"));
        assertTrue(use.contains("-XX:ErrorFile=" + folder.resolve("hs_err_pid%p.log")), "crash reports beside the archives");
        assertEquals(args, use.subList(use.size() - args.size(), use.size()), "the command line as it was, last");
        assertTrue(use.indexOf("-XX:+IgnoreUnrecognizedVMOptions") < use.indexOf(SharedArchive.JIT_OPTIONS.get(0)),
                "a JVM without an option of ours still starts");
        assertEquals(SharedArchive.JIT_OPTIONS, use.subList(use.size() - args.size() - SharedArchive.JIT_OPTIONS.size(),
                use.size() - args.size()), "the JIT options before the user's, which win");
        List<String> make = SharedArchive.childCommand("/jdk/bin/java", args, folder.resolve("a.tmp"), false, folder);
        assertEquals("-XX:ArchiveClassesAtExit=" + folder.resolve("a.tmp"), make.get(1));
    }

    @Test
    @DisplayName("the archive's name changes with the JVM and with each jar's size and time")
    void archiveName() throws IOException {
        Path jar = Files.write(folder.resolve("araxes.jar"), new byte[] {1, 2, 3});
        String classPath = jar + File.pathSeparator + folder.resolve("classes");
        String name = SharedArchive.archiveName("/jdk", "17.0.15", classPath);
        assertTrue(name.matches("araxes-[0-9a-f]{8}"), name);
        assertEquals(name, SharedArchive.archiveName("/jdk", "17.0.15", classPath), "the same inputs, the same name");
        assertNotEquals(name, SharedArchive.archiveName("/jdk", "17.0.16", classPath));
        assertNotEquals(name, SharedArchive.archiveName("/other-jdk", "17.0.15", classPath));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        String touched = SharedArchive.archiveName("/jdk", "17.0.15", classPath);
        assertNotEquals(name, touched, "a rebuilt jar");
        Files.write(jar, new byte[] {1, 2, 3, 4});
        assertNotEquals(touched, SharedArchive.archiveName("/jdk", "17.0.15", classPath), "a jar of another size");
    }

    @Test
    @DisplayName("an archive is used only when whole: its file name carries its size")
    void onlyWholeArchives() throws IOException {
        assertEquals(Optional.empty(), SharedArchive.find(folder, "araxes-0badcafe"));
        Files.write(folder.resolve("araxes-0badcafe-10.jsa"), new byte[7]); // cut short
        Files.write(folder.resolve("araxes-0badcafe-x.jsa"), new byte[7]); // not one of ours
        Files.write(folder.resolve("araxes-12345678-5.jsa"), new byte[5]); // another build's
        assertEquals(Optional.empty(), SharedArchive.find(folder, "araxes-0badcafe"));
        Path whole = Files.write(folder.resolve("araxes-0badcafe-5.jsa"), new byte[5]);
        assertEquals(Optional.of(whole), SharedArchive.find(folder, "araxes-0badcafe"));
    }

    @Test
    @DisplayName("the packaged launcher gets the same JIT options as the jar's window JVM")
    void packagedLauncherHasTheJitOptions() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<araxes.jit.options>" + String.join(" ", SharedArchive.JIT_OPTIONS) + "</araxes.jit.options>"),
                "pom.xml's araxes.jit.options");
    }

    @Test
    @DisplayName("this JVM's command line reads as ProcessHandle reads it")
    void commandLineAsProcessHandleReadsIt() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        List<String> command = SharedArchive.commandLine();
        assertEquals(info.command().orElseThrow(), command.get(0));
        assertEquals(List.of(info.arguments().orElseThrow()), command.subList(1, command.size()));
    }
}
