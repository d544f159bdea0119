// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A source as a reader cites it: author, title, publisher and date, in that order, in English, the
 * one place where a source becomes text for a picture, a panel or a card. What the article does not
 * give is said in words ("unattributed article", "publisher not named", "title not given", "date
 * not given"); the file a source was read from is never part of it (it stays in the data).
 *
 * <p>A title in square brackets is one the editors supplied because the article has no headline:
 * its lead sentence (docs/incidents-format.md, 2.5). It is cited in quotation marks like a title;
 * {@link #hasSuppliedTitle} tells a panel to say so. A month or a year alone is an approximate
 * publication date: "c. November 2022".
 *
 * <p>Examples: {@code Brenda Shaffer, “President Aliyev: …”, The Central Asia-Caucasus Analyst, 8 May
 * 2023}; {@code “Tension between Azerbaijan and Iran is increasing”, unattributed article, c. November
 * 2022}.
 */
public final class Citation {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private Citation() {
    }

    /** The citation of a source, e.g. "Alia Karim, “…”, Alma center, c. October 2021". */
    public static String of(Incident.Source source) {
        List<String> parts = new ArrayList<>();
        boolean author = known(source.author());
        if (author) {
            parts.add(source.author());
        }
        // quotation marks inside a title become single ones, as inside any quotation
        parts.add(known(source.title())
                ? "“" + unbracketed(source.title()).replace('“', '‘').replace('”', '’') + "”" : "title not given");
        if (known(source.publisher())) {
            // "Jam News (per …)": the name without the editors' parenthesis
            parts.add(source.publisher().replaceFirst("\\s*\\(.*\\)\\s*$", ""));
        } else {
            parts.add(author ? "publisher not named" : "unattributed article");
        }
        parts.add(date(source.published()));
        return String.join(", ", parts);
    }

    /** Whether the source's title was supplied by the editors (its lead sentence; the article has no headline). */
    public static boolean hasSuppliedTitle(Incident.Source source) {
        String title = source.title().strip();
        return title.length() > 2 && title.startsWith("[") && title.endsWith("]");
    }

    private static String unbracketed(String title) {
        String t = title.strip();
        return t.length() > 2 && t.startsWith("[") && t.endsWith("]") ? t.substring(1, t.length() - 1).strip() : t;
    }

    /** "8 May 2023", "c. November 2022", "c. 2022", the text as given when it is none of these, or "date not given". */
    static String date(String published) {
        if (!known(published)) {
            return "date not given";
        }
        String p = published.strip();
        try {
            if (p.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return DAY.format(LocalDate.parse(p));
            }
            if (p.matches("\\d{4}-\\d{2}")) {
                return "c. " + MONTH.format(YearMonth.parse(p));
            }
        } catch (DateTimeParseException e) {
            return p;
        }
        return p.matches("\\d{4}") ? "c. " + p : p;
    }

    private static boolean known(String value) {
        return value != null && !value.isBlank() && !value.strip().equalsIgnoreCase("unknown");
    }
}
