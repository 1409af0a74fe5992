package io.chipwatch.tag.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * Throughput per CPU-second of the calling thread. On a machine shared with other work, JMH's
 * wall-clock score measures the share of a core the benchmark got; dividing by the thread's own
 * CPU time measures what one core does, which is what "MB/s per core" means.
 */
final class CpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTime() {
    }

    /** Runs {@code op} for {@code warmup}, then for at least {@code measure} and 3 operations; returns MB per CPU-second. */
    static double megabytesPerCpuSecond(Runnable op, long bytesPerOp, Duration warmup, Duration measure) {
        runFor(op, warmup, 1);
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long ops = runFor(op, measure, 3);
        long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
        return ops * (double) bytesPerOp / cpuNanos * 1e3;
    }

    private static long runFor(Runnable op, Duration duration, long minOps) {
        long end = System.nanoTime() + duration.toNanos();
        long ops = 0;
        while (ops < minOps || System.nanoTime() < end) {
            op.run();
            ops++;
        }
        return ops;
    }
}
