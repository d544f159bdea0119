// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A main window that no longer shows holds no memory: nothing global (the toolkit's pulse, a
 * static) keeps it, its map pictures and its incidents alive. Every UI test replaces the window on
 * the same stage; a window kept alive each time filled the tests' heap.
 */
@ExtendWith(ApplicationExtension.class)
class ReplacedWindowIsFreedUiTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    @DisplayName("a main window replaced by another on its stage can be collected")
    void replacedWindowIsFreed() throws Exception {
        WeakReference<MainWindow> first = new WeakReference<>(
                WaitForAsyncUtils.asyncFx(() -> MainWindowFixture.show(stage)).get());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> MainWindowFixture.show(stage)).get();
        WaitForAsyncUtils.waitForFxEvents();

        for (int i = 0; i < 20 && first.get() != null; i++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertNull(first.get(), "the replaced window is still reachable");
    }
}
