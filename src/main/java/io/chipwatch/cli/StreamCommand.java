package io.chipwatch.cli;

import io.chipwatch.kafka.ConnectionConfig;
import io.chipwatch.kafka.KafkaConnection;
import io.chipwatch.metrics.ChipwatchMetrics;
import io.chipwatch.metrics.MetricsServer;
import io.chipwatch.stream.Pipeline;
import io.chipwatch.stream.StreamsSettings;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code chipwatch stream}: only the streams application. Run one per machine against a real
 * cluster; instances with the same application id share the partitions.
 */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = {"Run the streams pipeline only (articles -> tagged -> signals -> alerts) until Ctrl-C.",
                "Instances with the same --application-id share the work."})
final class StreamCommand implements Callable<Integer> {

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

    @Mixin
    StreamsOptions streamsOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        streamsOptions.validate();
        PrintWriter err = spec.commandLine().getErr();
        delivery.webhookUrl();
        ConnectionConfig config = kafkaOptions.toConfig();
        Shutdown shutdown = Shutdown.onSignal();
        try (Knowledge knowledge = Knowledge.load(analysisOptions);
             KafkaConnection kafka = KafkaConnection.openOrAttach(config)) {
            TopicsSetup.ensure(kafka, topicSpecs.load());
            StreamsSettings settings = streamsOptions.settings(config, kafka);
            try (ChipwatchMetrics metrics = new ChipwatchMetrics();
                 Pipeline pipeline = Pipeline.start(knowledge.topology(analysisOptions.alertSettings(),
                         metrics.pipeline()).build(), settings, metrics.pipeline());
                 MetricsServer server = metricsOptions.start(metrics, err);
                 AutoCloseable feed = delivery.startAlertFeed(kafka, server);
                 AutoCloseable webhook = delivery.startWebhook(kafka)) {
                metrics.watch(pipeline.streams());
                metrics.watchBroker(kafka.adminProperties());
                err.printf("chipwatch stream running against %s as %s. Ctrl-C to stop.%n",
                        kafka.bootstrapServers(), streamsOptions.applicationId());
                err.flush();
                shutdown.await();
            }
            return 0;
        } finally {
            shutdown.finished();
        }
    }
}
