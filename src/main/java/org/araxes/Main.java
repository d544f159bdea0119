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
            // from the jar, the window runs in a JVM with the class-data archive of an earlier start
            java.util.Optional<Integer> relaunched = SharedArchive.relaunch();
            if (relaunched.isPresent()) {
                System.exit(relaunched.get());
            }
            // JavaFX starts while picocli reads the command line
            org.araxes.ui.app.AraxesApp.startToolkitEarly(!AraxesCommand.namesDataFolder(args));
        }
        // after JavaFX has begun to start: watching takes ~20 ms of a cold JVM (a thread pool)
        SharedArchive.watchParent();
        int code = AraxesCommand.run(args);
        if (code != AraxesCommand.LAUNCHED_WINDOW) {
            System.exit(code);
        }
    }
}
