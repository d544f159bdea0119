// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Hands items to a consumer that runs on one other thread, in the order they were given: a reader
 * parses on its own thread while what it read is turned into incidents and stored on this one, so a
 * large file is read on two cores (decision 0032). Items go over in batches through a short queue,
 * so at most a few thousand wait; a parser that runs ahead waits for the consumer.
 *
 * <p>Use from one thread: {@link #accept} each item, then {@link #finish} (always, also when the
 * parse failed: it returns once every item given was consumed). A failure of the consumer ends its
 * thread's work (the items after it are dropped) and is thrown again, as it was, by the next
 * {@link #accept} or by {@link #finish}, so it stops the parse as if the consumer had run in line.
 * Everything the consumer did is visible to the thread that called {@link #finish} once it returns.
 *
 * @param <T> the items
 */
public final class BackgroundConsumer<T> implements Consumer<T> {

    /** Items per batch handed over. */
    static final int BATCH = 64;
    /** Batches waiting at most. */
    private static final int QUEUED = 8;
    /** The end of the items (told by identity: no batch handed over is empty). */
    private static final List<Object> END = new ArrayList<>(0);

    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread worker;
    private List<Object> batch = new ArrayList<>(BATCH);
    private volatile Throwable failure;
    private boolean finished;

    /**
     * Starts the consumer's thread (a daemon, so a JVM that ends does not wait for it).
     *
     * @param name     the thread's name, for stack dumps and profiles
     * @param consumer what each item is given to, on that thread
     */
    public BackgroundConsumer(String name, Consumer<? super T> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        worker = new Thread(() -> run(consumer), Objects.requireNonNull(name, "name"));
        worker.setDaemon(true);
        worker.start();
    }

    @SuppressWarnings("unchecked")
    private void run(Consumer<? super T> consumer) {
        try {
            while (true) {
                List<Object> items = queue.take();
                if (items == END) {
                    return;
                }
                if (failure != null) {
                    continue; // dropped after a failure: taken only so the parser never waits for ever
                }
                try {
                    for (Object item : items) {
                        consumer.accept((T) item);
                    }
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // not interrupted by this class; ends the thread
        }
    }

    /**
     * Gives an item to the consumer (it runs later, after the items given before).
     *
     * @throws RuntimeException or {@link Error}: the consumer's failure on an earlier item
     * @throws IllegalStateException after {@link #finish}
     */
    @Override
    public void accept(T item) {
        if (finished) {
            throw new IllegalStateException("finished");
        }
        rethrow();
        batch.add(item);
        if (batch.size() == BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /**
     * Waits until every item given was consumed, and ends the consumer's thread. Call it once,
     * also after the parse failed; later calls do nothing.
     *
     * @throws RuntimeException or {@link Error}: the consumer's failure, as it was thrown
     */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        if (!batch.isEmpty()) {
            hand(batch);
        }
        batch = null;
        hand(END);
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the handed items are few: wait for them, then keep the interrupt
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        rethrow();
    }

    private void hand(List<Object> items) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(items);
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the consumer always takes: the wait is short
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() {
        Throwable failed = failure;
        if (failed instanceof RuntimeException r) {
            throw r;
        }
        if (failed instanceof Error e) {
            throw e;
        }
    }
}
