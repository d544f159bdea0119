// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.render;

import java.util.Locale;

/**
 * The parts of an export's evidence frame; each can be switched off (in the export dialog, or with
 * {@code --no-<name>} on the command line).
 */
public enum FrameElement {
    /** The title at the top. */
    TITLE("title"),
    /** The date or date range whose incidents are shown. */
    DATE("date"),
    /** The active filters and "N incidents shown". */
    FILTERS("filters"),
    /** The shown incidents' sources, numbered to the badges on the markers. */
    SOURCES("sources"),
    /** The legend of the layers and incident categories shown. */
    LEGEND("legend"),
    /** A scale bar true at its own latitude. */
    SCALE_BAR("scale-bar"),
    /** The north arrow. */
    NORTH_ARROW("north-arrow"),
    /** The data credits the licences require. */
    CREDITS("credits"),
    /** How borders and contested names are drawn. */
    BORDERS_NOTE("borders-note"),
    /** The dataset version and the export time. */
    VERSION("version");

    private final String cliName;

    FrameElement(String cliName) {
        this.cliName = cliName;
    }

    /** The name on the command line ({@code --no-scale-bar}) and in messages. */
    public String cliName() {
        return cliName;
    }

    /** The name shown in the export dialog ("Scale bar"). */
    public String label() {
        String words = cliName.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
