// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@DisplayName("Hidden parts that join the scene when first shown")
class ShownLaterUiTest {

    private StackPane pane;
    private TitledPane titled;

    @Start
    void start(Stage stage) {
        pane = new StackPane();
        titled = new TitledPane();
        stage.setScene(new Scene(new StackPane(pane, titled), 300, 200));
        stage.show();
    }

    @Test
    @DisplayName("a hidden node stays out of the scene, unstyled and without a skin, until it is made visible, then takes its stand-in's place")
    void hiddenNodeJoinsWhenShown(FxRobot robot) {
        Label below = new Label("below");
        ListView<String> card = new ListView<>();
        card.setVisible(false);
        Label above = new Label("above");
        robot.interact(() -> pane.getChildren().addAll(below, ShownLater.inPlaceOf(card), above));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(card.getScene(), "not in the scene while hidden");
        assertNull(card.getSkin(), "no skin while hidden");

        robot.interact(() -> card.setVisible(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(card, pane.getChildren().get(1), "in its place between the nodes added around it");
        assertEquals(3, pane.getChildren().size(), "the stand-in is gone");
        assertTrue(card.getSkin() != null, "styled and skinned once shown");

        robot.interact(() -> card.setVisible(false));
        robot.interact(() -> card.setVisible(true));
        assertEquals(3, pane.getChildren().size(), "shown again, it is not added twice");
    }

    @Test
    @DisplayName("the node's own listeners still hear it shown and hidden again (the card gives the focus back on closing)")
    void listenersKeepHearing(FxRobot robot) {
        Label card = new Label("card");
        card.setVisible(false);
        java.util.List<Boolean> heard = new java.util.ArrayList<>();
        card.visibleProperty().addListener((o, was, now) -> heard.add(now));
        robot.interact(() -> pane.getChildren().add(ShownLater.inPlaceOf(card)));
        robot.interact(() -> card.setVisible(true));
        robot.interact(() -> card.setVisible(false));
        robot.interact(() -> card.setVisible(true));
        assertEquals(java.util.List.of(true, false, true), heard);
    }

    @Test
    @DisplayName("a node visible already is added as it is")
    void visibleNodeAsItIs() {
        Label shown = new Label("shown");
        assertSame(shown, ShownLater.inPlaceOf(shown));
    }

    @Test
    @DisplayName("a collapsed titled pane gets its content at its first expansion")
    void contentWhenExpanded(FxRobot robot) {
        ListView<String> content = new ListView<>();
        robot.interact(() -> {
            titled.setExpanded(false);
            ShownLater.whenExpanded(titled, content);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(titled.getContent(), "no content while collapsed");
        robot.interact(() -> titled.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(content, titled.getContent());
        Node shownContent = titled.getContent();
        assertFalse(shownContent.getScene() == null, "the content is in the scene");
    }
}
