// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents.edit;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;
import org.araxes.incidents.DatePrecision;

/**
 * New incident ids made as the bundled ones are ({@code docs/incidents-format.md} 2.2): {@code inc-},
 * the start date as precisely as it is known ({@code 2022-10-21}, {@code 2022-10}, {@code 2021},
 * {@code 2021-2023} for a span of years), then the place's name in lower-case words joined by
 * {@code -} ({@code inc-2022-10-21-kapan}); {@code -2}, {@code -3}… when the id is taken.
 */
public final class IncidentIds {

    private IncidentIds() {
    }

    /**
     * The id proposed for an incident.
     *
     * @param start     its start date
     * @param end       its end date, or null for the start
     * @param precision how precisely the date is known
     * @param place     the place's name as the user wrote it ("Kapan, Armenia": its first part is used); may be blank
     * @param taken     true for ids already in use
     */
    public static String propose(LocalDate start, LocalDate end, DatePrecision precision, String place, Predicate<String> taken) {
        LocalDate last = end == null ? start : end;
        String date = switch (precision) {
            case DAY -> start.toString();
            case MONTH -> start.toString().substring(0, 7);
            case YEAR, APPROXIMATE -> start.getYear() == last.getYear()
                    ? String.valueOf(start.getYear()) : start.getYear() + "-" + last.getYear();
        };
        String words = slug(place == null ? "" : place.split(",")[0]);
        String id = "inc-" + date + (words.isEmpty() || words.equals("unknown") ? "" : "-" + words);
        String free = id;
        for (int n = 2; taken.test(free); n++) {
            free = id + "-" + n;
        }
        return free;
    }

    /** Lower-case ASCII letters and digits of a text, words joined by {@code -} (accents dropped: "Şuşa" → "susa"). */
    public static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
