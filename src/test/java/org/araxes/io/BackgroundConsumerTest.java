// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A consumer on another thread")
class BackgroundConsumerTest {

    @Test
    @DisplayName("gets every item, in the order given, on its own thread, and all it did is seen after finish")
    void inOrderOnAnotherThread() {
        List<Integer> seen = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        BackgroundConsumer<Integer> behind = new BackgroundConsumer<>("test-consumer", item -> {
            seen.add(item);
            if (threads.isEmpty()) {
                threads.add(Thread.currentThread());
            }
        });
        int count = BackgroundConsumer.BATCH * 40 + 7; // many full batches and a part of one
        for (int i = 0; i < count; i++) {
            behind.accept(i);
        }
        behind.finish();
        assertEquals(IntStream.range(0, count).boxed().toList(), seen);
        assertNotEquals(Thread.currentThread(), threads.get(0));
        assertEquals("test-consumer", threads.get(0).getName());
    }

    @Test
    @DisplayName("finishes at once when given nothing, and a second finish does nothing")
    void nothingGiven() {
        List<String> seen = new ArrayList<>();
        BackgroundConsumer<String> behind = new BackgroundConsumer<>("test-consumer", seen::add);
        behind.finish();
        behind.finish();
        assertEquals(List.of(), seen);
    }

    @Test
    @DisplayName("throws the consumer's failure, as it was, from finish; the items after it are dropped")
    void failureAtFinish() {
        List<Integer> seen = new ArrayList<>();
        IllegalArgumentException bad = new IllegalArgumentException("bad item");
        BackgroundConsumer<Integer> behind = new BackgroundConsumer<>("test-consumer", item -> {
            if (item == 3) {
                throw bad;
            }
            seen.add(item);
        });
        for (int i = 0; i < 10; i++) {
            behind.accept(i);
        }
        assertSame(bad, assertThrows(IllegalArgumentException.class, behind::finish));
        assertEquals(List.of(0, 1, 2), seen);
    }

    @Test
    @DisplayName("stops the producer with the consumer's failure at a later item, without waiting for ever")
    void failureStopsTheProducer() {
        IllegalStateException bad = new IllegalStateException("broken store");
        BackgroundConsumer<Integer> behind = new BackgroundConsumer<>("test-consumer", item -> {
            throw bad;
        });
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
            for (int i = 0; i < 100_000_000; i++) {
                behind.accept(i);
            }
        });
        assertSame(bad, thrown);
        assertSame(bad, assertThrows(IllegalStateException.class, behind::finish));
    }

    @Test
    @DisplayName("takes no item after finish")
    void noItemAfterFinish() {
        BackgroundConsumer<Integer> behind = new BackgroundConsumer<>("test-consumer", item -> { });
        behind.finish();
        assertThrows(IllegalStateException.class, () -> behind.accept(1));
    }
}
