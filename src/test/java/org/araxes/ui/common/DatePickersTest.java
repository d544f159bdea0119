// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The dialogs' date pickers write one unambiguous form on every system. */
class DatePickersTest {

    private static final LocalDate DAY = LocalDate.of(2023, 9, 20);

    @Test
    @DisplayName("dates are written as ISO and read back from ISO or the timeline's form")
    void roundTrip() {
        assertEquals("2023-09-20", DatePickers.CONVERTER.toString(DAY));
        assertEquals(DAY, DatePickers.CONVERTER.fromString(" 2023-09-20 "));
        assertEquals(DAY, DatePickers.CONVERTER.fromString("20 Sep 2023"));
        assertEquals("", DatePickers.CONVERTER.toString(null));
    }

    @Test
    @DisplayName("text that is no date gives no date rather than an error")
    void notADate() {
        assertNull(DatePickers.CONVERTER.fromString("9/20/23"));
        assertNull(DatePickers.CONVERTER.fromString("2023-02-30"));
        assertNull(DatePickers.CONVERTER.fromString(""));
    }

    @Test
    @DisplayName("a picker shows ISO even where the system's short form is month first")
    void pickerUnderAnAmericanLocale() throws Exception {
        FxToolkit.registerPrimaryStage();
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.US);
            String shown = WaitForAsyncUtils.asyncFx(() -> {
                DatePicker picker = new DatePicker();
                DatePickers.iso(picker);
                new javafx.scene.Scene(new javafx.scene.layout.StackPane(picker));
                picker.applyCss(); // makes the skin, which writes the value into the editor
                picker.setValue(DAY);
                return picker.getEditor().getText();
            }).get();
            assertEquals("2023-09-20", shown);
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }
}
