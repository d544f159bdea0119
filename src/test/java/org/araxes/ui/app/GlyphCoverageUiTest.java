// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Font;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.araxes.render.Fonts;
import org.araxes.ui.common.MaterialIcons;
import org.araxes.ui.common.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every letter and icon of the window exists in the font that draws it, so nothing shows as an
 * empty box. Interface text keeps to the characters of the bundled Noto Sans (the font of the
 * map's labels; text in Armenian or Persian script to its bundled family, {@link Fonts#familyFor})
 * on any desktop, and symbols beyond that are icons of the bundled Material Design font, whose
 * every code is checked against the font file's character map (docs/decisions/0017).
 */
@ExtendWith(ApplicationExtension.class)
class GlyphCoverageUiTest {

    private static final Map<String, Font> FONTS = new HashMap<>();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindowFixture.show(stage);
    }

    /** A bundled font file, read by its character map. */
    private static Font font(Path file) throws Exception {
        Font font = FONTS.get(file.toString());
        if (font == null) {
            try (InputStream in = Files.newInputStream(file)) {
                font = Font.createFont(Font.TRUETYPE_FONT, in);
            }
            FONTS.put(file.toString(), font);
        }
        return font;
    }

    /** The bundled file of the family Araxes draws a text with: "Noto Sans Armenian" → NotoSansArmenian-Regular.ttf. */
    private static Font textFont(String text) throws Exception {
        String family = Fonts.familyFor(text);
        return font(Path.of("assets", "fonts", family.replace(" ", "") + "-Regular.ttf"));
    }

    /** The characters of a text its font has no glyph for, as "U+23F8 '⏸'" items. */
    private static List<String> missing(String text) throws Exception {
        List<String> missing = new ArrayList<>();
        Font font = textFont(text);
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !font.canDisplay(cp))
                .forEach(cp -> missing.add(String.format("U+%04X '%s'", cp, new String(Character.toChars(cp)))));
        return missing;
    }

    private static void check(String where, String text, List<String> problems) throws Exception {
        if (text != null && !text.isEmpty()) {
            List<String> missing = missing(text);
            if (!missing.isEmpty()) {
                problems.add(where + " \"" + text + "\": " + missing);
            }
        }
    }

    @Test
    @DisplayName("every interface text in messages.properties has all its characters in the bundled font")
    void everyMessageDraws() throws Exception {
        Properties messages = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/org/araxes/ui/messages.properties")) {
            messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        List<String> problems = new ArrayList<>();
        for (String key : new java.util.TreeSet<>(messages.stringPropertyNames())) {
            check(key, messages.getProperty(key), problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    @DisplayName("every text, tooltip, menu item and icon of the window has its glyph in the font that draws it")
    void everyControlDraws(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.map().getViewport() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Font icons = font(Path.of(new MaterialIcons().getFontResource().toURI()));
        List<String> problems = new ArrayList<>();
        List<FontIcon> found = new ArrayList<>();
        robot.interact(() -> {
            try {
                walk(window, problems, found);
                for (Node bar : window.lookupAll(".menu-bar")) {
                    for (Menu menu : ((MenuBar) bar).getMenus()) {
                        items(menu, problems, found);
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        for (FontIcon icon : found) {
            int code = icon.getIconCode().getCode();
            if (!icons.canDisplay(code)) {
                problems.add("icon " + icon.getIconCode().getDescription() + String.format(" U+%04X", code));
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(true, found.stream().anyMatch(i -> "mdi2s-skip-next".equals(i.getIconCode().getDescription())),
                "the walk reaches the timeline's icons");
    }

    private static void walk(Node node, List<String> problems, List<FontIcon> icons) throws Exception {
        String where = node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId());
        if (node instanceof FontIcon icon) {
            icons.add(icon);
        }
        if (node instanceof Labeled labeled) {
            check(where, labeled.getText(), problems);
            if (labeled.getGraphic() != null) {
                walk(labeled.getGraphic(), problems, icons);
            }
        }
        if (node instanceof TextInputControl input) {
            check(where + " prompt", input.getPromptText(), problems);
            tooltip(where, input.getTooltip(), problems);
        }
        if (node instanceof javafx.scene.control.Control control) {
            tooltip(where, control.getTooltip(), problems);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, problems, icons);
            }
        }
    }

    private static void tooltip(String where, Tooltip tooltip, List<String> problems) throws Exception {
        if (tooltip != null) {
            check(where + " tooltip", tooltip.getText(), problems);
        }
    }

    private static void items(MenuItem item, List<String> problems, List<FontIcon> icons) throws Exception {
        check("menu item " + item.getId(), item.getText(), problems);
        if (item.getGraphic() != null) {
            walk(item.getGraphic(), problems, icons);
        }
        if (item instanceof Menu menu) {
            for (MenuItem child : menu.getItems()) {
                items(child, problems, icons);
            }
        }
    }
}
