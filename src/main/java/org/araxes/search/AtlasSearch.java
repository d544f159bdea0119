// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.araxes.geo.GeoFeature;
import org.araxes.incidents.Incident;
import org.araxes.io.LayerInfo;
import org.araxes.model.Atlas;
import org.araxes.model.FeatureNames;
import org.araxes.model.LayerData;
import org.araxes.model.TextFold;
import org.locationtech.jts.geom.Envelope;

/**
 * Finds places and features by any of their names or alternative names, in any script, ignoring
 * case and accents ("agbend" finds Ağbənd, "Կապան" finds Kapan, "تبريز" with an Arabic yeh finds
 * تبریز), and incidents by their title and summary. Built once; queries are read-only and
 * thread-safe.
 */
public final class AtlasSearch {

    /** What a hit is. */
    public enum Kind { PLACE, INCIDENT }

    /**
     * One search result.
     *
     * @param kind     a place or feature, or an incident
     * @param label    what to show: the feature's English name or the incident's date and title
     * @param matched  the name or text that matched, as written (e.g. "Կապան")
     * @param detail   the layer's title, or the incident's place
     * @param feature  the feature (places), else null
     * @param layer    the feature's layer (places), else null
     * @param incident the incident (incidents), else null
     * @param bounds   where it is on the map (lon/lat), or null when it has no geometry
     * @param score    lower is better: 0 exact name, 1 name starts with the query, 2 a word does,
     *                 3 contains it; incidents add 4
     */
    public record Hit(Kind kind, String label, String matched, String detail, GeoFeature feature, LayerData layer,
                      Incident incident, Envelope bounds, int score) {
        public Hit {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(matched, "matched");
            Objects.requireNonNull(detail, "detail");
            if ((kind == Kind.PLACE) != (feature != null) || (kind == Kind.INCIDENT) != (incident != null)) {
                throw new IllegalArgumentException("a place hit has a feature, an incident hit an incident");
            }
        }
    }

    private record Entry(GeoFeature feature, LayerData layer, String name, String folded) {
    }

    private record IncidentEntry(Incident incident, String folded) {
    }

    private final List<Entry> places = new ArrayList<>();
    private final List<IncidentEntry> incidents = new ArrayList<>();

    /** An index of an atlas's named features (every layer but the incidents) and of incidents. */
    public AtlasSearch(Atlas atlas, List<Incident> incidentList) {
        for (LayerData layer : atlas.layers()) {
            if (layer.info().kind() == LayerInfo.Kind.INCIDENTS) {
                continue;
            }
            for (GeoFeature feature : layer.features()) {
                if (feature.properties().get("name") == null && feature.properties().get("names") == null) {
                    continue;
                }
                for (String name : FeatureNames.of(feature)) {
                    places.add(new Entry(feature, layer, name, TextFold.fold(name)));
                }
            }
        }
        for (Incident incident : incidentList) {
            incidents.add(new IncidentEntry(incident, TextFold.fold(incident.title() + "\n" + incident.summary())));
        }
    }

    /**
     * The hits for a query, best first, places before incidents at equal score, at most {@code limit}.
     * A blank query finds nothing. Each feature appears once, by its best-matching name.
     */
    public List<Hit> find(String query, int limit) {
        String q = TextFold.fold(query == null ? "" : query.strip());
        List<Hit> hits = new ArrayList<>();
        if (q.isEmpty() || limit <= 0) {
            return hits;
        }
        java.util.Map<GeoFeature, Hit> best = new java.util.LinkedHashMap<>();
        for (Entry e : places) {
            int score = score(e.folded(), q);
            if (score < 0) {
                continue;
            }
            Hit old = best.get(e.feature());
            if (old == null || score < old.score()) {
                Envelope bounds = e.feature().geometry() == null ? null : e.feature().geometry().getEnvelopeInternal();
                best.put(e.feature(), new Hit(Kind.PLACE, e.feature().name("en"), e.name(), e.layer().title(),
                        e.feature(), e.layer(), null, bounds, score));
            }
        }
        hits.addAll(best.values());
        for (IncidentEntry e : incidents) {
            int score = score(e.folded(), q);
            if (score >= 0) {
                Incident i = e.incident();
                Envelope bounds = i.point() == null ? null : new Envelope(i.point().lon(), i.point().lon(),
                        i.point().lat(), i.point().lat());
                hits.add(new Hit(Kind.INCIDENT, i.date().start() + "  " + i.title(), i.title(), i.location().name(),
                        null, null, i, bounds, 4 + score));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::score).thenComparing(h -> h.kind().ordinal())
                .thenComparing(Hit::label));
        return hits.size() > limit ? new ArrayList<>(hits.subList(0, limit)) : hits;
    }

    /** -1: no match; 0 equal; 1 prefix; 2 a word starts with it; 3 contains it. */
    static int score(String folded, String q) {
        if (folded.equals(q)) {
            return 0;
        }
        if (folded.startsWith(q)) {
            return 1;
        }
        int at = folded.indexOf(q);
        if (at < 0) {
            return -1;
        }
        for (; at >= 0; at = folded.indexOf(q, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1))) {
                return 2;
            }
        }
        return 3;
    }
}
