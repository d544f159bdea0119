// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.common;

import java.util.List;

/**
 * Ikonli's own icons ({@code ikn-…}), which ikonli registers and loads the font of whether or not
 * they are used, with that font loaded from its copy in the cache folder ({@link CachedFontIcons}).
 */
public final class IkonliIcons extends CachedFontIcons {

    /** Called by the service loader. */
    public IkonliIcons() {
        super(List.of("org.kordamp.ikonli.IkonliIkonResolver"));
    }
}
