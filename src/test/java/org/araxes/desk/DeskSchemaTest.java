// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("The desk's schema, made and upgraded by Flyway on a real PostgreSQL + PostGIS")
class DeskSchemaTest {

    @RegisterExtension
    static final RealPostgres POSTGRES = new RealPostgres();

    @BeforeAll
    static void roles() throws SQLException {
        DeskFixtures.createRoles(POSTGRES.server(), POSTGRES.database());
    }

    @Test
    @DisplayName("from an empty database: the four versions applied, the point a geometry(Point,4326) with a GiST index, the days indexed (also as a range), the searched texts with trigram indexes")
    void fromEmpty() throws Exception {
        DeskUrl url = POSTGRES.url("desk_owner", "fresh");
        assertEquals(4, DeskSchema.migrate(url, "owner-pw"));
        assertEquals(0, DeskSchema.migrate(url, "owner-pw"), "a second run has nothing to do");

        try (Connection c = POSTGRES.server().admin(POSTGRES.database())) {
            assertEquals(List.of("1:true", "2:true", "3:true", "4:true"), strings(c, "select version || ':' || success "
                    + "from fresh.flyway_schema_history where version is not null order by installed_rank"));
            assertEquals(List.of("POINT 4326"), strings(c, "select type || ' ' || srid from geometry_columns "
                    + "where f_table_schema = 'fresh' and f_table_name = 'incident'"));
            List<String> indexes = strings(c, "select indexdef from pg_indexes where schemaname = 'fresh' and tablename = 'incident'");
            assertTrue(indexes.stream().anyMatch(d -> d.contains("USING gist (geom)")), indexes::toString);
            assertTrue(indexes.stream().anyMatch(d -> d.contains("(date_start)")), indexes::toString);
            assertTrue(indexes.stream().anyMatch(d -> d.contains("(date_end)")), indexes::toString);
            assertTrue(indexes.stream().anyMatch(d -> d.contains("USING gist (daterange(date_start, date_end, '[]'::text))")),
                    indexes::toString);
            for (String column : List.of("(title ", "(summary ", "(place_name ", "(id ", "incident_actors_text(actors) ")) {
                assertTrue(indexes.stream().anyMatch(d -> d.contains("USING gin") && d.contains(column) && d.contains("gin_trgm_ops")),
                        column + " " + indexes);
            }
            List<String> sourceIndexes = strings(c, "select indexdef from pg_indexes where schemaname = 'fresh' and tablename = 'incident_source'");
            assertEquals(2, sourceIndexes.stream().filter(d -> d.contains("gin_trgm_ops")).count(), sourceIndexes::toString);
            assertEquals(List.of("incident_id", "position", "file", "publisher", "author", "title", "published", "quote"),
                    strings(c, "select column_name::text from information_schema.columns where table_schema = 'fresh' "
                    + "and table_name = 'incident_source' order by ordinal_position"));
        }
    }

    @Test
    @DisplayName("from version 1 with incidents in it: upgraded to 4, the incidents kept and given their first history line")
    void fromVersionOne() throws Exception {
        DeskUrl url = POSTGRES.url("desk_owner", "older");
        assertEquals(1, DeskSchema.migrate(url, "owner-pw", "1"));
        try (Connection c = POSTGRES.server().connect(POSTGRES.database(), "desk_owner", "owner-pw");
             Statement s = c.createStatement()) {
            s.execute("set search_path = older, public");
            s.execute("insert into incident (id, title, category, status, role, date_start, date_end, date_precision, "
                    + "date_basis, place_name, place_precision, geom) values ('inc-old', 'Written under V1', 'other', "
                    + "'reported', 'background', '2021-01-02', '2021-01-02', 'day', 'stated', 'Ordubad', 'town', "
                    + "ST_SetSRID(ST_MakePoint(46.0, 38.9), 4326))");
            s.execute("insert into incident_source values ('inc-old', 0, 'f', 'p', 'a', 't', '2021-01-03', 'q')");
            assertEquals(java.util.Arrays.asList((String) null), strings(c, "select to_regclass('older.incident_history')::text"),
                    "version 1 has no history table");
        }

        assertEquals(3, DeskSchema.migrate(url, "owner-pw"));

        try (Desk desk = Desk.open(url, "owner-pw")) {
            DeskRecord old = desk.get("inc-old").orElseThrow();
            assertEquals("Written under V1", old.incident().title());
            assertEquals(1, old.incident().sources().size());
            assertEquals(List.of("insert by desk_owner"),
                    desk.history("inc-old").stream().map(h -> h.operation() + " by " + h.by()).toList());
            assertInstanceOf(EditResult.Saved.class,
                    desk.save(DeskFixtures.retitled(old.incident(), "Changed under V2"), old.version()));
            assertEquals(List.of("insert", "update"), desk.history("inc-old").stream().map(HistoryEntry::operation).toList());
        }
    }

    @Test
    @DisplayName("an owner who may not create pg_trgm still gets the schema: versions 3 and 4 applied without the trigram indexes, and search works")
    void withoutTrigrams() throws Exception {
        String database = POSTGRES.server().createDatabase("no_trgm");
        try (Connection admin = POSTGRES.server().admin(database); Statement s = admin.createStatement()) {
            s.execute("do $$ begin if not exists (select from pg_roles where rolname = 'desk_limited') then "
                    + "create role desk_limited login password 'limited-pw'; end if; end $$");
            // its own schema, but no CREATE on the database: a trusted extension needs that
            s.execute("create schema limited authorization desk_limited");
        }
        DeskUrl url = DeskUrl.parse("postgresql://desk_limited@127.0.0.1:" + POSTGRES.server().port() + "/" + database
                + "?currentSchema=limited");
        assertEquals(4, DeskSchema.migrate(url, "limited-pw"));
        try (Connection c = POSTGRES.server().admin(database)) {
            assertEquals(List.of(), strings(c, "select extname::text from pg_extension where extname = 'pg_trgm'"));
            assertEquals(List.of(), strings(c, "select indexname::text from pg_indexes where schemaname = 'limited' "
                    + "and indexdef like '%trgm%'"));
        }
        try (Desk desk = Desk.open(url, "limited-pw")) {
            assertInstanceOf(EditResult.Saved.class, desk.save(DeskFixtures.incident("inc-searched", "Shelling reported"), 0));
            assertEquals(List.of("inc-searched"), desk.window(null, null, null,
                    org.araxes.incidents.IncidentFilter.all().withText("EXACT QUOTE"), 10).incidents().stream()
                    .map(org.araxes.incidents.Incident::id).toList());
        }
    }

    @Test
    @DisplayName("a database without PostGIS is refused with what to do, and nothing is created")
    void withoutPostgis() throws Exception {
        try (Connection admin = POSTGRES.server().admin("postgres"); Statement s = admin.createStatement()) {
            s.execute("create database no_postgis");
            s.execute("grant create on database no_postgis to desk_owner");
        }
        DeskUrl url = DeskUrl.parse("postgresql://desk_owner@127.0.0.1:" + POSTGRES.server().port() + "/no_postgis");
        DeskException e = org.junit.jupiter.api.Assertions.assertThrows(DeskException.class, () -> DeskSchema.migrate(url, "owner-pw"));
        assertEquals("PostGIS is not installed in database no_postgis: a superuser runs \"create extension postgis;\" "
                + "in it once (docs/shared-desk.md)", e.getMessage());
        try (Connection c = POSTGRES.server().admin("no_postgis")) {
            assertEquals(List.of(), strings(c, "select nspname::text from pg_namespace where nspname = 'araxes'"));
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
