// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import java.util.Arrays;
import java.util.List;
import javafx.collections.ObservableListBase;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentStore;

/**
 * The incidents shown now as an observable list over the store's indices: an incident is rebuilt
 * only when someone reads it (a list view reads the rows on screen), so a window holding a million
 * incidents costs a swap of two references, not a million records. {@link #indexOf(Object)} finds
 * an incident by id and binary search. Read-only; change it with {@link #show}. FX thread only.
 */
final class VisibleIncidents extends ObservableListBase<Incident> {

    private IncidentStore store = IncidentStore.empty();
    private int[] indices = new int[0];

    /** Shows other incidents: everything is reported replaced. */
    void show(IncidentStore newStore, int[] newIndices) {
        List<Incident> old = store.incidents(indices);
        store = newStore;
        indices = newIndices;
        beginChange();
        if (!old.isEmpty()) {
            nextRemove(0, old);
        }
        if (indices.length > 0) {
            nextAdd(0, indices.length);
        }
        endChange();
    }

    /** The store index of the incident at a position. */
    int storeIndex(int position) {
        return indices[position];
    }

    @Override
    public Incident get(int position) {
        return store.get(indices[position]);
    }

    @Override
    public int size() {
        return indices.length;
    }

    @Override
    public int indexOf(Object o) {
        if (!(o instanceof Incident incident)) {
            return -1;
        }
        for (int index : store.indicesOf(incident.id())) { // several when sets share an id
            int position = Arrays.binarySearch(indices, index);
            if (position >= 0 && store.get(index).equals(incident)) {
                return position;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }
}
