// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The guesses {@code Main} makes before picocli reads the command line, to start JavaFX and read data early. */
class AraxesCommandGuessTest {

    @Test
    void windowUnlessASubcommandHelpOrVersion() {
        assertTrue(AraxesCommand.opensWindow(new String[0]));
        assertTrue(AraxesCommand.opensWindow(new String[] {"a.geojson", "--smoke-test"}));
        assertTrue(AraxesCommand.opensWindow(new String[] {"--data", "mine"}));
        for (String word : new String[] {"export", "validate", "help", "-h", "--help", "-V", "--version"}) {
            assertFalse(AraxesCommand.opensWindow(new String[] {word}), word);
            assertFalse(AraxesCommand.opensWindow(new String[] {"a.geojson", word}), "… " + word);
        }
    }

    @Test
    void dataFolderNamedEitherWay() {
        assertFalse(AraxesCommand.namesDataFolder(new String[] {"a.geojson", "--smoke-test"}));
        assertTrue(AraxesCommand.namesDataFolder(new String[] {"--data", "mine"}));
        assertTrue(AraxesCommand.namesDataFolder(new String[] {"--data=mine", "a.geojson"}));
        assertFalse(AraxesCommand.namesDataFolder(new String[] {"--database.geojson"}));
    }
}
