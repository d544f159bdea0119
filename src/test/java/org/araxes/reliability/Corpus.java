// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The corpus of bad inputs in {@code src/test/resources/org/araxes/corpus} and its {@code expected.tsv}. */
final class Corpus {

    private Corpus() {
    }

    /**
     * One expectation: a corpus file, how many items must still load, and a fragment of one printed
     * problem line ({@code null} when the file must be clean).
     */
    record Expectation(String file, int loaded, String fragment) {
        @Override
        public String toString() {
            return file + " → " + (fragment == null ? "clean" : fragment);
        }
    }

    static Path folder() {
        try {
            return Path.of(Corpus.class.getResource("/org/araxes/corpus/expected.tsv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Expectation> expectations() {
        List<Expectation> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(folder().resolve("expected.tsv"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 3);
                rows.add(new Expectation(cells[0], Integer.parseInt(cells[1]), cells[2].equals("-") ? null : cells[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Every input file of the corpus (not expected.tsv), sorted. */
    static List<Path> files() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> !f.getFileName().toString().equals("expected.tsv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
