// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents.edit;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentResult;
import org.araxes.incidents.write.IncidentGeoJsonWriter;

/**
 * The recovery journal of one set's unsaved edits: a file in the user folder's {@code recovery}
 * folder, one JSON object per line (decision 0024). The first line names the set, its file and
 * that file's size and time as they were when the edits began; each further line is one edit as
 * it was applied ({@code add}, {@code change}, {@code delete}; an undo is written as the edit it
 * makes), the incident in it a one-feature incident GeoJSON as {@link IncidentGeoJsonWriter}
 * writes it, read back by {@link IncidentReader}.
 *
 * <p>Each line is forced to disk ({@link FileChannel#force}) before {@link #record} returns, so
 * after a forced kill or a power cut the journal holds every edit made, except at most a last line
 * cut off while it was written, which {@link #read} leaves out with a message. The file is created
 * at the first edit, so a set never edited leaves none.
 */
public final class EditJournal {

    /** The end of a journal's file name. */
    public static final String SUFFIX = ".edits.jsonl";

    /** The journal format's version, in its first line. */
    public static final int VERSION = 1;

    /** Added to the name of a journal with an unreadable line once its readable edits are recovered. */
    public static final String KEPT = ".unread";

    private static final String MARK = "araxes-edit-journal";
    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * A file's size and last-modified time, to tell whether it changed since edits began.
     *
     * @param size     bytes
     * @param modified last-modified time, milliseconds since 1970
     */
    public record Fingerprint(long size, long modified) {

        /** The fingerprint of a file now, or null when there is no file (or none can be read). */
        public static Fingerprint of(Path file) {
            if (file == null) {
                return null;
            }
            try {
                return new Fingerprint(Files.size(file), Files.getLastModifiedTime(file).toMillis());
            } catch (IOException e) {
                return null;
            }
        }
    }

    /**
     * What a journal is about: its first line.
     *
     * @param setName the set's name
     * @param file    the set's file (absolute), or null for a set not saved yet
     * @param base    the file's fingerprint when the edits began, or null when it had none
     */
    public record Header(String setName, Path file, Fingerprint base) {
        public Header {
            Objects.requireNonNull(setName, "setName");
        }
    }

    /** What one edit did. */
    public enum Kind { ADD, CHANGE, DELETE }

    /**
     * One edit as the journal keeps it.
     *
     * @param kind     what it did
     * @param index    the incident's position in the set when it was done
     * @param id       the incident's id
     * @param incident the incident as added or changed; null for a delete
     */
    public record Entry(Kind kind, int index, String id, Incident incident) {
        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            if (kind != Kind.DELETE) {
                Objects.requireNonNull(incident, "incident");
            }
        }

        /** The entry that records an applied edit. */
        static Entry of(IncidentEdit edit) {
            if (edit instanceof IncidentEdit.Added added) {
                return new Entry(Kind.ADD, added.index(), added.incident().id(), added.incident());
            }
            if (edit instanceof IncidentEdit.Changed changed) {
                return new Entry(Kind.CHANGE, changed.index(), changed.after().id(), changed.after());
            }
            IncidentEdit.Deleted deleted = (IncidentEdit.Deleted) edit;
            return new Entry(Kind.DELETE, deleted.index(), deleted.incident().id(), null);
        }
    }

    private final Path folder;
    private final Header header;
    private Path file;

    /**
     * A journal for a set's edits, written in a folder from the first {@link #record}.
     *
     * @param folder the recovery folder ({@code recovery} in the user folder)
     * @param header what the journal is about
     */
    public EditJournal(Path folder, Header header) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.header = Objects.requireNonNull(header, "header");
    }

    /** The journal's file: where it is or will be written. */
    public Path file() {
        return file != null ? file : folder;
    }

    /** What the journal is about. */
    public Header header() {
        return header;
    }

    /**
     * Appends an applied edit and forces it to disk; the first call creates the file with its
     * first line.
     */
    public void record(IncidentEdit edit) throws IOException {
        if (file == null) {
            Files.createDirectories(folder);
            Path created = folder.resolve(Instant.now().toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8) + SUFFIX);
            append(created, headerLine(header), StandardOpenOption.CREATE_NEW);
            syncFolder(folder);
            file = created;
        }
        append(file, entryLine(Entry.of(edit)), StandardOpenOption.APPEND);
    }

    /** Removes the journal's file, if it was written. */
    public void delete() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
            syncFolder(folder);
            file = null;
        }
    }

    private static void append(Path target, byte[] line, StandardOpenOption mode) throws IOException {
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE, mode)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Forces a folder's entries to disk (a new or removed file survives a power cut); where the system cannot, nothing. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; its file system keeps the entry anyway
        }
    }

    private static byte[] headerLine(Header header) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("journal", MARK);
            json.writeNumberField("version", VERSION);
            json.writeStringField("set", header.setName());
            json.writeStringField("file", header.file() == null ? null : header.file().toString());
            if (header.base() != null) {
                json.writeNumberField("size", header.base().size());
                json.writeNumberField("modified", header.base().modified());
            }
            json.writeStringField("started", Instant.now().toString());
            json.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static byte[] entryLine(Entry entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("op", entry.kind().name().toLowerCase(java.util.Locale.ROOT));
            json.writeNumberField("index", entry.index());
            json.writeStringField("id", entry.id());
            if (entry.incident() != null) {
                ByteArrayOutputStream feature = new ByteArrayOutputStream();
                IncidentGeoJsonWriter.write(List.of(entry.incident()).iterator(), "journal", "", false, feature);
                json.writeFieldName("incident");
                json.writeRawValue(feature.toString(StandardCharsets.UTF_8));
            }
            json.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    /**
     * A journal as read at a start.
     *
     * @param file     the journal's file
     * @param header   what it is about
     * @param entries  the edits that could be read, in order
     * @param problems what was left out and why (a cut-off last line, an unreadable line)
     * @param complete false when a line before the last could not be read (the edits from there on are left out)
     */
    public record Read(Path file, Header header, List<Entry> entries, List<String> problems, boolean complete) {
        public Read {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }

        /** True when the set's file is not as it was when the edits began (changed, created or removed). */
        public boolean fileChanged() {
            return header.file() != null && !Objects.equals(header.base(), Fingerprint.of(header.file()));
        }

        /**
         * Removes the journal (after its edits were recovered, or when the user gives them up); one
         * with an unreadable line is kept beside, renamed to end in {@value #KEPT}, so the edits
         * that could not be read are not lost and it is not offered again.
         */
        public void delete() throws IOException {
            if (complete) {
                Files.deleteIfExists(file);
            } else {
                Files.move(file, file.resolveSibling(file.getFileName() + KEPT), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * The journals found in a folder, oldest first, and why any could not be read (those stay
     * where they are, untouched).
     *
     * @param journals the journals read
     * @param problems one line per journal that could not be read at all
     */
    public record Found(List<Read> journals, List<String> problems) {
        public Found {
            journals = List.copyOf(journals);
            problems = List.copyOf(problems);
        }
    }

    /** Reads every journal in the recovery folder (none when the folder does not exist). */
    public static Found find(Path folder) {
        List<Path> files = new ArrayList<>();
        List<Read> journals = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Found(journals, problems);
        }
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            listing.forEach(files::add);
        } catch (IOException e) {
            problems.add("the recovery folder " + folder + " cannot be read: " + e.getMessage());
        }
        files.sort(null);
        for (Path journal : files) {
            try {
                journals.add(read(journal));
            } catch (IOException e) {
                problems.add(e.getMessage());
            }
        }
        return new Found(journals, problems);
    }

    /**
     * Reads a journal. A last line cut off (no line end, or not whole JSON) is left out with a
     * message; a bad line before the last stops the reading there, with a message naming it.
     *
     * @throws IOException when the file cannot be read or its first line is not a journal's
     */
    public static Read read(Path journal) throws IOException {
        String text;
        try {
            text = Files.readString(journal, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException("the journal " + journal + " does not exist", e);
        } catch (IOException e) {
            throw new IOException("the journal " + journal + " cannot be read: " + e.getMessage(), e);
        }
        String[] lines = text.split("\n", -1);
        // the text after the last line end: empty when the last line is whole
        int whole = lines.length - 1;
        Header header = whole >= 1 ? header(lines[0]) : null;
        if (header == null) {
            throw new IOException("the journal " + journal + " has no readable first line; it is left as it is");
        }
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean complete = true;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            boolean last = i == lines.length - 1 || i == lines.length - 2 && lines[lines.length - 1].isEmpty();
            Entry entry = i < whole ? entry(line, journal) : null;
            if (entry != null) {
                entries.add(entry);
            } else if (last) {
                problems.add("the last edit in the journal " + journal.getFileName() + " (line " + (i + 1)
                        + ") was cut off when Araxes stopped while writing it; it is left out");
            } else {
                problems.add("line " + (i + 1) + " of the journal " + journal + " cannot be read; it and the edits"
                        + " after it are left out (the journal is kept as " + journal.getFileName() + KEPT + ")");
                complete = false;
                break;
            }
        }
        return new Read(journal, header, entries, problems, complete);
    }

    private static Header header(String line) {
        try {
            JsonNode node = MAPPER.readTree(line);
            if (node == null || !MARK.equals(node.path("journal").asText()) || !node.path("set").isTextual()) {
                return null;
            }
            Path file = node.path("file").isTextual() ? Path.of(node.path("file").asText()) : null;
            Fingerprint base = node.has("size") ? new Fingerprint(node.path("size").asLong(), node.path("modified").asLong()) : null;
            return new Header(node.path("set").asText(), file, base);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** One edit line, or null when it is not one (cut off, or not a journal's line). */
    private static Entry entry(String line, Path journal) {
        try {
            JsonNode node = MAPPER.readTree(line);
            Kind kind = Kind.valueOf(node.path("op").asText().toUpperCase(java.util.Locale.ROOT));
            String id = node.path("id").asText();
            int index = node.path("index").asInt(-1);
            if (id.isEmpty() || index < 0) {
                return null;
            }
            Incident incident = null;
            if (kind != Kind.DELETE) {
                IncidentResult read = new IncidentReader().readGeoJson(
                        new ByteArrayInputStream(MAPPER.writeValueAsBytes(node.path("incident"))), journal.getFileName().toString());
                if (read.incidents().size() != 1 || !read.incidents().get(0).id().equals(id)) {
                    return null;
                }
                incident = read.incidents().get(0);
            }
            return new Entry(kind, index, id, incident);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
