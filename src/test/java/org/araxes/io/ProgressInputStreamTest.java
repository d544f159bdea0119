// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("ProgressInputStream")
class ProgressInputStreamTest {

    private static byte[] bytes(int n) {
        byte[] data = new byte[n];
        for (int i = 0; i < n; i++) {
            data[i] = (byte) i;
        }
        return data;
    }

    @Nested
    @DisplayName("progress")
    class Progress {

        @ParameterizedTest(name = "{0} bytes read {1} at a time")
        @CsvSource({
                // the common case: many small reads, one report per percent
                "100000, 1000",
                // one byte at a time through read()
                "5000, 1",
                // reads larger than a percent skip percents but never go backwards
                "100000, 7919",
                // fewer bytes than percents: every byte is a report
                "50, 3",
                // one read takes it all
                "4096, 65536",
        })
        @DisplayName("reports rising fractions, at most about one per percent, ending at 1")
        void rising(int size, int chunk) throws IOException {
            List<Double> seen = new ArrayList<>();
            byte[] data = bytes(size);
            byte[] back = new byte[size];
            try (ProgressInputStream in = new ProgressInputStream(new ByteArrayInputStream(data), size, seen::add, () -> false)) {
                int at = 0;
                if (chunk == 1) {
                    for (int b; (b = in.read()) >= 0; ) {
                        back[at++] = (byte) b;
                    }
                } else {
                    for (int n; (n = in.read(back, at, Math.min(chunk, size - at))) > 0; ) {
                        at += n;
                    }
                    assertEquals(-1, in.read(), "the end");
                }
                assertEquals(size, in.bytesRead());
            }
            assertArrayEquals(data, back, "the bytes pass through unchanged");
            assertTrue(seen.size() <= 101, "at most one report per percent: " + seen.size());
            for (int i = 1; i < seen.size(); i++) {
                assertTrue(seen.get(i) > seen.get(i - 1), "rising: " + seen);
            }
            assertEquals(1.0, seen.get(seen.size() - 1), "ends at 1");
        }

        @Test
        @DisplayName("one report per percent when read in small blocks")
        void everyPercent() throws IOException {
            List<Double> seen = new ArrayList<>();
            try (InputStream in = new ProgressInputStream(new ByteArrayInputStream(bytes(10_000)), 10_000, seen::add, () -> false)) {
                byte[] block = new byte[50];
                while (in.read(block) >= 0) {
                    // reading in blocks of half a percent
                }
            }
            assertEquals(100, seen.size(), seen.toString());
            assertEquals(0.01, seen.get(0), 1e-12);
            assertEquals(0.5, seen.get(49), 1e-12);
        }

        @Test
        @DisplayName("with an unknown size, reports only the end")
        void unknownSize() throws IOException {
            List<Double> seen = new ArrayList<>();
            try (InputStream in = new ProgressInputStream(new ByteArrayInputStream(bytes(3000)), 0, seen::add, () -> false)) {
                in.readAllBytes();
            }
            assertEquals(List.of(1.0), seen);
        }

        @Test
        @DisplayName("a file that grew past its size still ends at 1, never above")
        void grew() throws IOException {
            List<Double> seen = new ArrayList<>();
            try (InputStream in = new ProgressInputStream(new ByteArrayInputStream(bytes(3000)), 1000, seen::add, () -> false)) {
                in.readAllBytes();
            }
            assertTrue(seen.stream().allMatch(f -> f > 0 && f <= 1.0), seen.toString());
            assertEquals(1.0, seen.get(seen.size() - 1));
        }
    }

    @Nested
    @DisplayName("cancel")
    class Cancel {

        @Test
        @DisplayName("a cancel midway stops the next read with an InterruptedIOException saying cancelled")
        void midway() throws IOException {
            AtomicBoolean cancelled = new AtomicBoolean();
            List<Double> seen = new ArrayList<>();
            try (ProgressInputStream in = new ProgressInputStream(new ByteArrayInputStream(bytes(100_000)), 100_000, f -> {
                seen.add(f);
                if (f >= 0.3) {
                    cancelled.set(true);
                }
            }, cancelled::get)) {
                byte[] buffer = new byte[1000];
                InterruptedIOException e = assertThrows(InterruptedIOException.class, () -> {
                    while (in.read(buffer) >= 0) {
                        // reading until cancelled
                    }
                });
                assertEquals("cancelled", e.getMessage());
                assertTrue(e instanceof CancelledException);
                assertEquals(30_000, in.bytesRead(), "stopped at the first read after the cancel");
                assertThrows(CancelledException.class, in::read, "and stays stopped");
                assertThrows(CancelledException.class, () -> in.skip(10));
            }
            assertEquals(0.3, seen.get(seen.size() - 1), 1e-12);
        }

        @Test
        @DisplayName("a cancel before the first read reads nothing")
        void beforeFirstRead() throws IOException {
            try (ProgressInputStream in = new ProgressInputStream(new ByteArrayInputStream(bytes(10)), 10, f -> { }, () -> true)) {
                assertThrows(CancelledException.class, in::read);
                assertEquals(0, in.bytesRead());
            }
        }
    }

    @Test
    @DisplayName("skip counts towards progress, and mark/reset are refused")
    void skipAndMark() throws IOException {
        List<Double> seen = new ArrayList<>();
        try (ProgressInputStream in = new ProgressInputStream(new ByteArrayInputStream(bytes(1000)), 1000, seen::add, () -> false)) {
            assertEquals(500, in.skip(500));
            assertEquals(0.5, seen.get(seen.size() - 1), 1e-12);
            assertTrue(!in.markSupported());
            assertThrows(IOException.class, in::reset);
        }
    }
}
