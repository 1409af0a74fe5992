package io.chipwatch.cli;

import io.chipwatch.alert.Alert;
import io.chipwatch.alert.AlertStatus;
import io.chipwatch.article.Article;
import io.chipwatch.article.ArticleFiles;
import io.chipwatch.kafka.ArticlePublisher;
import io.chipwatch.kafka.ConnectionConfig;
import io.chipwatch.kafka.KafkaConnection;
import io.chipwatch.kafka.TopicReader;
import io.chipwatch.kafka.Topics;
import io.chipwatch.signal.PolicySignal;
import io.chipwatch.stream.ChipwatchTopology;
import io.chipwatch.stream.Pipeline;
import io.chipwatch.stream.Progress;
import io.chipwatch.stream.StreamsSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chipwatch replay PATH...}: backfill documents through the real topology, then exit. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Publish documents (seed-format files, JSON Lines, or folders of them) through the "
                + "pipeline and exit once every one is processed, printing the alerts they raised.",
                "Repeats of articles already processed (same data dir) raise nothing new."})
final class ReplayCommand implements Callable<Integer> {

    private static final Duration POLL = Duration.ofMillis(200);

    @Mixin
    KafkaOptions kafkaOptions;

    @Mixin
    AnalysisOptions analysisOptions;

    @Mixin
    TopicSpecOptions topicSpecs;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to replay.")
    List<Path> paths;

    @Option(names = "--json", description = "Print every alert of the run as one JSON object a line.")
    boolean json;

    @Option(names = "--timeout-seconds", paramLabel = "S", defaultValue = "600",
            description = "Give up if processing takes longer (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Mixin
    StreamsOptions streamsOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        streamsOptions.validate();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Article> articles = readAll(paths, err);
        ConnectionConfig config = kafkaOptions.toConfig();
        try (Knowledge knowledge = Knowledge.load(analysisOptions);
             KafkaConnection kafka = KafkaConnection.openOrAttach(config)) {
            TopicsSetup.ensure(kafka, topicSpecs.load());
            StreamsSettings settings = streamsOptions.settings(config, kafka);
            List<Alert> alerts = new ArrayList<>();
            List<PolicySignal> signals;
            try (TopicReader<String, Alert> reader = new TopicReader<>(Topics.ALERTS, kafka.consumerProperties(), false);
                 TopicReader<String, PolicySignal> signalReader =
                         new TopicReader<>(Topics.SIGNALS, kafka.consumerProperties(), false);
                 Pipeline pipeline = Pipeline.start(knowledge.topology(analysisOptions.alertSettings()).build(), settings);
                 Progress progress = new Progress(kafka.consumerProperties(), streamsOptions.applicationId());
                 ArticlePublisher publisher = new ArticlePublisher(kafka.producerProperties())) {
                ProgressBar bar = ProgressBar.forTerminal(err, articles.size());
                for (Article article : articles) {
                    publisher.publish(article);
                    bar.step();
                }
                publisher.flush();
                bar.done("published " + articles.size() + " articles; waiting for the pipeline");
                awaitProcessed(pipeline, progress, reader, alerts);
                signals = signalReader.drain();
            }
            alerts.forEach(new AlertPrinter(out, json)::print);
            err.println(summary(articles.size(), signals, alerts));
        }
        return 0;
    }

    private void awaitProcessed(Pipeline pipeline, Progress progress, TopicReader<String, Alert> reader,
            List<Alert> alerts)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        pipeline.awaitRunning(Duration.ofSeconds(timeoutSeconds));
        while (progress.hasPending(ChipwatchTopology.consumedTopics(streamsOptions.applicationId()))) {
            alerts.addAll(reader.poll(POLL));
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("documents not processed after " + timeoutSeconds + " s");
            }
        }
        // Everything is processed and committed: the alerts of this run are all on the topic.
        alerts.addAll(reader.drain());
    }

    /**
     * Every readable document under {@code paths}. A document that cannot be read is reported on
     * {@code err} with its file and line and left out; a path that does not exist is an error.
     */
    static List<Article> readAll(List<Path> paths, PrintWriter err) {
        List<Article> articles = new ArrayList<>();
        int[] skipped = {0};
        for (Path path : paths) {
            try {
                ArticleFiles.read(path, articles::add, bad -> {
                    skipped[0]++;
                    err.println("chipwatch: skipped " + bad.getMessage());
                });
            } catch (IOException e) {
                throw new UserError("cannot read " + path + ": " + e.getMessage(), e);
            }
        }
        if (skipped[0] > 0) {
            err.println("chipwatch: " + skipped[0] + " document(s) skipped; " + articles.size() + " read");
        }
        err.flush();
        return articles;
    }

    static String summary(int articles, List<PolicySignal> signals, List<Alert> alerts) {
        Map<AlertStatus, Integer> byStatus = new EnumMap<>(AlertStatus.class);
        alerts.forEach(a -> byStatus.merge(a.status(), 1, Integer::sum));
        long background = signals.stream().filter(PolicySignal::background).count();
        return String.format(java.util.Locale.ROOT,
                "replayed %d articles: %d signals (%d background), %d alert records %s",
                articles, signals.size(), background, alerts.size(), byStatus);
    }
}
