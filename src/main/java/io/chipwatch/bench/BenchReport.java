package io.chipwatch.bench;

import java.time.Duration;
import java.util.Locale;

/**
 * What one benchmark run measured, and on what.
 *
 * @param articles     articles the pipeline processed
 * @param bytes        their size as published (JSON values)
 * @param elapsed      from the first article offered to the last one committed
 * @param offeredRate  articles per second offered, 0 for "all at once, as fast as possible"
 * @param processCpu   CPU time of the whole process over {@code elapsed}: the pipeline, the bench's
 *                     own clients and, when embedded, the broker; steadier than the wall clock on a
 *                     shared machine
 * @param latencies    article-to-alert latency of every alert record read
 * @param machine      processors, heap, Java and OS, for comparing runs
 */
public record BenchReport(long articles, long bytes, Duration elapsed, Duration processCpu, double offeredRate,
        Latencies latencies, String machine) {

    public double articlesPerSecond() {
        return articles / seconds();
    }

    public double megabytesPerSecond() {
        return bytes / 1_000_000.0 / seconds();
    }

    public double cpuMillisPerArticle() {
        return processCpu.toNanos() / 1e6 / articles;
    }

    private double seconds() {
        return Math.max(elapsed.toMillis(), 1) / 1000.0;
    }

    /** Describes the machine this JVM runs on. */
    public static String thisMachine() {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, "%d cores, max heap %d MB, Java %s, %s %s", rt.availableProcessors(),
                rt.maxMemory() / (1024 * 1024), System.getProperty("java.version"), System.getProperty("os.name"),
                System.getProperty("os.arch"));
    }

    /**
     * One table row per run, as {@code docs/benchmarks.md} lists them. A run that publishes
     * everything first measures throughput only: its latencies would be queueing time, so the
     * row leaves them out.
     */
    public String toMarkdownRow() {
        String latency = offeredRate == 0 ? "- | - | -" : String.format(Locale.ROOT, "%,d | %,d | %,d",
                latencies.percentile(50), latencies.percentile(99), latencies.max());
        return String.format(Locale.ROOT, "| %s | %,d | %.1f | %,.0f | %.2f | %.2f | %d | %s |",
                offeredRate == 0 ? "max" : String.format(Locale.ROOT, "%.0f/s", offeredRate), articles,
                seconds(), articlesPerSecond(), megabytesPerSecond(), cpuMillisPerArticle(), latencies.count(),
                latency);
    }

    public static String markdownHeader() {
        return "| offered | articles | seconds | articles/s | MB/s | CPU ms/article | alert records | p50 ms | p99 ms "
                + "| max ms |\n|---|---|---|---|---|---|---|---|---|---|";
    }
}
