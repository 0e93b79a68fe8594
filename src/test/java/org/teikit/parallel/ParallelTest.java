package org.teikit.parallel;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

/** The one executor of per-file work: order kept, one item's failure its own, a bounded window, workers per thread. */
class ParallelTest {
    private static final List<Integer> ITEMS = IntStream.range(0, 200).boxed().toList();

    private static int slowly(int i) throws InterruptedException {
        TimeUnit.MICROSECONDS.sleep(ThreadLocalRandom.current().nextInt(2000));
        return i * i;
    }

    @Test
    void outcomesComeInTheItemsOrderWhateverOrderTheyFinishIn() {
        for (int jobs : List.of(1, 4)) {
            List<Integer> streamed = new ArrayList<>();
            try (var results = Parallel.of(jobs, "test").<Integer, Integer>stream(ITEMS, () -> ParallelTest::slowly)) {
                for (var o : results) streamed.add(o.get(RuntimeException.class));
            }
            List<Integer> squares = ITEMS.stream().map(i -> i * i).toList();
            assertEquals(squares, streamed, jobs + " jobs");
            assertEquals(squares, Parallel.of(jobs, "test").all(ITEMS, ParallelTest::slowly).stream()
                    .map(o -> o.get(RuntimeException.class)).toList(), jobs + " jobs");
        }
    }

    @Test
    void anItemsExceptionIsItsOutcomeAndTheOthersAreDoneRegardless() {
        Parallel.Work<Integer, Integer> work = i -> {
            if (i == 7) throw new IOException("cannot read 7");
            return i;
        };
        List<Parallel.Outcome<Integer, Integer>> all = Parallel.of(3, "test").all(ITEMS, work);
        assertEquals(ITEMS.size(), all.size());
        Parallel.Outcome<Integer, Integer> seven = all.get(7);
        assertTrue(seven.failed());
        assertEquals(7, seven.item());
        assertNull(seven.value());
        IOException e = assertThrows(IOException.class, () -> seven.get(IOException.class));
        assertEquals("cannot read 7", e.getMessage());
        IllegalStateException wrapped = assertThrows(IllegalStateException.class, () -> seven.get(InterruptedException.class));
        assertSame(seven.failure(), wrapped.getCause(), "a checked exception the caller does not take comes wrapped");
        assertEquals(ITEMS.size() - 1, all.stream().filter(o -> !o.failed()).count());
        assertEquals(199, all.get(199).get(RuntimeException.class));
    }

    @Test
    void anErrorEndsTheRunOnTheCallingThread() {
        assertThrows(StackOverflowError.class, () -> Parallel.of(2, "test").all(ITEMS, i -> {
            if (i == 50) throw new StackOverflowError();
            return i;
        }));
    }

    /** The first item is held back until the others could run ahead: only a window's worth may start. */
    @Test
    void atMostAWindowOfItemsIsInFlightWhileAnEarlierOneIsUndone() throws Exception {
        Parallel parallel = Parallel.of(2, "test");
        AtomicInteger started = new AtomicInteger();
        int[] startedWhileTheFirstWasUndone = new int[1];
        Parallel.Work<Integer, Integer> work = i -> {
            started.incrementAndGet();
            if (i == 0) {
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (started.get() < parallel.window() && System.nanoTime() < end) Thread.sleep(1);
                Thread.sleep(200);   // time for more to start, were the window not kept
                startedWhileTheFirstWasUndone[0] = started.get();
            }
            return i;
        };
        int delivered = 0;
        try (var results = parallel.<Integer, Integer>stream(ITEMS, () -> work)) {
            for (var o : results) assertEquals(delivered++, o.get(RuntimeException.class));
        }
        assertEquals(ITEMS.size(), delivered);
        assertEquals(parallel.window(), startedWhileTheFirstWasUndone[0]);
    }

    @Test
    void eachWorkerThreadMakesItsOwnWorkOnceAndTheThreadsAreNamedDaemons() {
        AtomicInteger made = new AtomicInteger();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        try (var results = Parallel.of(3, "teikit-test").<Integer, Thread>stream(ITEMS, () -> {
            made.incrementAndGet();
            Set<Thread> mine = ConcurrentHashMap.newKeySet();
            return i -> {
                mine.add(Thread.currentThread());
                assertEquals(1, mine.size(), "a worker's work stays on its thread");
                slowly(i);
                return Thread.currentThread();
            };
        })) {
            for (var o : results) threads.add(o.get(RuntimeException.class));
        }
        assertTrue(threads.size() <= 3, threads.toString());
        assertEquals(threads.size(), made.get());
        assertTrue(threads.stream().allMatch(t -> t.isDaemon() && t.getName().equals("teikit-test")), threads.toString());
    }

    @Test
    void oneJobRunsOnTheCallingThreadInTheItemsOrderWhateverTheStartOrder() {
        List<Integer> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();
        Parallel.of(1, "test").all(ITEMS, IntStream.range(0, 200).map(i -> 199 - i).toArray(), i -> {
            assertSame(caller, Thread.currentThread());
            seen.add(i);
            return i;
        });
        assertEquals(ITEMS, seen);
    }

    @Test
    void widthBelowOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parallel.of(0, "test"));
        assertEquals("jobs must be at least 1, not 0", e.getMessage());
    }
}
