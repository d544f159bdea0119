// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.common;

import javafx.scene.Node;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Hidden parts of the window that join the scene only when first shown (decision 0031): a node in
 * the scene is styled and gets its skin at the start whether it shows or not, so a card, a list of
 * results or a collapsed pane kept out until needed costs the start nothing.
 */
public final class ShownLater {

    private ShownLater() {
    }

    /**
     * What to add to a pane in place of a node hidden now: an empty, unmanaged stand-in that the node
     * replaces, at the same place among the pane's children, the first time it is made visible
     * (the node itself when it is visible already). It is then styled and laid out at once, so it
     * shows, and can be looked up and clicked, exactly as a node that was there all along.
     */
    public static Node inPlaceOf(Node node) {
        if (node.isVisible()) {
            return node;
        }
        Region standIn = new Region();
        standIn.setManaged(false);
        standIn.setVisible(false);
        standIn.setMouseTransparent(true);
        // the listener stays (removing it while the property notifies its listeners made the next
        // change go unnoticed by the others); once the stand-in has left the pane it does nothing
        node.visibleProperty().addListener(visible -> {
            if (node.isVisible() && standIn.getParent() instanceof Pane pane) {
                pane.getChildren().set(pane.getChildren().indexOf(standIn), node);
                // styled, skinned and placed now, as if it had been there all along
                node.applyCss();
                pane.layout();
            }
        });
        return standIn;
    }

    /** Gives a titled pane its content the first time it is expanded (at once when it is expanded now). */
    public static void whenExpanded(TitledPane pane, Node content) {
        if (pane.isExpanded()) {
            pane.setContent(content);
            return;
        }
        pane.expandedProperty().addListener(expanded -> {
            if (pane.isExpanded() && pane.getContent() == null) {
                pane.setContent(content);
            }
        });
    }
}
