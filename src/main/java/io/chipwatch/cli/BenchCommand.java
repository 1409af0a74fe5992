package io.chipwatch.cli;

import com.sun.management.OperatingSystemMXBean;
import io.chipwatch.article.Article;
import io.chipwatch.bench.ArticleStream;
import io.chipwatch.bench.BenchReport;
import io.chipwatch.bench.Latencies;
import io.chipwatch.bench.StageProfile;
import io.chipwatch.kafka.ArticlePublisher;
import io.chipwatch.kafka.ConnectionConfig;
import io.chipwatch.kafka.Json;
import io.chipwatch.kafka.KafkaConnection;
import io.chipwatch.kafka.Topics;
import io.chipwatch.stream.Pipeline;
import io.chipwatch.stream.Progress;
import io.chipwatch.stream.StreamsSettings;
import io.chipwatch.tag.Watchlist;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chipwatch bench}: pushes a generated article stream through the real topology and
 * reports sustained throughput and article-to-alert latency.
 *
 * <p>Latency is read off the alerts topic with read_committed, as a user sees alerts: an alert
 * record carries the timestamp of the article that caused it (Kafka Streams passes the input
 * timestamp on), so receive time minus record timestamp is the whole way from publication to a
 * committed alert. A warm-up of {@code --warmup} articles comes first and is not measured: for
 * its first half minute a JVM that holds a broker, the streams clients and the detector spends a
 * core on JIT compilation, which is not how a running instance behaves.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the pipeline: publish generated articles (at --rate, or all at once) through the "
                + "real topology and report articles/s, MB/s and article-to-alert latency.",
                "Use --ephemeral --broker-port 0 for a fresh embedded broker, or --bootstrap-servers."})
final class BenchCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafkaOptions;

    @Mixin
    AnalysisOptions analysisOptions;

    @Mixin
    TopicSpecOptions topicSpecs;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "20000",
            description = "Articles to publish (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--rate", paramLabel = "PER_SECOND", defaultValue = "0",
            description = "Articles offered per second; 0 publishes them all first and measures the pipeline "
                    + "alone (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "2000",
            description = "Articles processed before the measured ones, while the JIT compiles the hot code; they "
                    + "count neither in the time nor in the latencies (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--stages", paramLabel = "ROUNDS", arity = "0..1", fallbackValue = "10", defaultValue = "0",
            description = "Without Kafka: the CPU per article of each stage of the stream thread (JSON, tagging, "
                    + "detection), the median of the last half of ROUNDS passes over the articles (default: 10).")
    int stageRounds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Random seed of the generated stream (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Stream threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "${env:CHIPWATCH_HOME:-.}/seeds/articles",
            description = "Seed articles whose sentences fill the generated ones (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || rate < 0 || threads < 1 || warmup < 0 || stageRounds < 0) {
            throw new UserError("--articles and --threads must be at least 1, --rate, --warmup and --stages not negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path watchlistFile = analysisOptions.watchlistFile();
        Watchlist watchlist = watchlistFile == null ? Watchlist.loadDefault() : Watchlist.load(watchlistFile);
        // A fresh application id and fresh article ids each run: a cluster that ran the bench
        // before must not skip these articles as already seen.
        String run = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        List<Article> stream = new ArticleStream(ReplayCommand.readAll(List.of(seeds), spec.commandLine().getErr()),
                watchlist, ArticleStream.Mix.NEWS, Instant.now(), seed).take(warmup + articles).stream()
                .map(a -> a.withId(run + "-" + a.id())).toList();
        if (stageRounds > 0) {
            return profileStages(stream.subList(warmup, stream.size()), out);
        }
        long bytes = 0;
        for (Article a : stream.subList(warmup, stream.size())) {
            bytes += Json.MAPPER.writeValueAsBytes(a).length;
        }
        ConnectionConfig config = kafkaOptions.toConfig();
        try (Knowledge knowledge = Knowledge.load(analysisOptions);
             KafkaConnection kafka = KafkaConnection.open(config)) {
            TopicsSetup.ensure(kafka, topicSpecs.load());
            StreamsSettings settings = StreamsRuntime.settings(config, kafka, run, threads);
            try (AlertWatch alerts = new AlertWatch(kafka.consumerProperties());
                 ArticlePublisher publisher = new ArticlePublisher(kafka.producerProperties());
                 Progress progress = new Progress(kafka.consumerProperties(), run)) {
                Mark start;
                Pipeline pipeline;
                if (rate == 0) {
                    // The warm-up goes through first; then the measured articles are published
                    // while processing is paused, and the clock starts when it resumes.
                    stream.subList(0, warmup).forEach(publisher::publish);
                    publisher.flush();
                    pipeline = Pipeline.start(knowledge.topology(analysisOptions.alertSettings()).build(), settings);
                    pipeline.awaitRunning(Duration.ofMinutes(2));
                    awaitProcessed(progress, alerts);
                    pipeline.streams().pause();
                    alerts.countFrom(Instant.now());
                    stream.subList(warmup, stream.size()).forEach(publisher::publish);
                    publisher.flush();
                    start = Mark.now();
                    pipeline.streams().resume();
                } else {
                    pipeline = Pipeline.start(knowledge.topology(analysisOptions.alertSettings()).build(), settings);
                    pipeline.awaitRunning(Duration.ofMinutes(2));
                    start = publishAtRate(stream, warmup, publisher, alerts);
                }
                try (pipeline) {
                    awaitProcessed(progress, alerts);
                    Duration elapsed = Duration.between(start.wall(), Instant.now());
                    Duration cpu = Mark.processCpu().minus(start.cpu());
                    alerts.drain();
                    BenchReport report = new BenchReport(articles, bytes, elapsed, cpu, rate, alerts.latencies(),
                            BenchReport.thisMachine());
                    out.println("machine: " + report.machine());
                    out.println(BenchReport.markdownHeader());
                    out.println(report.toMarkdownRow());
                }
            }
        }
        return 0;
    }

    /** Waits until every article and signal published so far is processed and committed. */
    private static void awaitProcessed(Progress progress, AlertWatch alerts) {
        while (progress.hasPending(List.of(Topics.ARTICLES.name(), Topics.SIGNALS.name()))) {
            alerts.poll();
        }
    }

    private int profileStages(List<Article> stream, PrintWriter out) {
        try (Knowledge knowledge = Knowledge.load(analysisOptions)) {
            StageProfile profile = new StageProfile(stream, knowledge.tagger(), knowledge.detector());
            out.println("machine: " + BenchReport.thisMachine());
            out.printf(Locale.ROOT, "%d articles, %d rounds%n", stream.size(), Math.max(2, stageRounds));
            out.println(StageProfile.toMarkdown(profile.measure(Math.max(2, stageRounds))));
        }
        return 0;
    }

    /**
     * Publishes on a fixed schedule, reading alerts in between so their latency is not inflated;
     * alerts count from the article at index {@code measureFrom} on, when the returned mark is taken.
     */
    private Mark publishAtRate(List<Article> stream, int measureFrom, ArticlePublisher publisher, AlertWatch alerts) {
        long intervalNanos = (long) (1_000_000_000L / rate);
        long next = System.nanoTime();
        Mark measuredSince = Mark.now();
        for (int i = 0; i < stream.size(); i++) {
            if (i == measureFrom) {
                measuredSince = Mark.now();
                alerts.countFrom(measuredSince.wall());
            }
            publisher.publish(stream.get(i));
            publisher.flush();
            next += intervalNanos;
            while (System.nanoTime() < next) {
                alerts.pollBriefly();
                LockSupport.parkNanos(Math.min(next - System.nanoTime(), 1_000_000));
            }
        }
        return measuredSince;
    }

    /** The start of a measurement: wall clock, and the CPU the process had used so far. */
    private record Mark(Instant wall, Duration cpu) {

        static Mark now() {
            return new Mark(Instant.now(), processCpu());
        }

        static Duration processCpu() {
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return Duration.ofNanos(os.getProcessCpuTime());
        }
    }

    /** Reads committed alerts from the end of the topic as they come, recording their latency. */
    private static final class AlertWatch implements AutoCloseable {

        private final KafkaConsumer<byte[], byte[]> consumer;
        private final Latencies latencies = new Latencies();
        private final Clock clock = Clock.systemUTC();
        /** Alerts of articles published before this (the warm-up) are not counted; none until it is set. */
        private long countFrom = Long.MAX_VALUE;

        AlertWatch(Properties consumerProperties) {
            Properties p = new Properties();
            p.putAll(consumerProperties);
            p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            this.consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ALERTS.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // fix the start now, before any alert of this run
        }

        void countFrom(Instant start) {
            countFrom = start.toEpochMilli();
        }

        void poll() {
            read(Duration.ofMillis(100));
        }

        void pollBriefly() {
            read(Duration.ZERO);
        }

        void drain() {
            for (int emptyPolls = 0; emptyPolls < 5; ) {
                emptyPolls = read(Duration.ofMillis(100)) == 0 ? emptyPolls + 1 : 0;
            }
        }

        private int read(Duration timeout) {
            var records = consumer.poll(timeout);
            long now = clock.millis();
            records.forEach(r -> {
                if (r.timestamp() >= countFrom) {
                    latencies.record(now - r.timestamp());
                }
            });
            return records.count();
        }

        Latencies latencies() {
            return latencies;
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
