// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The interface text bundle")
class MessagesTest {

    private static final String BUNDLE = "/org/araxes/ui/messages.properties";

    /**
     * A key handed to Messages: {@code Messages.get("a.b")}, {@code Messages.format("a.b", …)},
     * {@code Messages.get(cond ? "a.b" : "a.c")}, or a prefix {@code Messages.get("theme." + name)}.
     */
    private static final Pattern CALL = Pattern.compile(
            "Messages\\.(?:get|format|has)\\(\\s*(?:[\\w.()!]+\\s*\\?\\s*)?\"([^\"]+)\"(\\s*\\+)?(?:\\s*:\\s*\"([^\"]+)\")?");

    private static Properties bundle;
    private static Set<String> usedKeys;
    private static Set<String> usedPrefixes;

    @BeforeAll
    static void read() throws IOException {
        bundle = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(BUNDLE)) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        usedKeys = new TreeSet<>();
        usedPrefixes = new TreeSet<>();
        for (String source : sources()) {
            Matcher m = CALL.matcher(source);
            while (m.find()) {
                (m.group(2) != null ? usedPrefixes : usedKeys).add(m.group(1));
                if (m.group(3) != null) {
                    usedKeys.add(m.group(3));
                }
            }
        }
    }

    private static List<String> sources() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    @Nested
    @DisplayName("against the code")
    class AgainstCode {

        @Test
        @DisplayName("has every key the code asks Messages for")
        void everyUsedKeyExists() {
            assertFalse(usedKeys.isEmpty(), "the scan found calls");
            Set<String> missing = new TreeSet<>(usedKeys);
            missing.removeAll(bundle.stringPropertyNames());
            assertEquals(Set.of(), missing);
            for (String prefix : usedPrefixes) {
                assertTrue(bundle.stringPropertyNames().stream().anyMatch(k -> k.startsWith(prefix)),
                        "some key starts with " + prefix);
            }
        }

        @Test
        @DisplayName("holds no key that the code never uses")
        void everyKeyIsUsed() {
            Set<String> unused = new TreeSet<>(bundle.stringPropertyNames());
            unused.removeAll(usedKeys);
            unused.removeIf(k -> usedPrefixes.stream().anyMatch(k::startsWith));
            assertEquals(Set.of(), unused);
        }
    }

    @Test
    @DisplayName("is valid UTF-8 and keeps non-ASCII text as written")
    void loadsAsUtf8() throws IOException {
        byte[] bytes;
        try (InputStream in = MessagesTest.class.getResourceAsStream(BUNDLE)) {
            bytes = in.readAllBytes();
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new AssertionError("messages.properties is not UTF-8", e);
        }
        assertEquals("Export…", Messages.get("menu.file.export"));
        assertEquals("▶ Play", Messages.get("timeline.play"));
    }

    @ParameterizedTest(name = "{0} with {1} reads \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        // one source: singular, no number
        "incident.sources | 1 | Source",
        // several sources: plural with the number
        "incident.sources | 3 | 3 sources",
        // one problem after a file was opened
        "incidents.opened.problems | 1 | , 1 problem",
        // a large count keeps no grouping separator
        "incidents.opened.problems | 1200 | , 1200 problems",
    })
    @DisplayName("fills in counts")
    void formatsCounts(String key, int count, String expected) {
        assertEquals(expected, Messages.format(key, count));
    }

    @Test
    @DisplayName("keeps a leading space that a composed text needs")
    void keepsLeadingSpace() {
        assertTrue(Messages.get("export.summary.large").startsWith(" — large"));
    }

    @Test
    @DisplayName("shows a missing key as !key! rather than failing")
    void missingKey() {
        assertEquals("!no.such.key!", Messages.get("no.such.key"));
    }
}
