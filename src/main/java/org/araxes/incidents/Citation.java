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
            parts.add(publisher(source));
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

    /** The reference-list styles a citation can be copied in. */
    public enum Style {
        /** APA, 7th edition, reference list (news or web article). */
        APA,
        /** Chicago, 17th edition, notes and bibliography: the bibliography entry. */
        CHICAGO
    }

    /**
     * The source as a reference-list entry in a style, as plain text (no italics):
     * <ul>
     *   <li>APA: {@code Shaffer, B. (2023, May 8). Title. Publisher. https://…}; with no author the
     *       title comes first; a month or year alone is given as such, no date as {@code (n.d.)}; an
     *       editors' title in square brackets stays in them, as APA describes an untitled work;</li>
     *   <li>Chicago: {@code Shaffer, Brenda. “Title.” Publisher, May 8, 2023. https://…}; with no
     *       author the title comes first; no date as {@code n.d.}</li>
     * </ul>
     * The link is given when the source has an http(s) one ({@link Incident.Source#link}); what the
     * source does not know is left out, never the file it was read from.
     */
    public static String of(Style style, Incident.Source source) {
        return style == Style.APA ? apa(source) : chicago(source);
    }

    /**
     * The distinct entries of some sources in a style, sorted as a reference list is (by its text,
     * case ignored), one per line.
     */
    public static String list(Style style, java.util.Collection<Incident.Source> sources) {
        java.util.TreeSet<String> entries = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Incident.Source source : sources) {
            entries.add(of(style, source));
        }
        return String.join(System.lineSeparator(), entries);
    }

    private static String apa(Incident.Source source) {
        String title = known(source.title()) ? source.title().strip() : null;
        String publisher = known(source.publisher()) ? publisher(source) : null;
        StringBuilder text = new StringBuilder();
        String date = "(" + apaDate(source.published()) + ").";
        if (known(source.author())) {
            text.append(apaAuthor(source.author())).append(' ').append(date);
            if (title != null) {
                text.append(' ').append(sentence(title));
            }
        } else if (title != null) {
            text.append(sentence(title)).append(' ').append(date);
        } else {
            text.append("[Untitled article] ").append(date);
        }
        if (publisher != null) {
            text.append(' ').append(sentence(publisher));
        }
        source.link().ifPresent(uri -> text.append(' ').append(uri));
        return text.toString();
    }

    private static String chicago(Incident.Source source) {
        List<String> parts = new ArrayList<>();
        if (known(source.author())) {
            parts.add(sentence(chicagoAuthor(source.author())));
        }
        if (known(source.title())) {
            String title = source.title().strip().replace('“', '‘').replace('”', '’');
            parts.add(title.startsWith("[") ? sentence(title) : "“" + (endsSentence(title) ? title : title + ".") + "”");
        }
        String date = chicagoDate(source.published());
        parts.add(sentence(known(source.publisher()) ? publisher(source) + ", " + date : date));
        source.link().ifPresent(uri -> parts.add(uri + "."));
        return String.join(" ", parts);
    }

    /** "Brenda Shaffer" → "Shaffer, B."; a single name stays as it is. */
    static String apaAuthor(String author) {
        String[] words = author.strip().split("\\s+");
        if (words.length < 2) {
            return sentence(author.strip());
        }
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            initials.append(i > 0 ? " " : "").append(words[i].codePoints().limit(1)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)).append('.');
        }
        return words[words.length - 1] + ", " + initials;
    }

    /** "Brenda Shaffer" → "Shaffer, Brenda"; a single name stays as it is. */
    static String chicagoAuthor(String author) {
        String[] words = author.strip().split("\\s+");
        if (words.length < 2) {
            return author.strip();
        }
        return words[words.length - 1] + ", " + String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
    }

    private static final DateTimeFormatter US_DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter APA_DAY = DateTimeFormatter.ofPattern("yyyy, MMMM d", Locale.ENGLISH);
    private static final DateTimeFormatter APA_MONTH = DateTimeFormatter.ofPattern("yyyy, MMMM", Locale.ENGLISH);

    /** "2023, May 8", "2023, April", "2023", or "n.d.". */
    private static String apaDate(String published) {
        String p = known(published) ? published.strip() : "";
        try {
            if (p.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return APA_DAY.format(LocalDate.parse(p));
            }
            if (p.matches("\\d{4}-\\d{2}")) {
                return APA_MONTH.format(YearMonth.parse(p));
            }
        } catch (DateTimeParseException e) {
            return p;
        }
        return p.isEmpty() ? "n.d." : p;
    }

    /** "May 8, 2023", "April 2023", "2023", or "n.d.". */
    private static String chicagoDate(String published) {
        String p = known(published) ? published.strip() : "";
        try {
            if (p.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return US_DAY.format(LocalDate.parse(p));
            }
            if (p.matches("\\d{4}-\\d{2}")) {
                return MONTH.format(YearMonth.parse(p));
            }
        } catch (DateTimeParseException e) {
            return p;
        }
        return p.isEmpty() ? "n.d." : p;
    }

    /** The publisher's name without the editors' parenthesis ("Jam News (per …)" → "Jam News"). */
    private static String publisher(Incident.Source source) {
        return source.publisher().replaceFirst("\\s*\\(.*\\)\\s*$", "");
    }

    /** The text ending in a full stop (or the question or exclamation mark it has). */
    private static String sentence(String text) {
        return endsSentence(text) ? text : text + ".";
    }

    private static boolean endsSentence(String text) {
        return text.endsWith(".") || text.endsWith("?") || text.endsWith("!");
    }

    private static boolean known(String value) {
        return value != null && !value.isBlank() && !value.strip().equalsIgnoreCase("unknown");
    }
}
