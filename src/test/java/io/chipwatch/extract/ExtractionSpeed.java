package io.chipwatch.extract;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Extraction throughput on one thread, over the saved pages: a warm-up so the JIT has compiled the
 * hot paths, then a timed run. Run from the command line (after {@code mvn -q -o test-compile}) with
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     io.chipwatch.extract.ExtractionSpeed [FOLDER] [SECONDS]</pre>
 */
public final class ExtractionSpeed {

    private ExtractionSpeed() {
    }

    public static void main(String[] args) {
        Path root = args.length > 0 ? Path.of(args[0]) : ExtractionFixture.ROOT;
        Duration measure = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 20);
        List<byte[]> pages = ExtractionFixture.under(root).stream().map(ExtractionFixture::bytes).toList();
        long totalBytes = pages.stream().mapToLong(p -> p.length).sum();
        ArticleExtractor extractor = new ArticleExtractor();

        run(extractor, pages, measure.dividedBy(2));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long done = run(extractor, pages, measure);
        double seconds = (System.nanoTime() - start) / 1e9;
        // CPU time of this thread: on a shared machine, wall time also counts other processes' turns
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double averageBytes = totalBytes / (double) pages.size();

        System.out.printf(Locale.ROOT, "%d pages (%.0f KiB on average), %d extractions in %.1f s wall, %.1f s CPU,"
                        + " one thread: %.0f pages/s wall, %.0f pages per CPU-second (%.2f ms/page, %.1f MiB/s of CPU)%n",
                pages.size(), averageBytes / 1024, done, seconds, cpuSeconds, done / seconds, done / cpuSeconds,
                1000 * cpuSeconds / done, done * averageBytes / cpuSeconds / (1 << 20));
    }

    private static long run(ArticleExtractor extractor, List<byte[]> pages, Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        long done = 0;
        int checksum = 0;
        while (System.nanoTime() < deadline) {
            for (byte[] page : pages) {
                checksum += extractor.extract(new ByteArrayInputStream(page), null, "https://speed.test/").text().length();
                done++;
            }
        }
        if (checksum == 42) {
            System.out.println("(keeps the JIT from dropping the work)");
        }
        return done;
    }
}
