package io.chipwatch.metrics;

import io.chipwatch.alert.SpikePolicy;
import io.chipwatch.article.Article;
import io.chipwatch.article.ArticleFiles;
import io.chipwatch.kafka.Topics;
import io.chipwatch.signal.SignalDetector;
import io.chipwatch.signal.SignalRules;
import io.chipwatch.stream.AlertSettings;
import io.chipwatch.stream.ChipwatchTopology;
import io.chipwatch.stream.PipelineObserver;
import io.chipwatch.stream.StreamsSettings;
import io.chipwatch.tag.Watchlist;
import io.chipwatch.tag.WatchlistSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Throughput of the production topology with and without metrics: the seed articles, under new
 * ids, through {@link ChipwatchTopology#build()} in a {@link TopologyTestDriver}, alternating
 * rounds without and with a {@link ChipwatchMetrics} observer, timed on the thread's CPU clock.
 * Then the cost of one scrape of the resulting registry. Not a test: run by hand, see
 * {@code docs/benchmarks.md}.
 */
public final class MetricsOverhead {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private MetricsOverhead() {
    }

    public static void main(String[] args) throws Exception {
        int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        List<Article> seeds = ArticleFiles.readAll(Path.of("seeds", "articles"));
        Watchlist watchlist = Watchlist.loadDefault();
        SignalDetector detector = new SignalDetector(SignalRules.loadDefault(), Duration.ofDays(30));

        run(seeds, watchlist, detector, PipelineObserver.NONE, perRound); // warm-up
        try (ChipwatchMetrics warm = new ChipwatchMetrics()) {
            run(seeds, watchlist, detector, warm.pipeline(), perRound);
        }
        double[] without = new double[rounds];
        double[] with = new double[rounds];
        try (ChipwatchMetrics metrics = new ChipwatchMetrics()) {
            for (int r = 0; r < rounds; r++) {
                without[r] = run(seeds, watchlist, detector, PipelineObserver.NONE, perRound);
                with[r] = run(seeds, watchlist, detector, metrics.pipeline(), perRound);
            }
            long scrapeStart = THREADS.getCurrentThreadCpuTime();
            int scrapes = 200;
            int bytes = 0;
            for (int i = 0; i < scrapes; i++) {
                bytes = metrics.scrape().length();
            }
            double scrapeMs = (THREADS.getCurrentThreadCpuTime() - scrapeStart) / 1e6 / scrapes;
            System.out.printf(Locale.ROOT, "scrape: %.2f ms of CPU for %d bytes%n", scrapeMs, bytes);
        }
        double a = median(without);
        double b = median(with);
        System.out.printf(Locale.ROOT, "articles per CPU-second, median of %d rounds of %d: without metrics %.1f, "
                + "with metrics %.1f, overhead %.2f %%%n", rounds, perRound, a, b, (a - b) / a * 100);
    }

    /** Articles per CPU-second of this thread through a fresh driver. */
    private static double run(List<Article> seeds, Watchlist watchlist, SignalDetector detector,
            PipelineObserver observer, int count) throws Exception {
        Path state = Files.createTempDirectory("chipwatch-overhead-");
        Properties props = new StreamsSettings("overhead", state, 1, Duration.ofMillis(100), new Properties())
                .toProperties(observer);
        props.put("bootstrap.servers", "unused:9092");
        ChipwatchTopology topology = new ChipwatchTopology(WatchlistSource.of(watchlist), detector,
                AlertSettings.DEFAULTS, SpikePolicy.defaults(), observer);
        try (TopologyTestDriver driver = new TopologyTestDriver(topology.build(), props)) {
            TestInputTopic<String, Article> in = driver.createInputTopic(Topics.ARTICLES.name(), new StringSerializer(),
                    Topics.ARTICLES.valueSerde().serializer());
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < count; i++) {
                Article seed = seeds.get(i % seeds.size());
                String id = "a" + i;
                in.pipeInput(id, seed.withId(id).withFetchedAt(Instant.now()));
            }
            return count / ((THREADS.getCurrentThreadCpuTime() - start) / 1e9);
        } finally {
            try (Stream<Path> files = Files.walk(state)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
