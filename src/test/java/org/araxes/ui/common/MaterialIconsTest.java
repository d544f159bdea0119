// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.araxes.settings.OwnUserFolder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kordamp.ikonli.IkonHandler;

class MaterialIconsTest {

    @RegisterExtension
    final OwnUserFolder user = new OwnUserFolder();

    @Test
    @DisplayName("resolves every icon the window uses, as the pack's own handlers do")
    void resolvesTheWindowsIcons() {
        MaterialIcons icons = new MaterialIcons();
        for (String code : new String[] {"mdi2c-close", "mdi2r-ruler", "mdi2g-grid", "mdi2t-theme-light-dark",
            "mdi2k-keyboard-outline", "mdi2h-home-outline", "mdi2p-plus", "mdi2m-minus", "mdi2m-magnify",
            "mdi2m-map-marker-outline", "mdi2a-alert-circle-outline"}) {
            assertTrue(icons.supports(code), code);
            assertEquals(code, icons.resolve(code).getDescription());
        }
        assertFalse(icons.supports("fa-home"));
        assertFalse(icons.supports(null));
        assertThrows(IllegalArgumentException.class, () -> icons.resolve("fa-home"));
        assertEquals("Material Design Icons", icons.getFontFamily());
        assertTrue(ServiceLoader.load(IkonHandler.class).stream().anyMatch(p -> p.type() == MaterialIcons.class),
                "registered for ikonli");
        IkonliIcons core = new IkonliIcons();
        assertTrue(core.supports("ikn-none"));
        assertEquals("ikn-none", core.resolve("ikn-none").getDescription());
        assertEquals("file", core.getFontResource().getProtocol(), "ikonli's own font from the cache folder too");
        assertTrue(ServiceLoader.load(IkonHandler.class).stream().anyMatch(p -> p.type() == IkonliIcons.class));
    }

    @Test
    @DisplayName("gives the font as a file in the cache folder, not inside the jar")
    void fontFromTheCacheFolder() throws Exception {
        URL font = new MaterialIcons().getFontResource();
        assertEquals("file", font.getProtocol(), font.toString());
        Path copy = Path.of(font.toURI());
        assertTrue(copy.startsWith(user.folder()), copy + " in the cache folder");
        byte[] expected;
        try (InputStream in = new MaterialIcons().getFontResourceAsStream()) {
            expected = in.readAllBytes();
        }
        assertArrayEquals(expected, Files.readAllBytes(copy));
        assertEquals(font, new MaterialIcons().getFontResource(), "made once");
    }
}
