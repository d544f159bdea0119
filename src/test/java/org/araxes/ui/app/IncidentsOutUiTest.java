// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.araxes.incidents.Citation;
import org.araxes.incidents.Incident;
import org.araxes.ui.incidents.IncidentsOutViewModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The incident list's and details' menu copies the selected incident's citation and quote. */
@ExtendWith(ApplicationExtension.class)
class IncidentsOutUiTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage);
    }

    private static MenuItem item(ContextMenu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("the list and the details share one menu that copies the selected incident's citation and quote")
    void copiesSelected(FxRobot robot) throws Exception {
        MainWindowFixture.settledViewport(window);
        ListView<?> list = robot.lookup("#incident-list").queryAs(ListView.class);
        ScrollPane details = robot.lookup("#incident-details").queryAs(ScrollPane.class);
        ContextMenu menu = list.getContextMenu();
        assertEquals(menu, details.getContextMenu());
        Incident first = window.model().incidents().visible().get(0);
        robot.interact(() -> window.model().incidents().select(first));
        robot.interact(() -> item(menu, "incident-copy-citation-chicago").fire());
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(IncidentsOutViewModel.citation(first, Citation.Style.CHICAGO), copied[0]);
        robot.interact(() -> item(menu, "incident-copy-quote").fire());
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(IncidentsOutViewModel.quotes(first), copied[0]);
        assertEquals("Quote copied", window.model().statusProperty().get());
    }

    @Test
    @DisplayName("File ▸ Citations ▸ Copy (APA) copies the shown incidents' sources and says how many")
    void copiesShownCitations(FxRobot robot) throws Exception {
        MainWindowFixture.settledViewport(window);
        robot.interact(() -> MainWindowFixture.fireMenuItem(window, "menu-citations-copy-apa"));
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        String expected = new IncidentsOutViewModel(window.model().incidents()).citations(Citation.Style.APA);
        assertEquals(expected, copied[0]);
        assertTrue(window.model().statusProperty().get().startsWith("Copied " + expected.lines().count() + " citation"),
                window.model().statusProperty().get());
    }
}
