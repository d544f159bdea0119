// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.formats;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The fixtures beside this package's tests (src/test/resources/org/araxes/formats, see its README). */
final class Fixtures {

    private Fixtures() {
    }

    static Path of(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
