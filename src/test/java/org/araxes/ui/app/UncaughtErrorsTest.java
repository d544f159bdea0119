// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.araxes.settings.UserFolders;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("An error nobody caught")
class UncaughtErrorsTest {

    @Test
    @DisplayName("becomes one plain sentence for the status line, with the details in a log file, not on screen")
    void plainMessage(@TempDir Path folder) throws Exception {
        String before = System.getProperty(UserFolders.OVERRIDE_PROPERTY);
        System.setProperty(UserFolders.OVERRIDE_PROPERTY, folder.toString());
        try {
            List<String> status = new ArrayList<>();
            UncaughtErrors.handle(Thread.currentThread(), new IllegalStateException("the map broke\n\tat x.y(Z.java:1)"), status::add);
            assertEquals(1, status.size());
            String said = status.get(0);
            assertTrue(said.startsWith("Something went wrong (the map broke); Araxes keeps running."), said);
            assertFalse(said.contains("\tat ") || said.contains("IllegalStateException"), said);
            assertTrue(Files.readString(folder.resolve("araxes-errors.log")).contains("IllegalStateException"));
        } finally {
            if (before == null) {
                System.clearProperty(UserFolders.OVERRIDE_PROPERTY);
            } else {
                System.setProperty(UserFolders.OVERRIDE_PROPERTY, before);
            }
        }
    }

    @Test
    @DisplayName("an error without a message is named in words")
    void noMessage() {
        assertEquals("an unexpected null pointer exception", UncaughtErrors.plain(new NullPointerException()));
        assertEquals("out of memory; the file may be too large", UncaughtErrors.plain(new OutOfMemoryError("Java heap space")));
    }
}
