// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import java.util.List;
import org.araxes.geo.GeoFeature;

/**
 * What reading one GeoJSON file gave: its layer description, the features that could be read, and
 * the problems met. A file that could not be read at all has no features and at least one problem.
 *
 * @param fileName the file's name as shown to the user
 * @param info     the layer description (from the file's {@code "araxes"} member or defaults)
 * @param features the good features, in file order, unmodifiable
 * @param problems the problems, in file order, unmodifiable
 */
public record GeoJsonResult(String fileName, LayerInfo info, List<GeoFeature> features, List<Problem> problems) {

    public GeoJsonResult {
        features = List.copyOf(features);
        problems = List.copyOf(problems);
    }

    /** True when at least one problem made something be left out. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }
}
