package org.teikit.parallel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Per-item work (one file each: conversion, validation, rendering) on at most {@code jobs} threads, the outcomes
 * handed back in the items' order. An item's exception is its outcome, not the run's end: the other items are done
 * regardless and the caller decides. Errors ({@code OutOfMemoryError} …) are not outcomes: they end the run.
 * The worker threads are daemons (a stuck item never keeps the JVM alive), named for the caller's stage, and
 * stopped when the run returns; with one job, or one item, the work runs on the calling thread.
 */
public final class Parallel {
    /** What is done to one item; it may throw, and that is the item's outcome. */
    public interface Work<I, R> {
        R apply(I item) throws Exception;
    }

    /** One item's result, or the exception its work threw ({@code value} is then null). */
    public record Outcome<I, R>(I item, R value, Exception failure) {
        public boolean failed() {
            return failure != null;
        }

        /**
         * The value, or the failure rethrown: as it is when unchecked or a {@code thrown}, else inside an
         * {@link IllegalStateException}.
         */
        public <X extends Exception> R get(Class<X> thrown) throws X {
            if (failure == null) return value;
            if (failure instanceof RuntimeException r) throw r;
            if (thrown.isInstance(failure)) throw thrown.cast(failure);
            throw new IllegalStateException(failure);
        }
    }

    private final int jobs;
    private final String name;

    private Parallel(int jobs, String name) {
        this.jobs = jobs;
        this.name = name;
    }

    /**
     * @param jobs       at most this many items at once (at least 1)
     * @param threadName the worker threads' name (a stage's: {@code teikit-convert}, {@code teikit-validate} …)
     */
    public static Parallel of(int jobs, String threadName) {
        if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        return new Parallel(jobs, threadName);
    }

    /** How many items {@link #stream} has in flight at most: started, or done and waiting for an earlier one. */
    public int window() {
        return jobs * 4;
    }

    /**
     * Does the work on every item; the outcomes come, on the calling thread, in the items' order, each as soon as it
     * and all before it are done. At most {@link #window()} items are in flight, so memory does not grow with the
     * number of items. Close the stream (try-with-resources) to stop its threads, all the more when leaving early.
     *
     * @param perWorker makes each worker thread's own {@link Work} (a per-thread validator, say), once per thread
     */
    public <I, R> Ordered<I, R> stream(List<I> items, Supplier<Work<I, R>> perWorker) {
        return new Ordered<>(items, perWorker);
    }

    /** The outcomes of {@link #stream}, to be read once, in order. */
    public final class Ordered<I, R> implements Iterable<Outcome<I, R>>, AutoCloseable {
        private final List<I> items;
        private final ThreadLocal<Work<I, R>> works;
        private final ExecutorService pool;   // null: on the calling thread
        private final Deque<Future<Outcome<I, R>>> window = new ArrayDeque<>();
        private int next;

        private Ordered(List<I> items, Supplier<Work<I, R>> perWorker) {
            this.items = List.copyOf(items);
            this.works = ThreadLocal.withInitial(perWorker);
            this.pool = threads(items.size()) <= 1 ? null : pool(items.size());
        }

        @Override
        public Iterator<Outcome<I, R>> iterator() {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return next < items.size() || !window.isEmpty();
                }

                @Override
                public Outcome<I, R> next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    if (pool == null) return attempt(works::get, items.get(next++));
                    while (next < items.size() && window.size() < window()) {
                        I item = items.get(next++);
                        window.add(pool.submit(() -> attempt(works::get, item)));
                    }
                    return await(window.poll());
                }
            };
        }

        /** Stops the threads (an item still in flight is abandoned); the calling thread keeps no worker's state. */
        @Override
        public void close() {
            if (pool != null) pool.shutdownNow();
            works.remove();
        }
    }

    /** Every item's outcome, in the items' order. */
    public <I, R> List<Outcome<I, R>> all(List<I> items, Work<I, R> work) {
        return all(items, IntStream.range(0, items.size()).toArray(), work);
    }

    /**
     * Every item's outcome, in the items' order, the items started in the order {@code start} gives (a permutation
     * of their indexes: the largest first, say, so that one large file does not start last and leave the other
     * threads idle). All are queued at once: the outcomes are kept anyway.
     */
    public <I, R> List<Outcome<I, R>> all(List<I> items, int[] start, Work<I, R> work) {
        List<Outcome<I, R>> out = new ArrayList<>(items.size());
        if (threads(items.size()) <= 1) {
            for (I item : items) out.add(attempt(() -> work, item));
            return out;
        }
        ExecutorService pool = pool(items.size());
        try {
            List<Future<Outcome<I, R>>> futures = new ArrayList<>(Collections.nCopies(items.size(), null));
            for (int i : start) {
                I item = items.get(i);
                futures.set(i, pool.submit(() -> attempt(() -> work, item)));
            }
            for (Future<Outcome<I, R>> f : futures) out.add(await(f));
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private int threads(int items) {
        return Math.min(jobs, items);
    }

    private ExecutorService pool(int items) {
        return Executors.newFixedThreadPool(threads(items), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** @param work the thread's work, made inside the attempt: a worker that cannot be made fails its items */
    private static <I, R> Outcome<I, R> attempt(Supplier<Work<I, R>> work, I item) {
        try {
            return new Outcome<>(item, work.get().apply(item), null);
        } catch (Exception e) {
            return new Outcome<>(item, null, e);
        }
    }

    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // attempt() keeps exceptions as outcomes: what is left is an Error, and out of memory stays out of memory
            Throwable cause = e.getCause();
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }
}
