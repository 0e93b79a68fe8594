package org.teikit.spark;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;

/**
 * {@code --timings}: where a run's time goes, one line per phase on standard error, wall time since the JVM started
 * and the process's CPU time (all threads) spent in the phase. CPU time is the steadier measure on a shared machine.
 * Off unless asked for; then each mark costs a few microseconds.
 */
final class Timings {
    private static volatile boolean on;
    private static long lastCpu;
    private static long lastWall;

    private Timings() {}

    static synchronized void enable() {
        on = true;
        lastWall = ManagementFactory.getRuntimeMXBean().getStartTime();
        lastCpu = 0;
        mark("JVM start → main");
    }

    /** The phase that ends now. */
    static synchronized void mark(String phase) {
        if (!on) return;
        long now = System.currentTimeMillis(), cpu = cpuNanos();
        long sinceStart = now - ManagementFactory.getRuntimeMXBean().getStartTime();
        PrintStream err = System.err;
        err.printf("timings: %-34s %6.2f s wall (at %6.2f s)  %6.2f s CPU%n", phase, (now - lastWall) / 1e3,
                sinceStart / 1e3, (cpu - lastCpu) / 1e9);
        lastWall = now;
        lastCpu = cpu;
    }

    /** A phase on a thread of its own (beside the others): its wall time and that thread's CPU time. */
    static void side(String phase, long startNanos) {
        if (!on) return;
        long threadCpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        System.err.printf("timings: %-34s %6.2f s wall (beside)   %6.2f s CPU (its thread)%n", phase,
                (System.nanoTime() - startNanos) / 1e9, threadCpuNanos / 1e9);
    }

    static boolean enabled() {
        return on;
    }

    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
