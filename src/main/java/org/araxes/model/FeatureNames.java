// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.araxes.geo.GeoFeature;

/** Every name a feature carries: {@code name}, each of {@code names}, and each of {@code alt_names}. */
public final class FeatureNames {

    private FeatureNames() {
    }

    /** The distinct non-blank names of a feature, English first, in a stable order. */
    public static List<String> of(GeoFeature feature) {
        Set<String> names = new LinkedHashSet<>();
        add(names, feature.text("name"));
        if (feature.properties().get("names") instanceof Map<?, ?> byLanguage) {
            for (Object name : byLanguage.values()) {
                add(names, name);
            }
        }
        for (Object alternative : feature.list("alt_names")) {
            if (alternative instanceof Map<?, ?> alt) {
                add(names, alt.get("name"));
            } else {
                add(names, alternative);
            }
        }
        return new ArrayList<>(names);
    }

    private static void add(Set<String> names, Object name) {
        if (name instanceof String s && !s.isBlank()) {
            names.add(s.strip());
        }
    }
}
