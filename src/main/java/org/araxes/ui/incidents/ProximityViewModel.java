// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.araxes.incidents.IncidentFilter;
import org.araxes.incidents.IncidentProximity;
import org.araxes.incidents.IncidentStore;

/**
 * The "incidents within N km of the Aras / of a corridor" filter: on or off, the distance and the
 * line. Distances are computed once per loaded store and line, then the filter is a set of ids
 * handed to {@link IncidentsViewModel#nearProperty()}.
 */
public final class ProximityViewModel {

    private final IncidentsViewModel incidents;
    private final List<IncidentProximity.Target> targets;
    private final BooleanProperty on = new SimpleBooleanProperty(this, "on", false);
    private final DoubleProperty km = new SimpleDoubleProperty(this, "km", 10);
    private final ObjectProperty<IncidentProximity.Target> target = new SimpleObjectProperty<>(this, "target");
    private final Map<String, double[]> distances = new HashMap<>();
    private IncidentStore measured;

    public ProximityViewModel(IncidentsViewModel incidents, List<IncidentProximity.Target> targets) {
        this.incidents = incidents;
        this.targets = List.copyOf(targets);
        target.set(this.targets.isEmpty() ? null : this.targets.get(0));
        on.addListener(o -> update());
        km.addListener(o -> update());
        target.addListener(o -> update());
        incidents.storeProperty().addListener(o -> update());
    }

    /** The lines one can measure from: the Aras first, then the corridors. */
    public List<IncidentProximity.Target> targets() {
        return targets;
    }

    public BooleanProperty onProperty() {
        return on;
    }

    /** The distance in km (positive). */
    public DoubleProperty kmProperty() {
        return km;
    }

    public ObjectProperty<IncidentProximity.Target> targetProperty() {
        return target;
    }

    /** Distances in metres from the store's incidents to a line, computed once per store. */
    double[] distancesTo(IncidentProximity.Target line) {
        IncidentStore store = incidents.store();
        if (store != measured) {
            distances.clear();
            measured = store;
        }
        return distances.computeIfAbsent(line.id(), id -> IncidentProximity.distances(store.all(), line));
    }

    private void update() {
        IncidentProximity.Target line = target.get();
        if (!on.get() || line == null || !(km.get() > 0)) {
            incidents.nearProperty().set(null);
            return;
        }
        IncidentStore store = incidents.store();
        incidents.nearProperty().set(new IncidentFilter.Near(line.id(), line.label(), km.get(),
                IncidentProximity.within(store.all(), distancesTo(line), km.get())));
    }
}
