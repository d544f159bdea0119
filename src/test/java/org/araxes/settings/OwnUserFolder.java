// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A user folder of its own for each test ({@link UserFolders#OVERRIDE_PROPERTY}, in a new
 * temporary folder), so a test that writes to the cache or settings never touches the real one;
 * the property is restored and the folder removed afterwards. Use with
 * {@code @RegisterExtension final OwnUserFolder user = new OwnUserFolder();}.
 */
public final class OwnUserFolder implements BeforeEachCallback, AfterEachCallback {

    private Path folder;
    private String previous;

    /** The test's user folder. */
    public Path folder() {
        return folder;
    }

    /**
     * Points {@link UserFolders#OVERRIDE_PROPERTY} at a folder and returns what it was, for
     * {@link #restore} (UI tests that need the folder before their window starts call it in
     * {@code @BeforeAll}).
     */
    public static String pointAt(Path folder) {
        String previous = System.getProperty(UserFolders.OVERRIDE_PROPERTY);
        System.setProperty(UserFolders.OVERRIDE_PROPERTY, folder.toString());
        return previous;
    }

    /** Puts {@link UserFolders#OVERRIDE_PROPERTY} back as {@link #pointAt} found it. */
    public static void restore(String previous) {
        if (previous == null) {
            System.clearProperty(UserFolders.OVERRIDE_PROPERTY);
        } else {
            System.setProperty(UserFolders.OVERRIDE_PROPERTY, previous);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("araxes-user-");
        previous = pointAt(folder);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        restore(previous);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
