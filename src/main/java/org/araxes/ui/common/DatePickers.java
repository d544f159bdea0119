// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Date pickers that write dates one way on every system: ISO {@code 2023-09-20}, as the command
 * line's {@code --from}/{@code --to} and the incident files do, instead of the system's short form
 * ({@code 9/20/23} or {@code 20/09/2023}, which a reader cannot tell apart). They also read
 * {@code 20 Sep 2023}, the form the timeline shows.
 */
public final class DatePickers {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private DatePickers() {
    }

    /** Makes each picker show and read ISO dates. */
    public static void iso(DatePicker... pickers) {
        for (DatePicker picker : pickers) {
            picker.setConverter(CONVERTER);
            picker.setPromptText("YYYY-MM-DD");
        }
    }

    /** The converter the pickers share: ISO out; ISO or "20 Sep 2023" in; anything else is no date. */
    public static final StringConverter<LocalDate> CONVERTER = new StringConverter<>() {
        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : date.toString();
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String trimmed = text.strip();
            try {
                return LocalDate.parse(trimmed);
            } catch (DateTimeParseException notIso) {
                try {
                    return LocalDate.parse(trimmed, SHOWN);
                } catch (DateTimeParseException notShown) {
                    return null;
                }
            }
        }
    };
}
