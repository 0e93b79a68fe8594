package org.teikit.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs independent tasks (one per file, say) on a few threads and gives their results back in the tasks' order. */
public final class Parallel {
    private Parallel() {}

    /** In their own order, on at most {@code jobs} threads named {@code name}. */
    public static <T> List<T> run(List<Callable<T>> tasks, int jobs, String name) {
        return run(tasks, java.util.stream.IntStream.range(0, tasks.size()).toArray(), jobs, name);
    }

    /**
     * @param start the order to start the tasks in (a permutation of their indexes)
     * @param jobs  at most this many at once; 1 runs them here, one after the other
     * @param name  the worker threads' name (daemons: a stuck task never keeps the JVM alive)
     */
    public static <T> List<T> run(List<Callable<T>> tasks, int[] start, int jobs, String name) {
        int threads = Math.min(jobs, tasks.size());
        if (threads <= 1) {
            List<T> out = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) out.add(call(task));
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            @SuppressWarnings("unchecked")
            Future<T>[] futures = new Future[tasks.size()];
            for (int i : start) futures[i] = pool.submit(tasks.get(i));
            List<T> out = new ArrayList<>(tasks.size());
            for (Future<T> f : Arrays.asList(futures)) out.add(get(f));
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;   // out of memory stays out of memory
            throw new IllegalStateException(cause);
        }
    }
}
