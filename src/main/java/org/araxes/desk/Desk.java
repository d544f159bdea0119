// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.araxes.incidents.Category;
import org.araxes.incidents.DateBasis;
import org.araxes.incidents.DatePrecision;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.LocationPrecision;
import org.araxes.incidents.Role;
import org.araxes.incidents.Status;
import org.araxes.io.Problem;

/**
 * One connection to a shared desk: reads, queries and edits the incidents in its schema.
 *
 * <p>Every value goes to the server as a bound parameter, never spliced into SQL text; the only
 * names in SQL text are the desk's own tables, found through the search path the URL sets. An
 * edit names the version it started from and is one transaction: the incident row is updated only
 * {@code where row_version = ?}, its sources replaced, and either all of it is stored or none. An
 * edit on an old version is a {@link EditResult.Conflict} holding both versions.
 *
 * <p>Not thread-safe: one thread at a time (the desk client and the command line each use their
 * own). {@link #listen} opens a second connection of its own.
 */
public final class Desk implements AutoCloseable {

    /** The notification channel the V2 trigger announces changes on. */
    public static final String CHANNEL = "araxes_incidents";

    private static final String COLUMNS = "i.id, i.title, i.summary, i.category, i.actors, i.status, i.role, "
            + "i.date_start, i.date_end, i.date_precision, i.date_basis, i.date_note, i.place_name, i.place_precision, "
            + "i.place_note, ST_X(i.geom) as lon, ST_Y(i.geom) as lat, i.row_version, i.changed_by, i.changed_at";
    private static final String SOURCE_COLUMNS = "s.incident_id, s.file, s.publisher, s.author, s.title, s.published, s.quote";

    private final DeskUrl url;
    private final String password;
    private final Connection connection;
    private final boolean readOnly;
    private final int backendPid;

    private Desk(DeskUrl url, String password, Connection connection, boolean readOnly, int backendPid) {
        this.url = url;
        this.password = password;
        this.connection = connection;
        this.readOnly = readOnly;
        this.backendPid = backendPid;
    }

    /**
     * Connects, brings the schema up to date (when this user may) and finds whether the user may edit.
     *
     * @param password the password, or null to use none (trust or peer authentication)
     * @throws DeskException with a plain message; {@link DeskException#connectionLost()} when the
     *                       server could not be reached
     */
    public static Desk open(DeskUrl url, String password) throws DeskException {
        Objects.requireNonNull(url, "url");
        Connection connection = connect(url, password);
        try {
            DeskSchema.migrate(url, password);
            boolean readOnly;
            int pid;
            try (Statement statement = connection.createStatement()) {
                // the window's queries are short: compiling them (JIT, for high cost estimates) took longer than running them
                statement.execute("set jit = off");
                // a plan for the days, area and search text asked, never a generic one: after five runs of a
                // prepared statement the server may keep a plan made without the values, which at a million
                // incidents read the whole table for a year's window and took 20-50 s for a search
                statement.execute("set plan_cache_mode = force_custom_plan");
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select "
                         + "has_table_privilege('incident', 'INSERT') and has_table_privilege('incident', 'UPDATE') "
                         + "and has_table_privilege('incident', 'DELETE') and has_table_privilege('incident_source', 'INSERT') "
                         + "and has_table_privilege('incident_source', 'DELETE') and not pg_is_in_recovery() "
                         + "and current_setting('transaction_read_only') = 'off', pg_backend_pid()")) {
                rs.next();
                readOnly = !rs.getBoolean(1);
                pid = rs.getInt(2);
            }
            return new Desk(url, password, connection, readOnly, pid);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw failure(url, "open the desk", e);
        } catch (DeskException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    static Connection connect(DeskUrl url, String password) throws DeskException {
        try {
            return DriverManager.getConnection(url.jdbcUrl(), url.driverProperties(password));
        } catch (SQLException e) {
            if ("28P01".equals(e.getSQLState()) || "28000".equals(e.getSQLState())) {
                throw new DeskException("user " + url.user() + " could not log in to " + url.database() + " at "
                        + url.host() + ":" + url.port() + ": wrong password, or the server does not let this user in",
                        false, e);
            }
            if ("08004".equals(e.getSQLState()) && password == null) {
                throw new DeskException("user " + url.user() + " needs a password for " + url.database() + " at "
                        + url.host() + ":" + url.port() + ": give it when asked, in PGPASSWORD or in ~/.pgpass", false, e);
            }
            if ("3D000".equals(e.getSQLState())) {
                throw new DeskException("there is no database \"" + url.database() + "\" at " + url.host() + ":"
                        + url.port(), false, e);
            }
            throw failure(url, "connect", e);
        }
    }

    public DeskUrl url() {
        return url;
    }

    /** True when this user may only read (no edit commands are offered; an edit is refused with a message). */
    public boolean readOnly() {
        return readOnly;
    }

    /** The desk's name (set by its owner in {@code desk_info}; the database's name at first). */
    public String name() throws DeskException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select name from desk_info")) {
            return rs.next() ? rs.getString(1) : url.database();
        } catch (SQLException e) {
            throw failure(url, "read the desk's name", e);
        }
    }

    /** How many incidents the desk holds. */
    public long count() throws DeskException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from incident")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure(url, "count the incidents", e);
        }
    }

    /** The users connected to this database with Araxes now (including this one), by name. */
    public List<String> connectedUsers() throws DeskException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select distinct usename from pg_stat_activity "
                     + "where datname = current_database() and application_name = 'Araxes' and usename is not null order by 1")) {
            List<String> users = new ArrayList<>();
            while (rs.next()) {
                users.add(rs.getString(1));
            }
            return users;
        } catch (SQLException e) {
            throw failure(url, "list who is connected", e);
        }
    }

    /**
     * Every incident of the desk, with the rows that could not be read as incidents (changed by
     * hand to something the format forbids) as problems.
     */
    public Loaded loadAll() throws DeskException {
        return query("", List.of(), Integer.MAX_VALUE);
    }

    /**
     * The incidents whose dates overlap a window and whose point lies in an area, through the
     * indexes (start and end days, GiST on the point), at most {@code limit}, earliest first.
     *
     * @param from first day of the window, or null for no lower bound
     * @param to   last day of the window, or null for no upper bound
     * @param area the area in degrees, or null for anywhere (incidents with no point included)
     */
    public Loaded window(LocalDate from, LocalDate to, Area area, int limit) throws DeskException {
        return window(from, to, area, IncidentFilter.all(), limit);
    }

    /**
     * As {@link #window(LocalDate, LocalDate, Area, int)}, only the incidents that pass the filter's
     * categories, statuses, roles, actors and search text, tested in the database (the search text
     * as {@link Incident#searchText()} holds it). The filter's distance ({@code near}) is not: the
     * caller tests it on the result.
     */
    public Loaded window(LocalDate from, LocalDate to, Area area, IncidentFilter filter, int limit) throws DeskException {
        StringBuilder where = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        appendWindow(where, parameters, from, to, area, filter);
        return query(where.toString(), parameters, limit);
    }

    /** How many incidents lie in a window and area and pass a filter (as {@link #window(LocalDate, LocalDate, Area, IncidentFilter, int)}). */
    public long count(LocalDate from, LocalDate to, Area area, IncidentFilter filter) throws DeskException {
        StringBuilder where = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        appendWindow(where, parameters, from, to, area, filter);
        try (PreparedStatement statement = connection.prepareStatement("select count(*) from incident i" + where)) {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(url, "count the incidents in view", e);
        }
    }

    /** How many incidents start in each month or day of a window (only those with a point in {@code area} when given). */
    public List<BucketCount> histogram(LocalDate from, LocalDate to, Area area, Bucket bucket) throws DeskException {
        return histogram(from, to, area, IncidentFilter.all(), bucket);
    }

    /** As {@link #histogram(LocalDate, LocalDate, Area, Bucket)}, of the incidents that pass the filter (tested as in {@link #window(LocalDate, LocalDate, Area, IncidentFilter, int)}). */
    public List<BucketCount> histogram(LocalDate from, LocalDate to, Area area, IncidentFilter filter, Bucket bucket)
            throws DeskException {
        StringBuilder where = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        appendWindow(where, parameters, from, to, area, filter);
        String sql = "select date_trunc('" + bucket.sqlUnit() + "', i.date_start)::date as bucket, count(*) from incident i"
                + where + " group by 1 order by 1";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            List<BucketCount> counts = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    counts.add(new BucketCount(rs.getObject(1, LocalDate.class), rs.getLong(2)));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw failure(url, "count the incidents by " + bucket.sqlUnit(), e);
        }
    }

    /** The columns the map and the list need, in {@link Row}'s order; the rest empty, no sources. */
    private static final String MAP_COLUMNS = "i.id, i.title, '' as summary, i.category, i.actors, i.status, "
            + "i.role, i.date_start, i.date_end, i.date_precision, i.date_basis, '' as date_note, i.place_name, "
            + "i.place_precision, '' as place_note, ST_X(i.geom) as lon, ST_Y(i.geom) as lat, i.row_version, "
            + "i.changed_by, i.changed_at, s0.file, s0.publisher, s0.author, s0.title, s0.published";
    /** The first source of each incident (an incident has at least one), found by its key; its quote left out. */
    private static final String FIRST_SOURCE = " left join incident_source s0 on s0.incident_id = i.id and s0.position = 0";

    /**
     * As {@link #window(LocalDate, LocalDate, Area, IncidentFilter, int)}, only what the map and the
     * incident list draw (and the actor chooser offers): id, title, category, actors, status, role,
     * dates and their precision, place name and precision, point, version, and the first source
     * without its quote (found by its key: an incident has at least one). Summary, notes, the quote
     * and the other sources are left out: one query, no second one for the sources. An incident read so is for showing only;
     * read it whole with {@link #get} before editing it.
     */
    public Loaded mapWindow(LocalDate from, LocalDate to, Area area, IncidentFilter filter, int limit) throws DeskException {
        StringBuilder where = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        appendWindow(where, parameters, from, to, area, filter);
        // the window's rows first (by the indexes, at most limit), then the first source of each by its key
        String sql = "select " + MAP_COLUMNS + " from (select * from incident i" + where + " order by i.date_start, i.id limit "
                + Math.max(0, limit) + ") i" + FIRST_SOURCE + " order by i.date_start, i.id";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.setFetchSize(10_000);
            List<DeskRecord> records = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Row row = Row.of(rs);
                    try {
                        records.add(row.record(rs.getString(21) == null ? List.of() : List.of(new Incident.Source(
                                rs.getString(21), rs.getString(22), rs.getString(23), rs.getString(24), rs.getString(25), ""))));
                    } catch (IllegalArgumentException | NullPointerException e) {
                        problems.add(Problem.error(url.toString(), "incident \"" + row.id + "\"", e.getMessage()));
                    }
                }
            }
            return new Loaded(records, problems);
        } catch (SQLException e) {
            throw failure(url, "read the incidents in view", e);
        }
    }

    /**
     * How many incidents passing a filter have each category, first day and last day: the
     * aggregate a timeline's histogram, span and stepping are made from ({@link DeskCounts}),
     * whatever the zoom, without reading the incidents. The filter is tested as in
     * {@link #window(LocalDate, LocalDate, Area, IncidentFilter, int)}.
     */
    public List<DateCount> dateCounts(IncidentFilter filter) throws DeskException {
        StringBuilder where = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        appendWindow(where, parameters, null, null, null, filter);
        String sql = "select i.category, i.date_start, i.date_end, count(*) from incident i" + where
                + " group by 2, 3, 1";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.setFetchSize(10_000);
            List<DateCount> counts = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Category category = Category.parse(rs.getString(1));
                    if (category != null) { // a category changed by hand to one the format does not know: a problem of the window's read
                        counts.add(new DateCount(category, rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                                rs.getLong(4)));
                    }
                }
            }
            return counts;
        } catch (SQLException e) {
            throw failure(url, "count the incidents by date", e);
        }
    }

    /**
     * How many incidents of a category span the days from {@code start} to {@code end}.
     *
     * @param count at least 1
     */
    public record DateCount(Category category, LocalDate start, LocalDate end, long count) {
        public DateCount {
            Objects.requireNonNull(category, "category");
            if (end.isBefore(start) || count < 1) {
                throw new IllegalArgumentException("a date count needs end ≥ start and a count ≥ 1");
            }
        }
    }

    /** One incident as stored now, or empty when there is none with that id. */
    public Optional<DeskRecord> get(String id) throws DeskException {
        Loaded loaded = query(" where i.id = ?", List.of(id), 1);
        return loaded.records().isEmpty() ? Optional.empty() : Optional.of(loaded.records().get(0));
    }

    /**
     * Adds or changes an incident in one transaction.
     *
     * @param baseVersion the version the edit started from; 0 for a new incident
     * @return {@link EditResult.Saved} with the new version, a {@link EditResult.Conflict} when the
     *         incident changed meanwhile (or a new one's id is taken), or {@link EditResult.Refused}
     * @throws DeskException when the connection broke (nothing was stored) or the server failed
     */
    public EditResult save(Incident incident, long baseVersion) throws DeskException {
        if (readOnly) {
            return refusedReadOnly();
        }
        try {
            connection.setAutoCommit(false);
            try {
                int rows;
                if (baseVersion == 0) {
                    rows = insert(incident);
                } else {
                    rows = update(incident, baseVersion);
                }
                if (rows == 0) {
                    connection.rollback();
                    return new EditResult.Conflict(Optional.of(incident), baseVersion, get(incident.id()));
                }
                writeSources(incident);
                Optional<DeskRecord> now = get(incident.id());
                connection.commit();
                return new EditResult.Saved(now);
            } catch (SQLException | DeskException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            } finally {
                autoCommitQuietly();
            }
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                return refusedReadOnly();
            }
            if (e.getSQLState() != null && (e.getSQLState().startsWith("23") || e.getSQLState().startsWith("22"))) {
                return new EditResult.Refused("incident " + incident.id() + " was not stored: "
                        + DeskSchema.firstLine(e.getMessage()));
            }
            throw failure(url, "store incident " + incident.id(), e);
        }
    }

    /** Deletes an incident if it is still at {@code baseVersion}; a conflict otherwise. */
    public EditResult delete(String id, long baseVersion) throws DeskException {
        if (readOnly) {
            return refusedReadOnly();
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "delete from incident where id = ? and row_version = ?")) {
            statement.setString(1, id);
            statement.setLong(2, baseVersion);
            if (statement.executeUpdate() == 0) {
                return new EditResult.Conflict(Optional.empty(), baseVersion, get(id));
            }
            return new EditResult.Saved(Optional.empty());
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                return refusedReadOnly();
            }
            throw failure(url, "delete incident " + id, e);
        }
    }

    /** Who changed an incident and when, oldest first (the server's trigger wrote it). */
    public List<HistoryEntry> history(String id) throws DeskException {
        try (PreparedStatement statement = connection.prepareStatement("select row_version, operation, changed_by, "
                + "changed_at, coalesce(old_title, ''), coalesce(new_title, '') from incident_history "
                + "where incident_id = ? order by history_id")) {
            statement.setString(1, id);
            List<HistoryEntry> entries = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    entries.add(new HistoryEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw failure(url, "read the history of incident " + id, e);
        }
    }

    /**
     * Listens for other clients' changes on a connection of its own: {@code onChange} hears each
     * change (not this desk's own) on the listener's thread within about 250 ms of its commit;
     * {@code onLost} hears once when the connection breaks, and the listener stops.
     */
    public DeskListener listen(Consumer<DeskChange> onChange, Consumer<DeskException> onLost) throws DeskException {
        Connection listening = connect(url, password);
        try (Statement statement = listening.createStatement()) {
            statement.execute("listen " + CHANNEL);
        } catch (SQLException e) {
            closeQuietly(listening);
            throw failure(url, "listen for changes", e);
        }
        return new DeskListener(listening, url.schema(), backendPid, onChange, onLost);
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    /** True when a failure means the server is out of reach or went away (class 08, shutdown, closed). */
    static boolean isConnectionLost(SQLException e) {
        String state = e.getSQLState();
        // 08004: the server rejected the connection (a password it wants and did not get), not out of reach
        return state == null || (state.startsWith("08") && !state.equals("08004")) || state.startsWith("57P");
    }

    static DeskException failure(DeskUrl url, String what, SQLException e) {
        if (isConnectionLost(e)) {
            return new DeskException("could not " + what + ": the server at " + url.host() + ":" + url.port()
                    + " is out of reach (" + DeskSchema.firstLine(e.getMessage()) + ")", true, e);
        }
        return new DeskException("could not " + what + ": " + DeskSchema.firstLine(e.getMessage()), false, e);
    }

    private EditResult refusedReadOnly() {
        return new EditResult.Refused("user " + url.user() + " may read this desk but not edit it; "
                + "ask the desk's owner for an editor's role");
    }

    private int insert(Incident incident) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("insert into incident (title, summary, category, "
                + "actors, status, role, date_start, date_end, date_precision, date_basis, date_note, place_name, "
                + "place_precision, place_note, geom, id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "ST_SetSRID(ST_MakePoint(?, ?), 4326), ?) on conflict (id) do nothing")) {
            int next = bindFields(statement, incident);
            statement.setString(next, incident.id());
            return statement.executeUpdate();
        }
    }

    private int update(Incident incident, long baseVersion) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("update incident set title = ?, summary = ?, "
                + "category = ?, actors = ?, status = ?, role = ?, date_start = ?, date_end = ?, date_precision = ?, "
                + "date_basis = ?, date_note = ?, place_name = ?, place_precision = ?, place_note = ?, "
                + "geom = ST_SetSRID(ST_MakePoint(?, ?), 4326) where id = ? and row_version = ?")) {
            int next = bindFields(statement, incident);
            statement.setString(next, incident.id());
            statement.setLong(next + 1, baseVersion);
            return statement.executeUpdate();
        }
    }

    /** Binds the fields from title to the point (parameters 1–16); returns the next parameter's index. */
    private int bindFields(PreparedStatement statement, Incident incident) throws SQLException {
        int i = 1;
        statement.setString(i++, incident.title());
        statement.setString(i++, incident.summary());
        statement.setString(i++, incident.category().code());
        statement.setArray(i++, connection.createArrayOf("text", incident.actors().toArray()));
        statement.setString(i++, incident.status().code());
        statement.setString(i++, incident.role().code());
        statement.setObject(i++, incident.date().start());
        statement.setObject(i++, incident.date().end());
        statement.setString(i++, incident.date().precision().code());
        statement.setString(i++, incident.date().basis().code());
        statement.setString(i++, incident.date().note());
        statement.setString(i++, incident.location().name());
        statement.setString(i++, incident.location().precision().code());
        statement.setString(i++, incident.location().note());
        if (incident.hasPoint()) {
            statement.setDouble(i++, incident.point().lon());
            statement.setDouble(i++, incident.point().lat());
        } else {
            statement.setNull(i++, Types.DOUBLE);
            statement.setNull(i++, Types.DOUBLE);
        }
        return i;
    }

    private void writeSources(Incident incident) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from incident_source where incident_id = ?")) {
            delete.setString(1, incident.id());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into incident_source (incident_id, position, "
                + "file, publisher, author, title, published, quote) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Incident.Source source : incident.sources()) {
                insert.setString(1, incident.id());
                insert.setInt(2, position++);
                insert.setString(3, source.file());
                insert.setString(4, source.publisher());
                insert.setString(5, source.author());
                insert.setString(6, source.title());
                insert.setString(7, source.published());
                insert.setString(8, source.quote());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void appendWindow(StringBuilder where, List<Object> parameters, LocalDate from, LocalDate to, Area area,
                              IncidentFilter filter) throws DeskException {
        List<String> conditions = new ArrayList<>();
        try {
            if (filter.categories().size() < Category.values().length) {
                conditions.add("i.category = any(?)");
                parameters.add(codes(filter.categories().stream().map(Category::code).toArray()));
            }
            if (filter.statuses().size() < Status.values().length) {
                conditions.add("i.status = any(?)");
                parameters.add(codes(filter.statuses().stream().map(Status::code).toArray()));
            }
            if (filter.roles().size() < Role.values().length) {
                conditions.add("i.role = any(?)");
                parameters.add(codes(filter.roles().stream().map(Role::code).toArray()));
            }
            if (!filter.actors().isEmpty()) {
                conditions.add("i.actors && ?");
                parameters.add(codes(filter.actors().toArray()));
            }
        } catch (SQLException e) {
            throw failure(url, "filter the incidents", e);
        }
        if (!filter.text().isEmpty()) {
            // each searched column on its own, so the trigram indexes of V3 answer (a union of index
            // scans joined by id); the same incidents as strpos(lower(search text)) for a text without
            // a line break, which the search box cannot hold
            conditions.add("i.id in (select t.id from incident t where t.title ilike ? escape '\\' or t.summary ilike ? escape '\\'"
                    + " or t.place_name ilike ? escape '\\' or t.id ilike ? escape '\\'"
                    + " union select a.id from incident a where incident_actors_text(a.actors) ilike ? escape '\\'"
                    + " union select s.incident_id from incident_source s where s.quote ilike ? escape '\\'"
                    + " or s.publisher ilike ? escape '\\')");
            String pattern = "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            for (int k = 0; k < 7; k++) {
                parameters.add(pattern);
            }
        }
        appendWindow(conditions, parameters, from, to, area);
        if (!conditions.isEmpty()) {
            where.append(" where ").append(String.join(" and ", conditions));
        }
    }

    private Array codes(Object[] values) throws SQLException {
        return connection.createArrayOf("text", values);
    }

    private static void appendWindow(List<String> conditions, List<Object> parameters, LocalDate from, LocalDate to, Area area) {
        if (from != null && to != null && from.isAfter(to)) {
            conditions.add("false");
        } else if (from != null || to != null) {
            // the days as one range, so V4's index answers and the planner estimates the overlap as one condition
            conditions.add("daterange(i.date_start, i.date_end, '[]') && daterange(?::date, ?::date, '[]')");
            parameters.add(from);
            parameters.add(to);
        }
        if (area != null) {
            conditions.add("i.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)");
            parameters.add(area.west());
            parameters.add(area.south());
            parameters.add(area.east());
            parameters.add(area.north());
        }
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    /** The incidents matching a where clause (with bound parameters), with their sources, earliest first. */
    private Loaded query(String where, List<Object> parameters, int limit) throws DeskException {
        String sql = "select " + COLUMNS + " from incident i" + where + " order by i.date_start, i.id"
                + (limit == Integer.MAX_VALUE ? "" : " limit " + Math.max(0, limit));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.setFetchSize(10_000);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(Row.of(rs));
                }
            }
            Map<String, List<Incident.Source>> sources = sources(rows, where.isEmpty());
            List<DeskRecord> records = new ArrayList<>(rows.size());
            List<Problem> problems = new ArrayList<>();
            for (Row row : rows) {
                try {
                    records.add(row.record(sources.getOrDefault(row.id, List.of())));
                } catch (IllegalArgumentException | NullPointerException e) {
                    problems.add(Problem.error(url.toString(), "incident \"" + row.id + "\"", e.getMessage()));
                }
            }
            return new Loaded(records, problems);
        } catch (SQLException e) {
            throw failure(url, "read the incidents", e);
        }
    }

    /** The sources of the rows read, by incident id, in order. */
    private Map<String, List<Incident.Source>> sources(List<Row> rows, boolean all) throws SQLException {
        Map<String, List<Incident.Source>> byIncident = new HashMap<>();
        if (rows.isEmpty()) {
            return byIncident;
        }
        String sql = "select " + SOURCE_COLUMNS + " from incident_source s"
                + (all ? "" : " where s.incident_id = any(?)") + " order by s.incident_id, s.position";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (!all) {
                Array ids = connection.createArrayOf("text", rows.stream().map(row -> row.id).toArray());
                statement.setArray(1, ids);
            }
            statement.setFetchSize(10_000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    byIncident.computeIfAbsent(rs.getString(1), key -> new ArrayList<>()).add(new Incident.Source(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7)));
                }
            }
        }
        return byIncident;
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is gone: the server rolls the transaction back itself
        }
    }

    private void autoCommitQuietly() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is gone
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a broken connection
        }
    }

    /** The incidents read and the rows that could not be read as incidents. */
    public record Loaded(List<DeskRecord> records, List<Problem> problems) {
        public Loaded {
            records = List.copyOf(records);
            problems = List.copyOf(problems);
        }

        /** The incidents alone. */
        public List<Incident> incidents() {
            return records.stream().map(DeskRecord::incident).toList();
        }
    }

    /**
     * An area in degrees (WGS 84).
     *
     * @param west  western longitude
     * @param south southern latitude
     * @param east  eastern longitude, not west of {@code west}
     * @param north northern latitude, not south of {@code south}
     */
    public record Area(double west, double south, double east, double north) {
        public Area {
            if (!(west <= east && south <= north)) {
                throw new IllegalArgumentException("area " + west + "," + south + " – " + east + "," + north + " is empty");
            }
        }
    }

    /** The buckets of a histogram. */
    public enum Bucket {
        DAY("day"), MONTH("month"), YEAR("year");

        private final String unit;

        Bucket(String unit) {
            this.unit = unit;
        }

        String sqlUnit() {
            return unit;
        }
    }

    /** How many incidents start in the bucket that begins on {@code start}. */
    public record BucketCount(LocalDate start, long count) {
    }

    /** One incident row as read, turned into an {@link Incident} with its sources. */
    private record Row(String id, String title, String summary, String category, String[] actors, String status,
                       String role, LocalDate start, LocalDate end, String datePrecision, String dateBasis,
                       String dateNote, String placeName, String placePrecision, String placeNote, Double lon,
                       Double lat, long version, String changedBy, Instant changedAt) {

        static Row of(ResultSet rs) throws SQLException {
            Array actors = rs.getArray(5);
            double lon = rs.getDouble(16);
            boolean noLon = rs.wasNull();
            double lat = rs.getDouble(17);
            boolean noLat = rs.wasNull();
            Timestamp changed = rs.getTimestamp(20);
            return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    actors == null ? new String[0] : (String[]) actors.getArray(), rs.getString(6), rs.getString(7),
                    rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getString(10),
                    rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                    noLon ? null : lon, noLat ? null : lat, rs.getLong(18), rs.getString(19), changed.toInstant());
        }

        DeskRecord record(List<Incident.Source> sources) {
            Incident incident = new Incident(id, title, summary, code(Category.parse(category), "category", category),
                    List.of(actors), code(Status.parse(status), "status", status), code(Role.parse(role), "role", role),
                    new Incident.When(start, end, code(DatePrecision.parse(datePrecision), "date precision", datePrecision),
                            code(DateBasis.parse(dateBasis), "date basis", dateBasis), dateNote),
                    new Incident.Place(placeName, code(LocationPrecision.parse(placePrecision), "location precision",
                            placePrecision), placeNote),
                    lon == null || lat == null ? null : new Incident.Point(lon, lat), sources);
            return new DeskRecord(incident, version, changedBy, changedAt);
        }

        private static <E extends Enum<E>> E code(E parsed, String what, String text) {
            if (parsed == null) {
                throw new IllegalArgumentException(what + " \"" + text + "\" is not one the format knows");
            }
            return parsed;
        }
    }
}
