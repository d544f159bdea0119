// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.araxes.geo.GeoFeature;
import org.araxes.model.FeatureNames;
import org.araxes.model.TextFold;

/**
 * What the seeds say about a place or feature: the incidents whose place name, title or summary
 * names it (by any of its names or alternative names, as a whole word, ignoring case and accents),
 * each with its date and an exact quote from its sources. Stateless.
 */
public final class IncidentMentions {

    /** Names shorter than this are not matched (too many false hits). */
    static final int MIN_NAME_LENGTH = 3;

    private IncidentMentions() {
    }

    /**
     * An incident that mentions a feature.
     *
     * @param incident the incident
     * @param name     the feature's name that matched, as the feature spells it
     * @param quote    the exact quote from a source: the first that names the feature, else the first
     * @param source   the source the quote comes from (cite it with {@link Citation#of})
     */
    public record Mention(Incident incident, String name, String quote, Incident.Source source) {
        public Mention {
            Objects.requireNonNull(incident, "incident");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(source, "source");
        }
    }

    /** The incidents of a list that mention a feature, in the list's order. */
    public static List<Mention> find(GeoFeature feature, List<Incident> incidents) {
        List<String[]> names = new ArrayList<>(); // {as written, folded}
        for (String name : matchNames(feature)) {
            String folded = TextFold.fold(name);
            if (folded.length() >= MIN_NAME_LENGTH) {
                names.add(new String[] {name, folded});
            }
        }
        List<Mention> mentions = new ArrayList<>();
        if (names.isEmpty()) {
            return mentions;
        }
        for (Incident incident : incidents) {
            String text = TextFold.fold(incident.location().name() + "\n" + incident.title() + "\n" + incident.summary());
            for (String[] name : names) {
                if (TextFold.containsWord(text, name[1])) {
                    mentions.add(mention(incident, name));
                    break;
                }
            }
        }
        return mentions;
    }

    /** The feature's names, each also without a parenthesised part ("Route through Iran (…)"). */
    static Set<String> matchNames(GeoFeature feature) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : FeatureNames.of(feature)) {
            names.add(name);
            int paren = name.indexOf(" (");
            if (paren > 0) {
                names.add(name.substring(0, paren).strip());
            }
        }
        return names;
    }

    private static Mention mention(Incident incident, String[] name) {
        Incident.Source chosen = incident.sources().get(0);
        for (Incident.Source source : incident.sources()) {
            if (TextFold.containsWord(TextFold.fold(source.quote()), name[1])) {
                chosen = source;
                break;
            }
        }
        return new Mention(incident, name[0], chosen.quote(), chosen);
    }
}
