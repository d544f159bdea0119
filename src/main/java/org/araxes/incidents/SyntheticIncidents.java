// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A seeded generator of made-up incident sets for benchmarks and load tests, with the clustering a
 * conflict data set has: most events at real towns and along the border reaches (the Aras, the
 * Armenia–Azerbaijan line, Astara), a few scattered over the region (43–51° E, 36–42.5° N); dates
 * from 1990 to 2026 with bursts (the wars of 1992–94 and 2020, April 2016, September 2022 and
 * 2023); a mix of categories, actors, statuses, roles and date precisions. The same seed and count
 * always give the same incidents. Every incident says it is synthetic in its id, summary and source.
 *
 * <p>Nothing here is data about real events: it exists so the app can be measured at 10,000,
 * 100,000 and 1,000,000 incidents.
 */
public final class SyntheticIncidents {

    private record Town(String name, double lon, double lat, double weight) {
    }

    private record Burst(LocalDate start, LocalDate end, double weight, Category favoured) {
    }

    /** Real places in the region (approximate town centres), weighted by how often events cluster there. */
    private static final Town[] TOWNS = {
        new Town("Baku, Azerbaijan", 49.867, 40.409, 6), new Town("Tabriz, Iran", 46.292, 38.080, 5),
        new Town("Yerevan, Armenia", 44.514, 40.177, 5), new Town("Nakhchivan, Azerbaijan", 45.412, 39.209, 4),
        new Town("Kapan, Armenia", 46.406, 39.208, 3), new Town("Goris, Armenia", 46.339, 39.507, 3),
        new Town("Meghri, Armenia", 46.244, 38.903, 3), new Town("Julfa, Azerbaijan", 45.628, 38.958, 3),
        new Town("Jolfa, Iran", 45.638, 38.940, 2), new Town("Ordubad, Azerbaijan", 46.023, 38.909, 2),
        new Town("Jabrayil, Azerbaijan", 47.026, 39.400, 3), new Town("Zangilan, Azerbaijan", 46.654, 39.086, 3),
        new Town("Horadiz, Azerbaijan", 47.332, 39.450, 2), new Town("Astara, Azerbaijan", 48.873, 38.456, 2),
        new Town("Astara, Iran", 48.872, 38.429, 2), new Town("Lankaran, Azerbaijan", 48.851, 38.754, 2),
        new Town("Ardabil, Iran", 48.293, 38.249, 2), new Town("Parsabad, Iran", 47.918, 39.648, 2),
        new Town("Aslanduz, Iran", 47.418, 39.441, 1), new Town("Khoda Afarin, Iran", 46.935, 39.153, 2),
        new Town("Shusha, Azerbaijan", 46.753, 39.758, 4), new Town("Khankendi (Stepanakert)", 46.752, 39.816, 4),
        new Town("Aghdam, Azerbaijan", 46.926, 39.993, 3), new Town("Fuzuli, Azerbaijan", 47.145, 39.601, 3),
        new Town("Lachin, Azerbaijan", 46.548, 39.640, 3), new Town("Kalbajar, Azerbaijan", 46.038, 40.106, 2),
        new Town("Ganja, Azerbaijan", 46.361, 40.683, 3), new Town("Tovuz, Azerbaijan", 45.628, 40.993, 2),
        new Town("Ijevan, Armenia", 45.148, 40.876, 1), new Town("Gyumri, Armenia", 43.847, 40.789, 2),
        new Town("Vanadzor, Armenia", 44.488, 40.806, 1), new Town("Sisian, Armenia", 46.032, 39.521, 2),
        new Town("Jermuk, Armenia", 45.668, 39.841, 2), new Town("Sadarak, Azerbaijan", 44.883, 39.716, 1),
        new Town("Maku, Iran", 44.517, 39.295, 1), new Town("Urmia, Iran", 45.076, 37.552, 2),
        new Town("Ahar, Iran", 47.070, 38.477, 1), new Town("Mingachevir, Azerbaijan", 47.060, 40.770, 1),
        new Town("Sumgait, Azerbaijan", 49.668, 40.589, 1), new Town("Tbilisi, Georgia", 44.793, 41.715, 2),
        new Town("Rasht, Iran", 49.583, 37.281, 1), new Town("Zanjan, Iran", 48.478, 36.674, 1),
        new Town("Qazvin, Iran", 50.004, 36.270, 1), new Town("Tehran road, Iran", 50.900, 36.100, 1),
    };

    /** Border reaches as polylines (lon, lat pairs): the Aras from Sadarak to the Caspian side, the Armenia–Azerbaijan line, Astara. */
    private static final double[][] REACHES = {
        {44.80, 39.74, 45.30, 39.35, 45.63, 38.95, 46.02, 38.88, 46.25, 38.86, 46.55, 38.98, 46.93, 39.15,
            47.33, 39.45, 47.42, 39.44, 47.80, 39.62, 48.00, 39.70},
        {45.20, 41.15, 45.60, 40.95, 45.90, 40.55, 45.90, 40.25, 46.00, 39.95, 46.20, 39.65, 46.45, 39.30,
            46.55, 39.05},
        {45.55, 39.85, 45.25, 39.65, 45.05, 39.55},
        {48.00, 39.70, 48.35, 39.35, 48.10, 39.00, 48.35, 38.62, 48.86, 38.43},
    };

    private static final Burst[] BURSTS = {
        new Burst(LocalDate.of(1992, 1, 1), LocalDate.of(1994, 5, 12), 8, Category.WAR),
        new Burst(LocalDate.of(2016, 4, 1), LocalDate.of(2016, 4, 5), 2, Category.ATTACK),
        new Burst(LocalDate.of(2020, 7, 12), LocalDate.of(2020, 7, 16), 1.5, Category.BORDER_INCIDENT),
        new Burst(LocalDate.of(2020, 9, 27), LocalDate.of(2020, 11, 10), 10, Category.WAR),
        new Burst(LocalDate.of(2021, 9, 1), LocalDate.of(2021, 11, 30), 3, Category.MILITARY_EXERCISE),
        new Burst(LocalDate.of(2022, 9, 13), LocalDate.of(2022, 9, 15), 3, Category.ATTACK),
        new Burst(LocalDate.of(2022, 12, 12), LocalDate.of(2023, 4, 30), 3, Category.BORDER_INCIDENT),
        new Burst(LocalDate.of(2023, 9, 19), LocalDate.of(2023, 9, 30), 4, Category.ATTACK),
        new Burst(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 6, 30), 6, Category.DIPLOMATIC),
    };

    private static final String[] ACTORS = {
        "Azerbaijan", "Armenia", "Iran", "Russia", "Turkey", "Georgia", "Azerbaijani Armed Forces",
        "Armenian Armed Forces", "IRGC", "Iranian Army", "Russian peacekeepers", "EU monitoring mission",
        "OSCE Minsk Group", "Nakhchivan AR government", "Karabakh de facto authorities", "Protesters",
        "Unidentified gunmen", "Border guards (Azerbaijan)", "Border guards (Armenia)", "Border guards (Iran)",
        "Civilians", "Journalists", "Truck drivers", "Smugglers", "United States", "France", "Israel",
        "Pakistan", "United Nations", "ICRC",
    };

    private static final String[] PUBLISHERS = {
        "Synthetic Wire", "Synthetic Monitor", "Example Daily", "Test Gazette", "Made-up Radio",
        "Placeholder News Agency", "Mock Observer", "Sample Times",
    };

    private static final String[] VERBS = {
        "reported near", "took place at", "was recorded near", "was claimed at", "was reported from",
    };

    private static final Category[] CATEGORIES = Category.values();
    private static final double[] CATEGORY_WEIGHTS = {8, 10, 18, 14, 5, 3, 12, 6, 9, 5};

    private final long seed;
    private final double totalTownWeight;

    /** A generator with a seed. */
    public SyntheticIncidents(long seed) {
        this.seed = seed;
        double sum = 0;
        for (Town town : TOWNS) {
            sum += town.weight();
        }
        totalTownWeight = sum;
    }

    /** The first {@code count} incidents of this seed's sequence. */
    public List<Incident> generate(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        List<Incident> list = new ArrayList<>(count);
        forEach(count, list::add);
        return list;
    }

    /**
     * Hands the first {@code count} incidents of this seed's sequence to a consumer one at a time,
     * holding none (the same incidents as {@link #generate}): ten million fit a store, not a list.
     */
    public void forEach(int count, java.util.function.Consumer<Incident> consumer) {
        iterator(count).forEachRemaining(consumer);
    }

    /**
     * The first {@code count} incidents of this seed's sequence, each made when it is asked for
     * (the same incidents as {@link #generate}); each call starts the sequence anew.
     */
    public Iterator<Incident> iterator(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        SplittableRandom random = new SplittableRandom(seed);
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public Incident next() {
                if (i >= count) {
                    throw new NoSuchElementException("only " + count + " incidents");
                }
                return SyntheticIncidents.this.next(random, i++);
            }
        };
    }

    /**
     * Writes the first {@code count} incidents as an incident GeoJSON file (the format of
     * {@code docs/incidents-format.md}), streaming: memory stays small however many are written.
     */
    public void writeGeoJson(int count, OutputStream out) throws IOException {
        org.araxes.incidents.write.IncidentGeoJsonWriter.write(iterator(count), "Synthetic incidents (" + count + ", seed " + seed + ")",
                CREDIT, false, out);
        out.close();
    }

    /** Writes incidents (from this generator or anywhere) as an incident GeoJSON file. */
    public static void writeGeoJson(List<Incident> incidents, String title, OutputStream out) throws IOException {
        writeGeoJson(incidents.iterator(), title, out);
    }

    /** Writes incidents one at a time as they come (holding none) as an incident GeoJSON file. */
    public static void writeGeoJson(Iterator<Incident> incidents, String title, OutputStream out) throws IOException {
        org.araxes.incidents.write.IncidentGeoJsonWriter.write(incidents, title, CREDIT, false, out);
        out.close();
    }

    private static final String CREDIT = "Made-up test data: no real events";

    private Incident next(SplittableRandom r, int n) {
        // When: 45 % in a burst, the rest spread over 1990–2026 with more in recent years.
        LocalDate day;
        Category favoured = null;
        if (r.nextDouble() < 0.45) {
            Burst burst = pickBurst(r);
            long span = burst.end().toEpochDay() - burst.start().toEpochDay() + 1;
            day = burst.start().plusDays(r.nextLong(span));
            favoured = burst.favoured();
        } else {
            double t = Math.pow(r.nextDouble(), 0.7); // denser towards the present
            long first = LocalDate.of(1990, 1, 1).toEpochDay();
            long last = LocalDate.of(2026, 11, 1).toEpochDay();
            day = LocalDate.ofEpochDay(first + (long) ((last - first) * (1 - t)));
            if (r.nextBoolean()) {
                day = LocalDate.ofEpochDay(last - (day.toEpochDay() - first));
            }
        }
        Category category = favoured != null && r.nextDouble() < 0.5 ? favoured : pickCategory(r);

        double p = r.nextDouble();
        DatePrecision precision;
        LocalDate end;
        if (p < 0.84) {
            precision = DatePrecision.DAY;
            end = r.nextDouble() < 0.06 ? day.plusDays(1 + r.nextInt(4)) : day;
        } else if (p < 0.95) {
            precision = DatePrecision.MONTH;
            day = day.withDayOfMonth(1);
            end = YearMonth.from(day).atEndOfMonth();
        } else if (p < 0.98) {
            precision = DatePrecision.APPROXIMATE;
            end = day.plusDays(7 + r.nextInt(60));
        } else {
            precision = DatePrecision.YEAR;
            day = day.withDayOfYear(1);
            end = day.withDayOfYear(day.lengthOfYear());
        }
        if (end.getYear() > 2026) {
            end = LocalDate.of(2026, 12, 31);
        }

        // Where: 62 % at a town, 30 % along a border reach, 5 % anywhere in the region, 3 % no point.
        double w = r.nextDouble();
        String placeName;
        LocationPrecision where;
        double lon;
        double lat;
        Incident.Point point;
        if (w < 0.62) {
            Town town = pickTown(r);
            where = r.nextDouble() < 0.3 ? LocationPrecision.SITE : LocationPrecision.TOWN;
            double km = where == LocationPrecision.SITE ? 1.5 : 4;
            lon = town.lon() + r.nextGaussian() * km / 85;
            lat = town.lat() + r.nextGaussian() * km / 111;
            placeName = town.name();
        } else if (w < 0.92) {
            double[] reach = REACHES[r.nextInt(REACHES.length)];
            int segment = r.nextInt(reach.length / 2 - 1);
            double t = r.nextDouble();
            lon = reach[2 * segment] + t * (reach[2 * segment + 2] - reach[2 * segment]) + r.nextGaussian() * 0.02;
            lat = reach[2 * segment + 1] + t * (reach[2 * segment + 3] - reach[2 * segment + 1]) + r.nextGaussian() * 0.02;
            where = r.nextDouble() < 0.5 ? LocationPrecision.SITE : LocationPrecision.REGION;
            placeName = String.format(Locale.ROOT, "border sector %d-%d", reach.length, segment);
        } else if (w < 0.97) {
            lon = 43 + 8 * r.nextDouble();
            lat = 36 + 6.5 * r.nextDouble();
            where = LocationPrecision.REGION;
            placeName = String.format(Locale.ROOT, "near %.1f° N %.1f° E", lat, lon);
        } else {
            lon = Double.NaN;
            lat = Double.NaN;
            where = LocationPrecision.COUNTRY;
            placeName = ACTORS[r.nextInt(6)];
        }
        point = Double.isNaN(lon) ? null
                // as a file holds them: at most 7 decimals
                : new Incident.Point(org.araxes.incidents.write.IncidentGeoJsonWriter.rounded(Math.max(43, Math.min(51, lon))),
                        org.araxes.incidents.write.IncidentGeoJsonWriter.rounded(Math.max(36, Math.min(42.5, lat))));

        int actorCount = 1 + (r.nextDouble() < 0.6 ? 1 : 0) + (r.nextDouble() < 0.2 ? 1 : 0);
        List<String> actors = new ArrayList<>(actorCount);
        for (int k = 0; k < actorCount; k++) {
            // Zipf-like: the first actors are far more common
            actors.add(ACTORS[(int) (ACTORS.length * Math.pow(r.nextDouble(), 2.2))]);
        }
        double s = r.nextDouble();
        Status status = s < 0.6 ? Status.REPORTED : s < 0.9 ? Status.CORROBORATED : Status.DISPUTED;
        Role role = r.nextDouble() < 0.7 ? Role.PRIMARY : Role.BACKGROUND;
        String label = category.label().toLowerCase(Locale.ROOT);
        String title = category.label() + " " + VERBS[r.nextInt(VERBS.length)] + " " + placeName;
        String summary = String.format(Locale.ROOT,
                "Synthetic test event %d: a %s involving %s, %d people reported affected. Not a real event.",
                n, label, String.join(" and ", actors), r.nextInt(500));
        String publisher = PUBLISHERS[r.nextInt(PUBLISHERS.length)];
        List<Incident.Source> sources = new ArrayList<>(2);
        int sourceCount = status == Status.CORROBORATED ? 2 : 1;
        for (int k = 0; k < sourceCount; k++) {
            sources.add(new Incident.Source("synthetic", k == 0 ? publisher : PUBLISHERS[r.nextInt(PUBLISHERS.length)],
                    "unknown", "unknown", day.toString(),
                    "A " + label + " was reported on " + day + " (synthetic quote " + n + ")."));
        }
        String id = String.format(Locale.ROOT, "syn-%d-%07d", seed, n);
        return new Incident(id, title, summary, category, actors, status, role,
                new Incident.When(day, end, precision, DateBasis.STATED, ""),
                new Incident.Place(placeName, where, ""), point, sources);
    }

    private Town pickTown(SplittableRandom r) {
        double x = r.nextDouble() * totalTownWeight;
        for (Town town : TOWNS) {
            x -= town.weight();
            if (x < 0) {
                return town;
            }
        }
        return TOWNS[TOWNS.length - 1];
    }

    private static Burst pickBurst(SplittableRandom r) {
        double total = 0;
        for (Burst b : BURSTS) {
            total += b.weight();
        }
        double x = r.nextDouble() * total;
        for (Burst b : BURSTS) {
            x -= b.weight();
            if (x < 0) {
                return b;
            }
        }
        return BURSTS[BURSTS.length - 1];
    }

    private static Category pickCategory(SplittableRandom r) {
        double total = 0;
        for (double w : CATEGORY_WEIGHTS) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < CATEGORIES.length; i++) {
            x -= CATEGORY_WEIGHTS[i];
            if (x < 0) {
                return CATEGORIES[i];
            }
        }
        return CATEGORIES[CATEGORIES.length - 1];
    }
}
