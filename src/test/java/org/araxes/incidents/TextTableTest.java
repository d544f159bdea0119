// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The text table")
class TextTableTest {

    @Test
    @DisplayName("numbers each distinct string once, even when hashes collide")
    void collisions() {
        TextTable.Builder builder = new TextTable.Builder();
        assertEquals("Aa".hashCode(), "BB".hashCode());
        int aa = builder.add("Aa");
        int bb = builder.add("BB");
        assertNotEquals(aa, bb);
        assertEquals(aa, builder.add(new String("Aa".toCharArray())));
        assertEquals(bb, builder.add("BB"));
        assertEquals("BB".hashCode(), builder.hash(bb));
        TextTable table = builder.build();
        assertEquals(2, table.size());
        assertEquals("Aa", table.get(aa));
        assertEquals("BB", table.get(bb));
    }

    @Test
    @DisplayName("gives back every string as it was, across many growths, in any script")
    void manyStrings() {
        Random random = new Random(3);
        String[] parts = {"", "a", "Aras", "Араз", "Արաքս", "ارس", "😀", "\u0000", "é"};
        TextTable.Builder builder = new TextTable.Builder();
        Map<String, Integer> expected = new HashMap<>();
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            String text = parts[random.nextInt(parts.length)] + random.nextInt(20_000) + parts[random.nextInt(parts.length)];
            int ref = builder.add(text);
            Integer known = expected.putIfAbsent(text, ref);
            if (known != null) {
                assertEquals(known, ref, text);
            } else {
                assertEquals(added.size(), ref, "new strings are numbered in order");
                added.add(text);
            }
        }
        TextTable table = builder.build();
        assertEquals(added.size(), table.size());
        for (int ref = 0; ref < added.size(); ref++) {
            assertEquals(added.get(ref), table.get(ref));
            assertEquals(added.get(ref), builder.get(ref));
        }
    }
}
