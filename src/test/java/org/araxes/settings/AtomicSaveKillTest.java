// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Killing the program in the middle of a save never leaves a broken file. */
@DisplayName("An atomic save killed at random moments")
class AtomicSaveKillTest {

    private static final int KILLS = 50;

    @Test
    @DisplayName("leaves the old or the new complete file every time, over 50 kills of a separate JVM")
    void killedMidSave(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("settings.json");
        JsonFiles.writeAtomically(file, AtomicSaveChild.content(0));
        Random random = new Random(7);
        ObjectMapper mapper = new ObjectMapper();
        int last = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                    AtomicSaveChild.class.getName(), file.toString(), String.valueOf(last + 1))
                    .redirectErrorStream(true).start();
            // Kill after a random number of finished saves (0 to 5): the kill then lands somewhere
            // inside the next save (writing, flushing, syncing or moving).
            int waitFor = random.nextInt(6);
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            for (int i = 0; i < waitFor; i++) {
                String line = out.readLine();
                if (line == null) {
                    break;
                }
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not end");
            byte[] bytes = Files.readAllBytes(file);
            JsonNode json = mapper.readTree(bytes);
            int version = json.path("version").asInt(-1);
            assertTrue(version >= last, "went back from version " + last + " to " + version);
            assertEquals(AtomicSaveChild.fillLength(version), json.path("fill").asText().length(), "a mixed file");
            assertTrue(json.path("end").asBoolean(), "a cut file");
            assertEquals(new String(AtomicSaveChild.content(version), StandardCharsets.UTF_8),
                    new String(bytes, StandardCharsets.UTF_8), "the file is exactly one version");
            last = version;
        }
        assertTrue(last > 0, "no save ever finished");
    }
}
