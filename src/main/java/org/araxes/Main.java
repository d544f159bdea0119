// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes;

import org.araxes.cli.AraxesCommand;

/**
 * Starts Araxes. Not a JavaFX {@code Application}, so a plain classpath run ({@code java -jar})
 * works without JavaFX on the module path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        if (AraxesCommand.opensWindow(args)) {
            // JavaFX starts while picocli reads the command line
            org.araxes.ui.app.AraxesApp.startToolkitEarly(!AraxesCommand.namesDataFolder(args));
        }
        int code = AraxesCommand.run(args);
        if (code != AraxesCommand.LAUNCHED_WINDOW) {
            System.exit(code);
        }
    }
}
