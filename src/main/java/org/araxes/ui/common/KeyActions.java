// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The one registry of keyboard actions. Actions registered here are bound by {@link #install}
 * (nowhere else), and the shortcut sheet lists exactly {@link #all}: the registered actions, the
 * keys the map handles itself, and every accelerator found in the menu bar. So the sheet cannot
 * drift from the real bindings.
 *
 * <p>A plain-letter key (no Ctrl/Alt/Meta) is not taken while a text field, list or table has the
 * focus, so typing and list navigation keep working.
 */
public final class KeyActions {

    /**
     * One keyboard action.
     *
     * @param group       heading on the sheet ("Map", "Tools", "File"…)
     * @param description what it does
     * @param keys        the key combinations, first the main one
     * @param action      what to run, or null when something else handles the keys (the map, a menu)
     */
    public record Entry(String group, String description, List<KeyCombination> keys, Runnable action) {
        public Entry {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(description, "description");
            keys = List.copyOf(keys);
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("an action needs at least one key: " + description);
            }
        }

        /** The keys as the sheet shows them, e.g. "Ctrl+F" or "? / F1". */
        public String keyText() {
            List<String> texts = new ArrayList<>();
            for (KeyCombination key : keys) {
                texts.add(key.getDisplayText());
            }
            return String.join(" / ", texts);
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final java.util.Map<Entry, java.util.function.BooleanSupplier> conditions = new java.util.IdentityHashMap<>();
    private MenuBar menuBar;

    /** Registers an action bound to some keys. */
    public Entry add(String group, String description, Runnable action, KeyCombination... keys) {
        Entry entry = new Entry(group, description, List.of(keys), Objects.requireNonNull(action, "action"));
        entries.add(entry);
        return entry;
    }

    /** Registers an action that takes its keys only while a condition holds (else they go on as usual). */
    public Entry addWhen(String group, String description, java.util.function.BooleanSupplier when, Runnable action,
                         KeyCombination... keys) {
        Entry entry = add(group, description, action, keys);
        conditions.put(entry, when);
        return entry;
    }

    /** Records keys that a node handles itself (e.g. the map's arrows), so the sheet lists them. */
    public Entry handledElsewhere(String group, String description, KeyCombination... keys) {
        Entry entry = new Entry(group, description, List.of(keys), null);
        entries.add(entry);
        return entry;
    }

    /** The menu bar whose accelerators the sheet lists too. */
    public void menus(MenuBar bar) {
        this.menuBar = bar;
    }

    /** The registered entries only, in registration order. */
    public List<Entry> registered() {
        return Collections.unmodifiableList(entries);
    }

    /** Everything the sheet lists: registered entries, then the menu accelerators by menu. */
    public List<Entry> all() {
        List<Entry> all = new ArrayList<>(entries);
        if (menuBar != null) {
            for (Menu menu : menuBar.getMenus()) {
                collect(menu.getText().replace("_", ""), menu, all);
            }
        }
        return all;
    }

    private static void collect(String group, Menu menu, List<Entry> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(group, sub, into);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                into.add(new Entry(group, item.getText().replace("_", "").replace("…", ""),
                        List.of(item.getAccelerator()), null));
            }
        }
    }

    /** Binds the registered actions in a scene (a key-pressed filter on the scene). */
    public void install(Scene scene) {
        EventHandler<KeyEvent> handler = e -> {
            for (Entry entry : entries) {
                if (entry.action() == null || conditions.containsKey(entry) && !conditions.get(entry).getAsBoolean()) {
                    continue;
                }
                for (KeyCombination key : entry.keys()) {
                    if (key.match(e) && (hasModifier(key) || !typingInto(scene.getFocusOwner()))) {
                        entry.action().run();
                        e.consume();
                        return;
                    }
                }
            }
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, handler);
    }

    private static boolean hasModifier(KeyCombination key) {
        return key.getControl() == KeyCombination.ModifierValue.DOWN
                || key.getShortcut() == KeyCombination.ModifierValue.DOWN
                || key.getAlt() == KeyCombination.ModifierValue.DOWN
                || key.getMeta() == KeyCombination.ModifierValue.DOWN;
    }

    private static boolean typingInto(Node focus) {
        return focus instanceof TextInputControl || focus instanceof ListView<?> || focus instanceof TableView<?>;
    }
}
