// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Desk URLs and passwords")
class DeskUrlTest {

    @Nested
    @DisplayName("a URL")
    class Urls {

        @Test
        @DisplayName("gives user, host, port, database and schema, with the defaults where left out")
        void parts() {
            assertEquals(new DeskUrl("ana", "db.example.org", 6543, "newsroom", "desk", "require"),
                    DeskUrl.parse("postgresql://ana@db.example.org:6543/newsroom?currentSchema=desk&sslmode=require", "me"));
            assertEquals(new DeskUrl("me", "localhost", 5432, "newsroom", "araxes", "prefer"),
                    DeskUrl.parse("postgres://localhost/newsroom", "me"));
            assertEquals(new DeskUrl("ana", "::1", 5432, "newsroom", "araxes", "prefer"),
                    DeskUrl.parse("jdbc:postgresql://ana@[::1]/newsroom", "me"));
        }

        @Test
        @DisplayName("is written back without password, the names %-escaped, and read back equal")
        void writtenBack() {
            DeskUrl url = new DeskUrl("Ana Ü", "db", 5432, "news room", "desk", "prefer");
            assertEquals("postgresql://Ana%20%C3%9C@db:5432/news%20room?currentSchema=desk", url.toString());
            assertEquals(url, DeskUrl.parse(url.toString(), "me"));
            assertEquals("jdbc:postgresql://db:5432/news%20room", url.jdbcUrl());
        }

        @Test
        @DisplayName("is told from a file name")
        void looksLikeUrl() {
            assertTrue(DeskUrl.looksLikeUrl("postgresql://h/db"));
            assertTrue(DeskUrl.looksLikeUrl("POSTGRES://h/db"));
            assertFalse(DeskUrl.looksLikeUrl("incidents.geojson"));
        }
    }

    @Nested
    @DisplayName("a password")
    class Passwords {

        final DeskUrl url = new DeskUrl("ana", "db.example.org", 5432, "newsroom", "araxes", "prefer");

        @Test
        @DisplayName("comes from PGPASSWORD before the password file")
        void environmentFirst(@TempDir Path home) throws Exception {
            pgpass(home, "*:*:*:*:from-file");
            assertEquals(Optional.of("from-env"), DeskPasswords.find(url, Map.of("PGPASSWORD", "from-env"), home, false).password());
            assertEquals(Optional.of("from-file"), DeskPasswords.find(url, Map.of(), home, false).password());
        }

        @Test
        @DisplayName("is the first matching line of ~/.pgpass, with * wildcards, \\: and \\\\ escapes and # comments")
        void pgpassLines() {
            List<String> lines = List.of(
                    "# comment: *:*:*:*:never",
                    "other.host:5432:newsroom:ana:wrong-host",
                    "db.example.org:5433:newsroom:ana:wrong-port",
                    "db.example.org:*:newsroom:bob:wrong-user",
                    "db.example.org:*:newsroom:ana:pa\\:ss\\\\word:with:colons",
                    "*:*:*:*:fallback");
            assertEquals(Optional.of("pa:ss\\word:with:colons"), DeskPasswords.match(lines, url));
            assertEquals(Optional.of("fallback"), DeskPasswords.match(lines, url.withUser("carol")));
            assertEquals(Optional.empty(), DeskPasswords.match(List.of("a:b:c"), url));
        }

        @Test
        @DisplayName("is not read from a password file others may read, and the user is told how to fix it")
        void readableByOthers(@TempDir Path home) throws Exception {
            Path file = pgpass(home, "*:*:*:*:secret");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            DeskPasswords.Lookup lookup = DeskPasswords.find(url, Map.of(), home, false);
            assertEquals(Optional.empty(), lookup.password());
            assertEquals(file + " was not read: others may read it; make it yours alone with chmod 600 " + file, lookup.notice());
        }

        @Test
        @DisplayName("comes from PGPASSFILE when set, and is simply absent with no file")
        void passfile(@TempDir Path home) throws Exception {
            Path file = home.resolve("elsewhere");
            Files.writeString(file, "*:*:newsroom:ana:there\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            assertEquals(Optional.of("there"), DeskPasswords.find(url, Map.of("PGPASSFILE", file.toString()), home, false).password());
            assertEquals(new DeskPasswords.Lookup(Optional.empty(), ""), DeskPasswords.find(url, Map.of(), home, false));
        }

        private Path pgpass(Path home, String line) throws Exception {
            Path file = home.resolve(".pgpass");
            Files.writeString(file, line + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return file;
        }
    }
}
