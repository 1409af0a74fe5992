package io.chipwatch.bench;

import java.util.Arrays;

/** Latency samples in milliseconds, and their percentiles. Not thread-safe: one recorder per reader. */
public final class Latencies {

    private long[] samples = new long[1024];
    private int count;

    public void record(long millis) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = Math.max(0, millis);
    }

    public int count() {
        return count;
    }

    /** The sample at {@code percentile} (0-100, nearest rank), or 0 when there is none. */
    public long percentile(double percentile) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * count);
        return sorted[Math.min(count - 1, Math.max(0, rank - 1))];
    }

    public long max() {
        return percentile(100);
    }
}
