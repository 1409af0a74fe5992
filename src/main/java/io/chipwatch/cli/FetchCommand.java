package io.chipwatch.cli;

import io.chipwatch.article.Article;
import io.chipwatch.extract.ArticleExtractor;
import io.chipwatch.fetch.Cidr;
import io.chipwatch.fetch.FeedPoller;
import io.chipwatch.fetch.FeedRecord;
import io.chipwatch.fetch.FeedRegistry;
import io.chipwatch.fetch.FeedScheduler;
import io.chipwatch.fetch.FeedSource;
import io.chipwatch.fetch.FetchConfig;
import io.chipwatch.fetch.FetchGroupMember;
import io.chipwatch.fetch.OnceToKafka;
import io.chipwatch.kafka.Json;
import io.chipwatch.kafka.KafkaConnection;
import io.chipwatch.metrics.ChipwatchMetrics;
import io.chipwatch.metrics.MetricsServer;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chipwatch fetch}: the feed fetchers on their own. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {
            "Polls feeds and publishes new articles to chipwatch.articles.",
            "With --bootstrap-servers the fetchers share the feeds of the chipwatch.feeds registry as one "
                    + "consumer group; --opml declares more feeds first.",
            "With --dry-run no Kafka is used: the --opml feeds are polled and their articles printed "
                    + "as JSON Lines on stdout."})
public final class FetchCommand implements Callable<Integer> {

    static final Path DEFAULT_OPML = Path.of("seeds", "feeds.opml");

    @Spec
    private CommandSpec spec;

    @Option(names = "--once", description = "Poll each feed once, then exit.")
    private boolean once;

    @Option(names = "--dry-run", description = "No Kafka: print articles as JSON Lines on stdout.")
    private boolean dryRun;

    @Option(names = "--opml", paramLabel = "FILE",
            description = "Feeds to poll (default in --dry-run: ${DEFAULT-VALUE} when present).")
    private Path opml;

    @Option(names = "--allow-network", paramLabel = "CIDR", converter = CidrConverter.class,
            description = "A non-public network feeds may point to, e.g. 10.0.0.0/8 (repeatable).")
    private List<Cidr> allowedNetworks = new ArrayList<>();

    @Mixin
    private KafkaOptions kafkaOptions;

    @Mixin
    private TopicSpecOptions topicSpecs;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "16", description = "Feeds polled at once (default ${DEFAULT-VALUE}).")
    private int threads;

    @Mixin
    private MetricsOptions metricsOptions;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new UserError("--threads must be at least 1");
        }
        FetchConfig config = FetchConfig.defaults().withAllowedNetworks(allowedNetworks).withThreads(threads);
        Clock clock = Clock.systemUTC();
        FeedPoller poller = FeedPoller.create(config, new ArticleExtractor()::extract, clock);
        if (dryRun) {
            return dryRun(config, poller, clock);
        }
        List<FeedSource> declared = opml == null ? List.of() : FeedSources.fromOpml(opml);
        try (KafkaConnection kafka = KafkaConnection.openOrAttach(kafkaOptions.toConfig())) {
            TopicsSetup.ensure(kafka, topicSpecs.load());
            String servers = kafka.bootstrapServers();
            if (once) {
                report(OnceToKafka.run(servers, kafka.commonProperties(), declared, poller, clock, threads));
                return 0;
            }
            if (!declared.isEmpty()) {
                new FeedRegistry(servers, kafka.commonProperties()).declare(declared, Duration.ofSeconds(30));
            }
            try (ChipwatchMetrics metrics = new ChipwatchMetrics();
                 MetricsServer server = metricsOptions.start(metrics, spec.commandLine().getErr())) {
                metrics.watchBroker(kafka.adminProperties());
                runMember(new FetchGroupMember(servers, kafka.commonProperties(), poller, metrics.fetch(), clock,
                        threads));
            }
        }
        return 0;
    }

    private int dryRun(FetchConfig config, FeedPoller poller, Clock clock) throws InterruptedException {
        Path file = opml != null ? opml : DEFAULT_OPML;
        List<FeedSource> sources = FeedSources.fromOpml(file);
        PrintWriter out = spec.commandLine().getOut();
        try (ChipwatchMetrics metrics = new ChipwatchMetrics();
             FeedScheduler scheduler = new FeedScheduler(poller, new JsonLinesPrinter(out), metrics.fetch(), clock,
                     config.threads())) {
            sources.forEach(s -> scheduler.upsert(FeedRecord.of(s)));
            if (once) {
                scheduler.pollAllOnce();
                report(scheduler.feeds());
                return 0;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "chipwatch-fetch-shutdown"));
            try (MetricsServer server = metricsOptions.start(metrics, spec.commandLine().getErr())) {
                while (!stopped.await(1, TimeUnit.SECONDS)) {
                    scheduler.pollDue();
                }
            }
            return 0;
        }
    }

    private void runMember(FetchGroupMember member) {
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            member.stop();
            try {
                // Let the member leave the group cleanly, so its feeds move at once.
                closed.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "chipwatch-fetch-shutdown"));
        try (member) {
            member.run();
        } finally {
            closed.countDown();
        }
    }

    /** One line per failing feed on stderr, then a summary: unreachable feeds are reported, not fatal. */
    private void report(List<FeedRecord> feeds) {
        PrintWriter err = spec.commandLine().getErr();
        long failing = feeds.stream().filter(f -> f.state().health().failing()).count();
        feeds.stream().filter(f -> f.state().health().failing()).forEach(f ->
                err.println("chipwatch: feed " + f.url() + ": " + f.state().health().lastError()));
        err.println("chipwatch: polled " + feeds.size() + " feeds, " + (feeds.size() - failing) + " ok, "
                + failing + " failing");
        err.flush();
    }

    /** Prints articles as JSON Lines, one whole line at a time whatever the polling thread. */
    private static final class JsonLinesPrinter implements FeedScheduler.Listener {
        private final PrintWriter out;

        JsonLinesPrinter(PrintWriter out) {
            this.out = out;
        }

        @Override
        public synchronized void articles(List<Article> articles) {
            for (Article article : articles) {
                try {
                    out.println(Json.MAPPER.writeValueAsString(article));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            }
            out.flush();
        }

        @Override
        public void feedUpdated(FeedRecord feed) {
            // Dry run: the scheduler's memory is the only state.
        }
    }
}
