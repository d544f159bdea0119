// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.settings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.araxes.io.InputFiles;
import org.araxes.io.Problem;
import org.araxes.io.TextEncoding;

/**
 * Safe reading and writing of the small JSON files Araxes keeps for the user: settings, saved
 * views and stories. Everyone who writes such a file goes through here.
 *
 * <ul>
 *   <li><b>Atomic save</b> ({@link #writeAtomically}): the bytes go to a temporary file in the same
 *       folder, are flushed and forced to disk (fsync), and the temporary file is then moved over
 *       the target with {@link StandardCopyOption#ATOMIC_MOVE}. A crash or a kill at any moment
 *       leaves either the old file or the new one, never a mix.</li>
 *   <li><b>Nothing silently lost</b> ({@link #readJson}): a file that is not valid JSON (or is
 *       empty, or not UTF-8) is reported as a {@link Problem} naming the file and the place, and is
 *       moved aside as {@code NAME.corrupt-<timestamp>} so the next save cannot overwrite what the
 *       user might still want to recover.</li>
 *   <li><b>Regular files only</b>: a FIFO, a device or a folder in a file's place is reported by
 *       its kind and never opened (a FIFO would block the reading thread for ever).</li>
 *   <li><b>Read limits</b>: nesting depth, string and number length and document size are capped
 *       as for GeoJSON, so a hostile file cannot exhaust memory or the stack.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JsonFiles {

    /** Largest settings, view or story file accepted, in bytes. */
    public static final long MAX_DOCUMENT_LENGTH = 50_000_000L;
    /** Deepest nesting accepted. */
    public static final int MAX_NESTING_DEPTH = 100;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss", Locale.ROOT);

    private final JsonFactory factory;
    private final ObjectMapper mapper;
    private final Clock clock;

    /** Files read and written with the default limits and the system clock. */
    public JsonFiles() {
        this(Clock.systemDefaultZone());
    }

    /** Files read and written with the given clock (for the set-aside names in tests). */
    public JsonFiles(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(100)
                .maxStringLength(10_000_000)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .build()).build();
        this.mapper = new ObjectMapper(factory).enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** The mapper used (limits set), for reading trees, turning them into records and writing. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** The first JSON value of a document as a tree (a missing node for a document with none). */
    public JsonNode readTree(byte[] bytes) throws IOException {
        return mapper.readTree(bytes);
    }

    /**
     * What reading a JSON file gave.
     *
     * @param json      the document, or empty when the file is missing or unusable
     * @param problem   what was wrong, or empty
     * @param setAside  where an unusable file was moved, or empty
     */
    public record ReadResult(Optional<JsonNode> json, Optional<Problem> problem, Optional<Path> setAside) {
        public ReadResult {
            Objects.requireNonNull(json, "json");
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(setAside, "setAside");
        }
    }

    /**
     * Reads a JSON file. A missing file gives an empty result with no problem (first start). A file
     * that cannot be parsed gives a problem and is moved aside as {@code NAME.corrupt-<timestamp>}
     * (when it cannot be moved, the problem says so and the file stays where it is).
     */
    public ReadResult readJson(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            InputFiles.requireRegular(file);
        } catch (IOException e) { // a FIFO would block the reading thread (the window's) for ever
            return new ReadResult(Optional.empty(), Optional.of(Problem.error(name, "", e.getMessage())), Optional.empty());
        }
        try {
            if (Files.size(file) > MAX_DOCUMENT_LENGTH) {
                return setAside(file, Problem.error(name, "", "the file is larger than " + MAX_DOCUMENT_LENGTH
                        + " bytes (document size limit)"));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new ReadResult(Optional.empty(), Optional.empty(), Optional.empty());
        } catch (IOException e) {
            return new ReadResult(Optional.empty(),
                    Optional.of(Problem.error(name, "", "the file cannot be read: " + e.getMessage())), Optional.empty());
        }
        Optional<Problem> problem = check(bytes, name);
        if (problem.isPresent()) {
            return setAside(file, problem.get());
        }
        try {
            return new ReadResult(Optional.of(readTree(bytes)), Optional.empty(), Optional.empty());
        } catch (IOException e) {
            return setAside(file, Problem.error(name, "", TextEncoding.plainJsonMessage(e)));
        }
    }

    /** The problem that keeps these bytes from being a JSON document, or empty when they are one. */
    public Optional<Problem> check(byte[] bytes, String name) {
        if (bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            return Optional.of(Problem.error(name, "", "the file is empty"));
        }
        // decoded strictly (TextEncoding), so a file that is not UTF-8 is named as such
        TextEncoding.CheckedReader text = null;
        JsonParser parser = null;
        try {
            text = TextEncoding.reader(new java.io.ByteArrayInputStream(bytes));
            parser = factory.createParser(text);
            while (parser.nextToken() != null) {
                // just check the syntax and the limits
            }
            return Optional.empty();
        } catch (JsonProcessingException | TextEncoding.NotUtf8Exception e) {
            String[] said = TextEncoding.complaint(e, parser, text, factory.streamReadConstraints());
            return Optional.of(Problem.error(name, said[0], said[1]));
        } catch (IOException e) {
            return Optional.of(Problem.error(name, "", "the file cannot be read: " + e.getMessage()));
        }
    }

    private ReadResult setAside(Path file, Problem problem) {
        String name = file.getFileName().toString();
        Path aside = file.resolveSibling(name + ".corrupt-" + LocalDateTime.now(clock).format(STAMP));
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(name + ".corrupt-" + LocalDateTime.now(clock).format(STAMP) + "-" + n);
        }
        try {
            Files.move(file, aside);
            Problem told = new Problem(problem.file(), problem.place(), problem.message()
                    + "; the file was kept as " + aside.getFileName() + " and a fresh one will be written",
                    problem.severity());
            return new ReadResult(Optional.empty(), Optional.of(told), Optional.of(aside));
        } catch (IOException e) {
            Problem told = new Problem(problem.file(), problem.place(), problem.message()
                    + "; it could not be moved aside (" + e.getMessage() + ")", problem.severity());
            return new ReadResult(Optional.empty(), Optional.of(told), Optional.empty());
        }
    }

    /** Writes a JSON tree atomically (see {@link #writeAtomically}). */
    public void writeJson(Path file, JsonNode json) throws IOException {
        writeAtomically(file, mapper.writeValueAsBytes(json));
    }

    /**
     * Replaces a file's content atomically: temporary file in the same folder, write, flush, fsync,
     * then an atomic move over the target (a plain replacing move where the file system has no
     * atomic move, which is then still a single rename on every common file system). The folder is
     * created when missing. On failure the old file is untouched and the temporary file removed.
     *
     * @throws IOException when the file cannot be written; the old content is then still there
     */
    public static void writeAtomically(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        org.araxes.io.AtomicFiles.write(file, out -> out.write(content));
    }
}
