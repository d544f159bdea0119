// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FirstFewTest {

    @Test
    @DisplayName("a long list gives its first items and how many more there are")
    void longList() {
        FirstFew<Integer> few = FirstFew.of(List.of(1, 2, 3, 4, 5), 2);
        assertEquals(List.of(1, 2), few.first());
        assertEquals(3, few.more());
    }

    @Test
    @DisplayName("a short list gives all its items and no more")
    void shortList() {
        assertEquals(new FirstFew<>(List.of(1, 2), 0), FirstFew.of(List.of(1, 2), 20));
        assertEquals(new FirstFew<>(List.of(), 0), FirstFew.of(List.of(), 20));
    }

    @Test
    @DisplayName("a long text is cut and the rest counted; a short one is as it was")
    void text() {
        assertEquals("abc… (3 more characters)", FirstFew.text("abcdef", 3));
        assertEquals("abc", FirstFew.text("abc", 3));
        String big = "x".repeat(18_000_000);
        assertEquals(300 + "… (17999700 more characters)".length(), FirstFew.text(big, 300).length());
    }

    @Test
    @DisplayName("a cut never splits a surrogate pair")
    void surrogates() {
        assertEquals("a… (3 more characters)", FirstFew.text("a😀bc", 2), "the emoji is one character");
    }
}
