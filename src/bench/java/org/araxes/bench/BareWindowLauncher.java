// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.bench;

import javafx.application.Application;

/**
 * Starts {@link BareWindow} from a class that is not an {@code Application}, as {@code org.araxes.Main}
 * starts Araxes: on the class path, a main class extending {@code Application} is refused with
 * "JavaFX runtime components are missing".
 */
public final class BareWindowLauncher {

    private BareWindowLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }
}
