// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.araxes.incidents.Category;
import org.araxes.incidents.DateBasis;
import org.araxes.incidents.DatePrecision;
import org.araxes.incidents.Incident;
import org.araxes.incidents.LocationPrecision;
import org.araxes.incidents.Role;
import org.araxes.incidents.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("SQL injection: every text field and the URL reach the server as data, never as SQL")
class DeskInjectionTest {

    @RegisterExtension
    static final RealPostgres POSTGRES = new RealPostgres();

    static final String SCHEMA = "araxes";

    @BeforeAll
    static void desk() throws Exception {
        DeskFixtures.prepareDesk(POSTGRES, SCHEMA);
    }

    /** Each in every text field of one incident: quotes, comments, statement ends, dollar quotes, casts, backslashes. */
    @ParameterizedTest
    @ValueSource(strings = {
        "x'); drop table incident; --",
        "' or '1'='1",
        "\"; delete from incident_source; --",
        "$$; truncate incident cascade; $$",
        "\\'; select pg_sleep(5); --",
        "x'::text); update incident set title = 'pwned'; --",
        "Robert'); DROP TABLE Students;--  «Ελλάδα» ایران Հայաստան",
    })
    void everyTextFieldKeepsItsText(String evil) throws Exception {
        String id = "inc-" + Integer.toHexString(evil.hashCode()) + evil;
        Incident incident = new Incident(id, evil, evil, Category.OTHER, List.of(evil, "Iran"), Status.DISPUTED,
                Role.BACKGROUND, new Incident.When(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1), DatePrecision.MONTH,
                DateBasis.INFERRED, evil), new Incident.Place(evil, LocationPrecision.REGION, evil), null,
                List.of(new Incident.Source(evil, evil, evil, evil, evil, evil)));
        try (Desk desk = Desk.open(POSTGRES.url("desk_editor", SCHEMA), "editor-pw")) {
            long before = desk.count();
            DeskRecord stored = assertInstanceOf(EditResult.Saved.class, desk.save(incident, 0)).now().orElseThrow();
            assertEquals(incident, stored.incident());
            assertEquals(incident, desk.get(id).orElseThrow().incident());
            assertEquals(before + 1, desk.count(), "no table dropped or emptied");
            assertEquals(evil, desk.history(id).get(0).newTitle());
            assertInstanceOf(EditResult.Saved.class, desk.save(DeskFixtures.retitled(stored.incident(), evil + evil), 1));
            assertInstanceOf(EditResult.Saved.class, desk.delete(id, 2));
            assertEquals(before, desk.count());
        }
    }

    @Test
    @DisplayName("a text PostgreSQL cannot hold (a NUL character) is refused plainly, and nothing is stored")
    void nulCharacter() throws Exception {
        try (Desk desk = Desk.open(POSTGRES.url("desk_editor", SCHEMA), "editor-pw")) {
            EditResult.Refused refused = assertInstanceOf(EditResult.Refused.class,
                    desk.save(DeskFixtures.incident("inc-nul", "Title with \u0000 in it"), 0));
            assertTrue(refused.message().startsWith("incident inc-nul was not stored: "), refused.message());
            assertTrue(desk.get("inc-nul").isEmpty());
        }
    }

    @Test
    @DisplayName("a database name with /, ?, &, quotes and spaces reaches the driver whole through its %-escapes")
    void oddDatabaseName() throws Exception {
        String odd = "odd/na?me&x='y' \"z\"";
        try (Connection admin = POSTGRES.server().admin("postgres"); Statement s = admin.createStatement()) {
            s.execute("create database \"" + odd.replace("\"", "\"\"") + "\" template araxes_template");
            s.execute("grant create on database \"" + odd.replace("\"", "\"\"") + "\" to desk_owner");
        }
        String url = "postgresql://desk_owner@127.0.0.1:" + POSTGRES.server().port()
                + "/odd%2Fna%3Fme%26x%3D'y'%20%22z%22?currentSchema=araxes";
        assertEquals(odd, DeskUrl.parse(url).database());
        try (Desk desk = Desk.open(DeskUrl.parse(url), "owner-pw")) {
            assertEquals(odd, desk.name(), "the desk's name is its database's at first");
        }
    }

    @Test
    @DisplayName("a database name that is SQL only fails to connect, naming the database")
    void databaseNameAsSql() {
        DeskUrl url = DeskUrl.parse("postgresql://desk_owner@127.0.0.1:" + POSTGRES.server().port()
                + "/x%27%3B%20drop%20database%20postgres%3B%20--");
        DeskException e = assertThrows(DeskException.class, () -> Desk.open(url, "owner-pw"));
        assertEquals("there is no database \"x'; drop database postgres; --\" at 127.0.0.1:" + POSTGRES.server().port(),
                e.getMessage());
    }

    @Test
    @DisplayName("a user name that is SQL only fails to log in")
    void userNameAsSql() {
        DeskUrl url = DeskUrl.parse("postgresql://desk_owner%27%20or%20%271%27%3D%271@127.0.0.1:"
                + POSTGRES.server().port() + "/" + POSTGRES.database());
        assertEquals("desk_owner' or '1'='1", url.user());
        DeskException e = assertThrows(DeskException.class, () -> Desk.open(url, "owner-pw"));
        assertTrue(e.getMessage().startsWith("user desk_owner' or '1'='1 could not log in"), e.getMessage());
    }

    /** None of these gets as far as the driver. */
    @ParameterizedTest
    @ValueSource(strings = {
        "postgresql://u@h/db?currentSchema=araxes;drop%20table%20incident",    // a schema that is SQL
        "postgresql://u@h/db?currentSchema=public,pg_temp",                    // a search path, not a schema
        "postgresql://u@h/db?currentSchema=%22Araxes%22",                      // a quoted identifier
        "postgresql://u@h/db?socketFactory=org.springframework.context.support.ClassPathXmlApplicationContext",
        "postgresql://u@h/db?loggerFile=/tmp/x",                               // any driver option
        "postgresql://u:secret@h/db",                                          // a password in the URL
        "postgresql://u@h;drop/db",                                            // a host that is not one
        "postgresql://u@h:99999/db",                                           // a port out of range
        "postgresql://u@h/",                                                   // no database
        "postgresql://u@h/db?sslmode=whatever",
        "mysql://u@h/db",
    })
    void urlsRefusedByName(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DeskUrl.parse(text, "me"));
        assertTrue(!e.getMessage().isBlank());
    }
}
