package io.chipwatch.cli;

import io.chipwatch.alert.Alert;
import io.chipwatch.kafka.KafkaConnection;
import io.chipwatch.kafka.TopicReader;
import io.chipwatch.kafka.Topics;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chipwatch alerts}: read the alerts topic. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = {"Print alerts from chipwatch.alerts (committed ones only).",
                "Without --follow: the alerts on the topic now, then exit. With --follow: alerts as they "
                        + "happen, until Ctrl-C (add --from-beginning to print the earlier ones first)."})
final class AlertsCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafkaOptions;

    @Option(names = {"-f", "--follow"}, description = "Keep printing new alerts as they arrive.")
    boolean follow;

    @Option(names = "--from-beginning", description = "With --follow, start with the alerts already on the topic.")
    boolean fromBeginning;

    @Option(names = "--json", description = "Print each alert record as one JSON object a line.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AlertPrinter printer = new AlertPrinter(spec.commandLine().getOut(), json);
        Shutdown shutdown = Shutdown.onSignal();
        try (KafkaConnection kafka = KafkaConnection.openOrAttach(kafkaOptions.toConfig());
             TopicReader<String, Alert> reader = new TopicReader<>(Topics.ALERTS, kafka.consumerProperties(),
                     !follow || fromBeginning)) {
            if (!follow) {
                reader.drain().forEach(printer::print);
                return 0;
            }
            while (!shutdown.requested()) {
                reader.poll(Duration.ofMillis(500)).forEach(printer::print);
            }
            return 0;
        } finally {
            shutdown.finished();
        }
    }
}
