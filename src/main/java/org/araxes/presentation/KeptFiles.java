// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.araxes.io.Problem;
import org.araxes.settings.JsonFiles;

/**
 * Reads the user's own files (views, stories, settings) through {@link JsonFiles} and a parser, so
 * that a file is never silently lost: a file that is not JSON is set aside by {@code JsonFiles}; a
 * file that is JSON but does not fit (an old or foreign format, a bad field) is set aside here the
 * same way, as {@code NAME.corrupt-<UTC timestamp>}, and the problem names the file and the place.
 */
public final class KeptFiles {

    /** Builds JSON trees for writing. */
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss", Locale.ROOT);

    private KeptFiles() {
    }

    /** Turns a JSON tree into a value, or says where it does not fit. */
    @FunctionalInterface
    public interface Parser<T> {
        /** Builds the value; throws when the tree is not what the file should hold. */
        T parse(JsonNode tree) throws FormatException;
    }

    /**
     * What loading gave.
     *
     * @param value    what the file held; empty when it is missing or was refused
     * @param problem  why it was refused
     * @param setAside where a refused file was moved, when it was
     */
    public record Loaded<T>(Optional<T> value, Optional<Problem> problem, Optional<Path> setAside) {
        public Loaded {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(setAside, "setAside");
        }
    }

    /**
     * Loads a file. A missing file gives an empty result and no problem.
     *
     * @param file     the file
     * @param parser   turns the tree into the value
     * @param setAside whether a refused file is renamed aside (true for the user's own files; false for
     *                 files opened from elsewhere, which are only reported)
     * @param clock    the clock for the new name (UTC)
     */
    public static <T> Loaded<T> load(Path file, Parser<T> parser, boolean setAside, Clock clock) {
        Clock utc = clock.withZone(java.time.ZoneOffset.UTC);
        String name = file.toString();
        JsonNode tree;
        if (setAside) {
            JsonFiles.ReadResult read = new JsonFiles(utc).readJson(file);
            if (read.json().isEmpty()) {
                return new Loaded<>(Optional.empty(), read.problem().map(p -> withFile(p, name)), read.setAside());
            }
            tree = read.json().get();
        } else {
            try {
                org.araxes.io.InputFiles.requireRegular(file);
            } catch (IOException e) { // a FIFO would block the reading thread (the window's) for ever
                return new Loaded<>(Optional.empty(), Optional.of(Problem.error(name, "", e.getMessage())), Optional.empty());
            }
            try {
                if (Files.size(file) > JsonFiles.MAX_DOCUMENT_LENGTH) {
                    return new Loaded<>(Optional.empty(), Optional.of(Problem.error(name, "", "the file is larger than "
                            + JsonFiles.MAX_DOCUMENT_LENGTH + " bytes (document size limit)")), Optional.empty());
                }
                byte[] bytes = Files.readAllBytes(file);
                JsonFiles files = new JsonFiles(utc);
                Optional<Problem> syntax = files.check(bytes, name);
                if (syntax.isPresent()) {
                    return new Loaded<>(Optional.empty(), syntax, Optional.empty());
                }
                tree = files.readTree(bytes);
            } catch (java.nio.file.NoSuchFileException e) {
                return new Loaded<>(Optional.empty(), Optional.empty(), Optional.empty());
            } catch (IOException e) {
                return new Loaded<>(Optional.empty(), Optional.of(Problem.error(name, "", "cannot be read: "
                        + e.getMessage())), Optional.empty());
            }
        }
        try {
            return new Loaded<>(Optional.of(parser.parse(tree)), Optional.empty(), Optional.empty());
        } catch (FormatException e) {
            Problem problem = Problem.error(name, e.place(), e.getMessage());
            if (!setAside) {
                return new Loaded<>(Optional.empty(), Optional.of(problem), Optional.empty());
            }
            try {
                Path moved = setAside(file, utc);
                return new Loaded<>(Optional.empty(), Optional.of(Problem.error(name, e.place(), e.getMessage()
                        + "; the file was kept as " + moved.getFileName() + " and a fresh one will be written")),
                        Optional.of(moved));
            } catch (IOException io) {
                return new Loaded<>(Optional.empty(), Optional.of(Problem.error(name, e.place(), e.getMessage()
                        + "; it could not be moved aside (" + io.getMessage() + ")")), Optional.empty());
            }
        }
    }

    /** Renames a file to {@code NAME.corrupt-<UTC timestamp>} beside it ("-2", "-3"… if taken). */
    public static Path setAside(Path file, Clock clock) throws IOException {
        String base = file.getFileName() + ".corrupt-"
                + LocalDateTime.now(clock.withZone(java.time.ZoneOffset.UTC)).format(STAMP);
        Path target = file.resolveSibling(base);
        for (int n = 2; Files.exists(target); n++) {
            target = file.resolveSibling(base + "-" + n);
        }
        return Files.move(file, target);
    }

    /** Writes a tree atomically through {@link JsonFiles}. */
    public static void write(Path file, JsonNode tree) throws IOException {
        new JsonFiles().writeJson(file, tree);
    }

    /** Parses JSON text with the same limits as the files (for bundled resources). */
    static JsonNode parseBundled(java.io.InputStream in) throws IOException {
        return new JsonFiles().readTree(in.readAllBytes());
    }

    private static Problem withFile(Problem p, String file) {
        return new Problem(file, p.place(), p.message(), p.severity());
    }
}
