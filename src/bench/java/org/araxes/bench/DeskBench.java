// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.bench;

import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.araxes.desk.Desk;
import org.araxes.desk.DeskRecord;
import org.araxes.desk.DeskSchema;
import org.araxes.desk.DeskUrl;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.IncidentReader;
import org.araxes.incidents.IncidentStore;
import org.araxes.timeline.TimeWindow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.postgresql.PGConnection;

/**
 * The shared desk at 1,000,000 incidents (issue 19): the window query (the incidents of a one-year
 * window in the region's box, through the indexes, as records with their sources) and the
 * histogram aggregate, against the same window from the same set read from a file (the
 * {@link IncidentStore}'s binary search over the incidents in memory); and the first view's
 * incidents from nothing — connect and query the database, or read the 1,000,000-incident GeoJSON
 * file and index it.
 *
 * <p>Needs a PostgreSQL with PostGIS, named in the environment:
 * {@code ARAXES_BENCH_DESK=postgresql://postgres@127.0.0.1:55432/bench}
 * (password from PGPASSWORD or ~/.pgpass; a superuser or the schema's owner). The set is loaded
 * once with COPY (triggers off) and kept for later runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DeskBench {

    /** The environment variable naming the database; without it {@link RunAll} leaves this benchmark out. */
    static final String DESK_ENV = "ARAXES_BENCH_DESK";

    @Param({"1000000"})
    int size;

    /** The region the map opens on (decision 0016's detailed box, rounded). */
    static final Desk.Area REGION = new Desk.Area(43.4, 36.5, 50.5, 41.6);

    /** A search text: a town of the synthetic set (in titles, places and quotes: one incident in about sixty). */
    static final String SEARCHED = "ordubad";

    private DeskUrl url;
    private String password;
    private Desk desk;
    private IncidentStore store;
    private Path file;
    private LocalDate[] starts;
    private int next;

    @Setup(Level.Trial)
    public void setUp(org.openjdk.jmh.infra.BenchmarkParams params) throws Exception {
        String text = System.getenv(DESK_ENV);
        if (text == null) {
            throw new IllegalStateException("DeskBench needs " + DESK_ENV + "=postgresql://user@host:port/db (docs/performance.md)");
        }
        url = DeskUrl.parse(text);
        password = org.araxes.desk.DeskPasswords.find(url).password().orElse(null);
        DeskSchema.migrate(url, password);
        desk = Desk.open(url, password);
        List<Incident> incidents = BenchData.incidentsWithPoints(size);
        if (desk.count() != size) {
            seed(incidents);
        }
        // the 860 MB file only for the benchmark that reads it
        file = params.getBenchmark().endsWith("firstViewFromFile") ? BenchData.geoJson(size) : null;
        store = new IncidentStore(incidents);
        starts = new LocalDate[64];
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        for (int i = 0; i < starts.length; i++) {
            starts[i] = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(36 * 365));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        desk.close();
    }

    /** The incidents of a one-year window in the region, from the database (at most 100,000). */
    @Benchmark
    public List<DeskRecord> windowFromDatabase() throws Exception {
        LocalDate start = starts[next++ & 63];
        return desk.window(start, start.plusDays(364), REGION, 100_000).records();
    }

    /**
     * The same window as the map asks for it in window mode (decision 0029): only what the map and
     * the list draw (id, title, category, status, role, dates, place, point, the first source
     * without its quote), one query, no reading of the other sources.
     */
    @Benchmark
    public List<DeskRecord> mapWindowFromDatabase() throws Exception {
        LocalDate start = starts[next++ & 63];
        return desk.mapWindow(start, start.plusDays(364), REGION, IncidentFilter.all(), 100_000).records();
    }

    /** The timeline's counts in window mode: the aggregate per category and first and last day, and the histogram made from it. */
    @Benchmark
    public org.araxes.timeline.Histogram countsFromDatabase() throws Exception {
        org.araxes.desk.DeskCounts counts = new org.araxes.desk.DeskCounts(desk.count(), IncidentFilter.all(),
                desk.dateCounts(IncidentFilter.all()));
        TimeWindow span = counts.span();
        return counts.histogram(IncidentFilter.all(), span.startDay(), span.endDay() + 1.0, 300);
    }

    /** Text search in window mode: a one-year window in the region with a search text, through the trigram indexes (V3). */
    @Benchmark
    public List<DeskRecord> searchFromDatabase() throws Exception {
        LocalDate start = starts[next++ & 63];
        return desk.mapWindow(start, start.plusDays(364), REGION, IncidentFilter.all().withText(SEARCHED), 100_000).records();
    }

    /** The same search on the set in memory: the visible indices with the text filter. */
    @Benchmark
    public int[] searchFromFile() {
        LocalDate start = starts[next++ & 63];
        return store.visible(new TimeWindow((int) start.toEpochDay(), (int) start.plusDays(364).toEpochDay()),
                IncidentFilter.all().withText(SEARCHED));
    }

    /**
     * From nothing to the first map in window mode: connect, count, the timeline's aggregate and
     * the start window (a year to 2026-12-31 in the region) read for the map, as the window does it
     * above its limit.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public int firstMapByWindowFromDatabase() throws Exception {
        try (Desk fresh = Desk.open(url, password)) {
            long total = fresh.count();
            org.araxes.desk.DeskCounts counts = new org.araxes.desk.DeskCounts(total, IncidentFilter.all(),
                    fresh.dateCounts(IncidentFilter.all()));
            return counts.span().endDay() > 0 ? fresh.mapWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), REGION,
                    IncidentFilter.all(), 100_000).records().size() : 0;
        }
    }

    /** The same window from the set in memory (read from a file): the visible indices. */
    @Benchmark
    public int[] windowFromFile() {
        LocalDate start = starts[next++ & 63];
        return store.visible(new TimeWindow((int) start.toEpochDay(), (int) start.plusDays(364).toEpochDay()),
                IncidentFilter.all());
    }

    /** The timeline's histogram: incidents per month over all 36 years, an aggregate in the database. */
    @Benchmark
    public List<Desk.BucketCount> histogramFromDatabase() throws Exception {
        return desk.histogram(null, null, null, Desk.Bucket.MONTH);
    }

    /** From nothing to the first view's incidents: connect, then the start window (a year to 2026-12-31). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public int firstViewFromDatabase() throws Exception {
        try (Desk fresh = Desk.open(url, password)) {
            return fresh.window(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), REGION, 100_000).records().size();
        }
    }

    /** From nothing to the first view's incidents: read and index the 1,000,000-incident file, then the same window. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public int firstViewFromFile() {
        IncidentStore read = new IncidentReader().read(file).store();
        return read.visible(new TimeWindow((int) LocalDate.of(2026, 1, 1).toEpochDay(),
                (int) LocalDate.of(2026, 12, 31).toEpochDay()), IncidentFilter.all()).length;
    }

    /** Loads the set with COPY, the desk's triggers off (no million notifications), then ANALYZE. */
    private void seed(List<Incident> incidents) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("user", url.user());
        if (password != null) {
            properties.setProperty("password", password);
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + url.host() + ":" + url.port() + "/"
                + url.database(), properties); Statement s = c.createStatement()) {
            s.execute("set search_path = " + url.schema() + ", public");
            s.execute("alter table incident disable trigger user");
            s.execute("truncate incident cascade");
            StringBuilder rows = new StringBuilder();
            StringBuilder sources = new StringBuilder();
            PGConnection pg = c.unwrap(PGConnection.class);
            int done = 0;
            for (Incident i : incidents) {
                rows.append(tsv(i.id())).append('\t').append(tsv(i.title())).append('\t').append(tsv(i.summary())).append('\t')
                        .append(i.category().code()).append('\t').append(array(i.actors())).append('\t')
                        .append(i.status().code()).append('\t').append(i.role().code()).append('\t')
                        .append(i.date().start()).append('\t').append(i.date().end()).append('\t')
                        .append(i.date().precision().code()).append('\t').append(i.date().basis().code()).append('\t')
                        .append(tsv(i.date().note())).append('\t').append(tsv(i.location().name())).append('\t')
                        .append(i.location().precision().code()).append('\t').append(tsv(i.location().note())).append('\t')
                        .append("SRID=4326;POINT(").append(i.point().lon()).append(' ').append(i.point().lat()).append(")\n");
                int position = 0;
                for (Incident.Source src : i.sources()) {
                    sources.append(tsv(i.id())).append('\t').append(position++).append('\t').append(tsv(src.file())).append('\t')
                            .append(tsv(src.publisher())).append('\t').append(tsv(src.author())).append('\t')
                            .append(tsv(src.title())).append('\t').append(tsv(src.published())).append('\t')
                            .append(tsv(src.quote())).append('\n');
                }
                if (++done % 50_000 == 0 || done == incidents.size()) {
                    pg.getCopyAPI().copyIn("copy incident (id, title, summary, category, actors, status, role, date_start, "
                            + "date_end, date_precision, date_basis, date_note, place_name, place_precision, place_note, geom) "
                            + "from stdin", new StringReader(rows.toString()));
                    pg.getCopyAPI().copyIn("copy incident_source from stdin", new StringReader(sources.toString()));
                    rows.setLength(0);
                    sources.setLength(0);
                }
            }
            s.execute("alter table incident enable trigger user");
            s.execute("analyze incident");
            s.execute("analyze incident_source");
        }
    }

    private static String tsv(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String array(List<String> values) {
        StringBuilder a = new StringBuilder("{");
        for (String v : values) {
            if (a.length() > 1) {
                a.append(',');
            }
            a.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return tsv(a.append('}').toString());
    }
}
