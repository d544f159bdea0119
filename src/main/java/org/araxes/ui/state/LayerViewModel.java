// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.state;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.araxes.model.LayerData;

/** The state of one layer in the layer panel: its data, whether it shows, and how opaque it is. */
public final class LayerViewModel {

    private final LayerData data;
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);
    private final DoubleProperty opacity = new SimpleDoubleProperty(this, "opacity", 1.0);

    public LayerViewModel(LayerData data) {
        this.data = data;
        opacity.addListener((o, old, value) -> {
            double v = value.doubleValue();
            if (v < 0 || v > 1 || Double.isNaN(v)) {
                opacity.set(Double.isNaN(v) ? 1 : Math.max(0, Math.min(1, v)));
            }
        });
    }

    public LayerData data() {
        return data;
    }

    public String id() {
        return data.id();
    }

    public String title() {
        return data.title();
    }

    /** Whether the layer is drawn; default true. */
    public BooleanProperty visibleProperty() {
        return visible;
    }

    public boolean isVisible() {
        return visible.get();
    }

    public void setVisible(boolean value) {
        visible.set(value);
    }

    /** Opacity from 0 (invisible) to 1 (opaque), clamped; default 1. */
    public DoubleProperty opacityProperty() {
        return opacity;
    }

    public double getOpacity() {
        return opacity.get();
    }

    public void setOpacity(double value) {
        opacity.set(value);
    }

    /** Characters of a problem message shown in the panel; the rest are counted. */
    public static final int MAX_MESSAGE_CHARACTERS = org.araxes.ui.common.ProblemSummary.MAX_MESSAGE_CHARACTERS;

    /** A one-line summary of the layer's problems for the panel, or "" when there are none. */
    public String problemSummary() {
        return org.araxes.ui.common.ProblemSummary.of(data.problems());
    }
}
