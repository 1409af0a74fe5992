package io.chipwatch.cli;

import io.chipwatch.article.Article;
import io.chipwatch.bench.AlertWatch;
import io.chipwatch.bench.ArticleStream;
import io.chipwatch.bench.BenchReport;
import io.chipwatch.bench.BenchRun;
import io.chipwatch.bench.Mark;
import io.chipwatch.bench.StageProfile;
import io.chipwatch.kafka.ArticlePublisher;
import io.chipwatch.kafka.ConnectionConfig;
import io.chipwatch.kafka.KafkaConnection;
import io.chipwatch.stream.Pipeline;
import io.chipwatch.stream.Progress;
import io.chipwatch.stream.StreamsSettings;
import io.chipwatch.tag.Watchlist;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
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
 * committed alert. A warm-up of {@code --warmup-seconds} comes first and is not measured: for its
 * first minute a JVM that holds a broker, the streams clients and the detector spends up to a core
 * on JIT compilation, which is not how a running instance behaves.
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

    @Option(names = "--articles", paramLabel = "N",
            description = "Articles measured (default: 60,000 for throughput, 30 seconds' worth at --rate, "
                    + "2,000 with --stages).")
    Integer articles;

    @Option(names = "--rate", paramLabel = "PER_SECOND", defaultValue = "0",
            description = "Articles offered per second; 0 publishes them all first and measures the pipeline "
                    + "alone (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--warmup-seconds", paramLabel = "S", defaultValue = "60",
            description = "Seconds of articles processed before the measured ones, while the JIT compiles the "
                    + "broker, the clients and the pipeline; they count neither in the time nor in the latencies "
                    + "(default: ${DEFAULT-VALUE}).")
    double warmupSeconds;

    @Option(names = "--stages", paramLabel = "ROUNDS", arity = "0..1", fallbackValue = "10", defaultValue = "0",
            description = "Without Kafka: the CPU per article of each stage of the stream thread (JSON, tagging, "
                    + "detection), the median of the last half of ROUNDS passes over the articles (default: 10).")
    int stageRounds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Random seed of the generated stream (default: ${DEFAULT-VALUE}).")
    long seed;

    /** One per core by default: the bench asks what this machine can do. */
    @Option(names = "--threads", paramLabel = "N",
            description = "Stream threads (default: one per core, ${DEFAULT-VALUE} here).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "${env:CHIPWATCH_HOME:-.}/seeds/articles",
            description = "Seed articles whose sentences fill the generated ones (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int measured = articles();
        if (measured < 1 || rate < 0 || threads < 1 || warmupSeconds < 0 || stageRounds < 0) {
            throw new UserError("--articles and --threads must be at least 1, --rate, --warmup-seconds and --stages "
                    + "not negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path watchlistFile = analysisOptions.watchlistFile();
        Watchlist watchlist = watchlistFile == null ? Watchlist.loadDefault() : Watchlist.load(watchlistFile);
        // A fresh application id and fresh article ids each run: a cluster that ran the bench
        // before must not skip these articles as already seen.
        String run = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        ArticleStream generator = new ArticleStream(ReplayCommand.readAll(List.of(seeds), spec.commandLine().getErr()),
                watchlist, ArticleStream.Mix.NEWS, Instant.now(), seed);
        IntFunction<List<Article>> fresh = n -> generator.take(n).stream().map(a -> a.withId(run + "-" + a.id())).toList();
        if (stageRounds > 0) {
            return profileStages(generator.take(measured), out);
        }
        ConnectionConfig config = kafkaOptions.toConfig();
        try (Knowledge knowledge = Knowledge.load(analysisOptions);
             KafkaConnection kafka = KafkaConnection.open(config)) {
            TopicsSetup.ensure(kafka, topicSpecs.load());
            StreamsSettings settings = StreamsRuntime.settings(config, kafka, run, threads);
            try (AlertWatch alerts = new AlertWatch(kafka.consumerProperties());
                 ArticlePublisher publisher = new ArticlePublisher(kafka.producerProperties());
                 Progress progress = new Progress(kafka.consumerProperties(), run);
                 Pipeline pipeline = Pipeline.start(knowledge.topology(analysisOptions.alertSettings()).build(), settings)) {
                pipeline.awaitRunning(Duration.ofMinutes(2));
                BenchRun bench = new BenchRun(pipeline, publisher, progress, alerts, fresh);
                Duration warmup = Duration.ofMillis((long) (warmupSeconds * 1000));
                Mark start = rate == 0 ? bench.throughput(warmup, measured) : bench.atRate(rate, warmup, measured);
                bench.awaitProcessed();
                Duration elapsed = Duration.between(start.wall(), Instant.now());
                Duration cpu = Mark.processCpu().minus(start.cpu());
                alerts.drain();
                BenchReport report = new BenchReport(measured, bench.measuredBytes(), elapsed, cpu, rate,
                        alerts.latencies(), BenchReport.thisMachine());
                out.println("machine: " + report.machine());
                out.println(BenchReport.markdownHeader());
                out.println(report.toMarkdownRow());
            }
        }
        return 0;
    }

    /**
     * As many as asked, else enough for a steady figure in each mode: throughput over about ten
     * seconds, latency over half a minute, stages over rounds that each take a fraction of a second.
     */
    private int articles() {
        if (articles != null) {
            return articles;
        }
        if (stageRounds > 0) {
            return 2_000;
        }
        return rate > 0 ? (int) Math.max(1, Math.ceil(rate * 30)) : 60_000;
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
}
