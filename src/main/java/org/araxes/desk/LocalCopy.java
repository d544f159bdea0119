// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.araxes.incidents.Category;
import org.araxes.incidents.DateBasis;
import org.araxes.incidents.DatePrecision;
import org.araxes.incidents.Incident;
import org.araxes.incidents.LocationPrecision;
import org.araxes.incidents.Role;
import org.araxes.incidents.Status;
import org.araxes.settings.JsonFiles;
import org.araxes.settings.UserFolders;

/**
 * A desk's local copy in the user folder ({@code desk/<key>/}): {@code copy.json} holds the
 * incidents as last read from the server, with their versions; {@code queue.json} the edits made
 * offline, in order, until they are sent. Both are written atomically; no password is ever written.
 * A copy that cannot be read is set aside like any broken settings file and the desk starts empty.
 */
public final class LocalCopy {

    private static final int FORMAT = 1;

    private final Path folder;
    private final JsonFiles files = new JsonFiles();
    private final ObjectMapper json = files.mapper();

    public LocalCopy(Path folder) {
        this.folder = folder;
    }

    /**
     * The folder of one desk's copy: the same URL and user always give the same folder (a hash, so
     * no name from the URL becomes a path).
     */
    public static Path folderFor(UserFolders folders, DeskUrl url) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(url.toString().getBytes(StandardCharsets.UTF_8));
            return folders.root().resolve("desk").resolve(HexFormat.of().formatHex(hash, 0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** The records last saved, empty when there is no copy (or it was unreadable and set aside). */
    public List<DeskRecord> records() {
        return records("copy.json");
    }

    /**
     * The incidents of the last window read when the desk was shown by window (decision 0029):
     * what the map showed, for showing only (no summaries, notes, actors or sources); empty when
     * there is none.
     */
    public List<DeskRecord> window() {
        return records("window.json");
    }

    private List<DeskRecord> records(String name) {
        JsonFiles.ReadResult read = files.readJson(folder.resolve(name));
        List<DeskRecord> records = new ArrayList<>();
        try {
            read.json().ifPresent(node -> node.path("records").forEach(r -> records.add(new DeskRecord(
                    incident(r.path("incident")), r.path("version").asLong(), r.path("changedBy").asText(),
                    Instant.parse(r.path("changedAt").asText())))));
        } catch (RuntimeException broken) {
            // not a copy this version wrote: the server's incidents replace it at the next connection
            return List.of();
        }
        return records;
    }

    /** The edits waiting to be sent, oldest first. */
    public List<PendingEdit> queue() {
        JsonFiles.ReadResult read = files.readJson(folder.resolve("queue.json"));
        List<PendingEdit> edits = new ArrayList<>();
        try {
            read.json().ifPresent(node -> node.path("edits").forEach(e -> edits.add(new PendingEdit(e.path("id").asText(),
                    e.hasNonNull("incident") ? Optional.of(incident(e.get("incident"))) : Optional.empty(),
                    e.path("baseVersion").asLong()))));
        } catch (RuntimeException broken) {
            throw new IllegalStateException("the queue of edits not yet sent, " + folder.resolve("queue.json")
                    + ", cannot be read (" + broken.getMessage() + "); it is left as it is", broken);
        }
        return edits;
    }

    /** Replaces the copy's records. */
    public void saveRecords(DeskUrl url, List<DeskRecord> records) throws IOException {
        saveRecords(url, records, "copy.json");
    }

    /** Replaces the last window read (see {@link #window()}). */
    public void saveWindow(DeskUrl url, List<DeskRecord> records) throws IOException {
        saveRecords(url, records, "window.json");
    }

    private void saveRecords(DeskUrl url, List<DeskRecord> records, String name) throws IOException {
        ObjectNode root = json.createObjectNode().put("format", FORMAT).put("url", url.toString())
                .put("saved", Instant.now().toString());
        ArrayNode array = root.putArray("records");
        for (DeskRecord record : records) {
            ObjectNode r = array.addObject().put("version", record.version()).put("changedBy", record.changedBy())
                    .put("changedAt", record.changedAt().toString());
            r.set("incident", node(record.incident()));
        }
        files.writeJson(folder.resolve(name), root);
    }

    /** Replaces the queue (an empty queue deletes its file). */
    public void saveQueue(List<PendingEdit> edits) throws IOException {
        Path file = folder.resolve("queue.json");
        if (edits.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        ObjectNode root = json.createObjectNode().put("format", FORMAT);
        ArrayNode array = root.putArray("edits");
        for (PendingEdit edit : edits) {
            ObjectNode e = array.addObject().put("id", edit.id()).put("baseVersion", edit.baseVersion());
            e.set("incident", edit.incident().map(this::node).orElse(null));
        }
        files.writeJson(file, root);
    }

    private ObjectNode node(Incident incident) {
        ObjectNode n = json.createObjectNode().put("id", incident.id()).put("title", incident.title())
                .put("summary", incident.summary()).put("category", incident.category().code())
                .put("status", incident.status().code()).put("role", incident.role().code());
        incident.actors().forEach(n.putArray("actors")::add);
        n.putObject("date").put("start", incident.date().start().toString()).put("end", incident.date().end().toString())
                .put("precision", incident.date().precision().code()).put("basis", incident.date().basis().code())
                .put("note", incident.date().note());
        n.putObject("location").put("name", incident.location().name())
                .put("precision", incident.location().precision().code()).put("note", incident.location().note());
        if (incident.hasPoint()) {
            n.putArray("point").add(incident.point().lon()).add(incident.point().lat());
        }
        ArrayNode sources = n.putArray("sources");
        for (Incident.Source s : incident.sources()) {
            sources.addObject().put("file", s.file()).put("publisher", s.publisher()).put("author", s.author())
                    .put("title", s.title()).put("published", s.published()).put("quote", s.quote());
        }
        return n;
    }

    private static Incident incident(JsonNode n) {
        List<String> actors = new ArrayList<>();
        n.path("actors").forEach(a -> actors.add(a.asText()));
        List<Incident.Source> sources = new ArrayList<>();
        n.path("sources").forEach(s -> sources.add(new Incident.Source(s.path("file").asText(), s.path("publisher").asText(),
                s.path("author").asText(), s.path("title").asText(), s.path("published").asText(), s.path("quote").asText())));
        JsonNode date = n.path("date");
        JsonNode location = n.path("location");
        JsonNode point = n.path("point");
        return new Incident(n.path("id").asText(), n.path("title").asText(), n.path("summary").asText(),
                Category.parse(n.path("category").asText()), actors, Status.parse(n.path("status").asText()),
                Role.parse(n.path("role").asText()),
                new Incident.When(LocalDate.parse(date.path("start").asText()), LocalDate.parse(date.path("end").asText()),
                        DatePrecision.parse(date.path("precision").asText()), DateBasis.parse(date.path("basis").asText()),
                        date.path("note").asText()),
                new Incident.Place(location.path("name").asText(), LocationPrecision.parse(location.path("precision").asText()),
                        location.path("note").asText()),
                point.isArray() ? new Incident.Point(point.get(0).asDouble(), point.get(1).asDouble()) : null, sources);
    }
}
