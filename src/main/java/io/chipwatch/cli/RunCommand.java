package io.chipwatch.cli;

import io.chipwatch.alert.Alert;
import io.chipwatch.article.Article;
import io.chipwatch.fetch.Cidr;
import io.chipwatch.fetch.FeedSource;
import io.chipwatch.fetch.FetchConfig;
import io.chipwatch.kafka.ArticlePublisher;
import io.chipwatch.kafka.ConnectionConfig;
import io.chipwatch.kafka.KafkaConnection;
import io.chipwatch.kafka.TopicReader;
import io.chipwatch.kafka.Topics;
import io.chipwatch.metrics.ChipwatchMetrics;
import io.chipwatch.metrics.MetricsServer;
import io.chipwatch.stream.Pipeline;
import io.chipwatch.stream.StreamsSettings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chipwatch run}: the whole system on one machine. Starts (or connects to) Kafka, applies
 * the topic specs, starts the streams application, publishes the seed articles and prints
 * alerts as they happen, until Ctrl-C.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run everything on this machine: an embedded Kafka broker (unless "
                + "--bootstrap-servers), the topics, the streams pipeline, the seed articles; "
                + "prints alerts as they happen until Ctrl-C."})
final class RunCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafkaOptions;

    @Mixin
    AnalysisOptions analysisOptions;

    @Mixin
    TopicSpecOptions topicSpecs;

    @Mixin
    MetricsOptions metricsOptions;

    @Mixin
    DeliveryOptions delivery;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "${env:CHIPWATCH_HOME:-.}/seeds/articles",
            description = "Documents to publish at start; repeats of earlier runs are dropped (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--no-seeds", description = "Do not publish the seed articles.")
    boolean noSeeds;

    @Option(names = "--feeds", paramLabel = "FILE.opml", defaultValue = "${env:CHIPWATCH_HOME:-.}/seeds/feeds.opml",
            description = "Feeds to declare and poll (default: ${DEFAULT-VALUE}); unreachable ones are reported, "
                    + "retried with backoff, and harm nothing.")
    Path feeds;

    @Option(names = "--no-feeds", description = "Do not run the fetchers.")
    boolean noFeeds;

    @Option(names = "--allow-network", paramLabel = "CIDR", converter = CidrConverter.class,
            description = "A non-public network feeds may point to, e.g. 10.0.0.0/8 (repeatable).")
    List<Cidr> allowedNetworks = new ArrayList<>();

    @Option(names = "--json", description = "Print alerts as JSON lines instead of readable blocks.")
    boolean json;

    @Mixin
    StreamsOptions streamsOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        streamsOptions.validate();
        PrintWriter err = spec.commandLine().getErr();
        AlertPrinter printer = new AlertPrinter(spec.commandLine().getOut(), json);
        delivery.webhookUrl();
        List<Article> seedArticles = noSeeds || !Files.exists(seeds) ? List.of() : ReplayCommand.readAll(List.of(seeds), err);
        List<FeedSource> feedSources = noFeeds || !Files.exists(feeds) ? List.of() : FeedSources.fromOpml(feeds);
        ConnectionConfig config = kafkaOptions.toConfig();
        Shutdown shutdown = Shutdown.onSignal();
        try (Knowledge knowledge = Knowledge.load(analysisOptions);
             KafkaConnection kafka = KafkaConnection.open(config)) {
            TopicsSetup.ensure(kafka, topicSpecs.load());
            StreamsSettings settings = streamsOptions.settings(config, kafka);
            try (ChipwatchMetrics metrics = new ChipwatchMetrics();
                 TopicReader<String, Alert> alerts = new TopicReader<>(Topics.ALERTS, kafka.consumerProperties(), false);
                 Pipeline pipeline = Pipeline.start(knowledge.topology(analysisOptions.alertSettings(),
                         metrics.pipeline()).build(), settings, metrics.pipeline());
                 MetricsServer server = metricsOptions.start(metrics, err);
                 ArticlePublisher publisher = new ArticlePublisher(kafka.producerProperties());
                 BackgroundFetcher fetcher = BackgroundFetcher.start(kafka, feedSources,
                         FetchConfig.defaults().withAllowedNetworks(allowedNetworks), metrics.fetch());
                 AutoCloseable feed = delivery.startAlertFeed(kafka, server);
                 AutoCloseable webhook = delivery.startWebhook(kafka)) {
                metrics.watch(pipeline.streams());
                metrics.watchBroker(kafka.adminProperties());
                seedArticles.forEach(publisher::publish);
                publisher.flush();
                metrics.published(seedArticles.size());
                err.printf("chipwatch running: Kafka at %s%s; published %d seed articles (repeats are dropped); "
                                + "polling %d feeds. Ctrl-C to stop.%n", kafka.bootstrapServers(),
                        kafka.embedded() ? " (embedded)" : "", seedArticles.size(), feedSources.size());
                err.flush();
                while (!shutdown.requested()) {
                    alerts.poll(Duration.ofMillis(500)).forEach(printer::print);
                }
                err.println("chipwatch stopping");
            }
            return 0;
        } finally {
            shutdown.finished();
        }
    }
}
