// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.map;

import org.araxes.ui.app.MainWindow;
import org.araxes.ui.app.MainWindowFixture;
import org.araxes.ui.state.MainViewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.araxes.geo.Viewport;
import org.araxes.model.Atlas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A view asked for before the map has a size: a centre and zoom stays, a box is fitted once laid out. */
@ExtendWith(ApplicationExtension.class)
class ViewBeforeLayoutUiTest {

    private AtlasMapView centred;
    private AtlasMapView fitted;
    private static final org.locationtech.jts.geom.Envelope BOX = new org.locationtech.jts.geom.Envelope(45.0, 46.5, 38.8, 39.6);

    @Start
    void start(Stage stage) {
        Atlas atlas = Atlas.load(Path.of("geodata"));
        centred = MainWindow.mapFor(new MainViewModel(atlas));
        fitted = MainWindow.mapFor(new MainViewModel(atlas));
        centred.show(45.5, 39.5, 8.5); // before any layout: replaces the first view (the whole region)
        fitted.fit(BOX);
        centred.setPrefWidth(600);
        fitted.setPrefWidth(600);
        javafx.scene.layout.HBox both = new javafx.scene.layout.HBox(centred, fitted);
        javafx.scene.layout.HBox.setHgrow(centred, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox.setHgrow(fitted, javafx.scene.layout.Priority.ALWAYS);
        stage.setScene(new Scene(both, 1200, 700));
        stage.show();
    }

    @Test
    @DisplayName("show() before layout keeps its centre and zoom; fit() before layout fits the laid-out map")
    void viewsAskedForBeforeLayout() throws Exception {
        Viewport c = MainWindowFixture.settledViewport(centred);
        assertEquals(8.5, c.zoom(), 1e-9);
        // the centre stays within a pixel (Gluon keeps it through the resize in whole pixels)
        assertEquals(45.5, c.centerLongitude(), c.degreesPerPixel());
        assertEquals(39.5, c.centerLatitude(), c.degreesPerPixel());
        Viewport f = MainWindowFixture.settledViewport(fitted);
        Viewport expected = Viewport.fitting(BOX, f.width(), f.height());
        assertEquals(expected.zoom(), f.zoom(), 1e-6, "fitted to the size the map got, not to a default");
        assertTrue(f.width() > 300 && f.width() < 1000, "laid out beside the other map: " + f.width());
    }
}
