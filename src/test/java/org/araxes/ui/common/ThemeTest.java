// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("The themes' stylesheets")
class ThemeTest {

    @ParameterizedTest
    @EnumSource(Theme.class)
    @DisplayName("are AtlantaFX's Primer stylesheets in JavaFX's binary form, made by the build")
    void binaryFormOfAtlantaFx(Theme theme) {
        String atlanta = theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
        assertEquals(atlanta, theme.atlantaStylesheet());
        assertTrue(theme.userAgentStylesheet().endsWith(".bss"), theme.userAgentStylesheet());
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    @DisplayName("hold the same rules, selectors and declared properties as AtlantaFX's text stylesheet")
    void sameRulesAsTheText(Theme theme) throws Exception {
        Stylesheet binary = Stylesheet.loadBinary(resource(theme.userAgentStylesheet()));
        Stylesheet text = new CssParser().parse(resource(theme.atlantaStylesheet()));
        List<Rule> binaryRules = binary.getRules();
        List<Rule> textRules = text.getRules();
        assertEquals(textRules.size(), binaryRules.size());
        for (int i = 0; i < textRules.size(); i++) {
            assertEquals(textRules.get(i).getSelectors().toString(), binaryRules.get(i).getSelectors().toString());
            assertEquals(properties(textRules.get(i)), properties(binaryRules.get(i)),
                    "rule " + i + " " + textRules.get(i).getSelectors());
        }
    }

    /** Each declaration's property and whether it is important (the values' printed forms differ between the two). */
    private static List<String> properties(Rule rule) {
        return rule.getDeclarations().stream().map(d -> d.getProperty() + (d.isImportant() ? " !important" : "")).toList();
    }

    private static URL resource(String name) {
        URL url = ThemeTest.class.getResource(name);
        assertNotNull(url, name);
        return url;
    }
}
