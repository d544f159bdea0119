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

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        previous = System.getProperty(UserFolders.OVERRIDE_PROPERTY);
        folder = Files.createTempDirectory("araxes-user-");
        System.setProperty(UserFolders.OVERRIDE_PROPERTY, folder.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (previous == null) {
            System.clearProperty(UserFolders.OVERRIDE_PROPERTY);
        } else {
            System.setProperty(UserFolders.OVERRIDE_PROPERTY, previous);
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
