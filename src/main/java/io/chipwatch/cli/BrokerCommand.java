package io.chipwatch.cli;

import io.chipwatch.kafka.BrokerSettings;
import io.chipwatch.kafka.ConnectionConfig;
import io.chipwatch.kafka.KafkaConnection;
import io.chipwatch.kafka.TopicApplier;
import io.chipwatch.kafka.TopicReport;
import io.chipwatch.kafka.TopicSpec;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chipwatch broker}: the embedded broker on its own, in the foreground until Ctrl-C, so
 * that {@code fetch}, {@code stream} and any Kafka tool can share it. Prints the bootstrap address
 * on stdout once the broker is ready and the topics exist.
 */
@Command(
        name = "broker",
        mixinStandardHelpOptions = true,
        description = {"Run the embedded single-node Kafka broker (KRaft) until Ctrl-C.",
                "Creates the topics of topics/ unless --skip-topics."})
final class BrokerCommand implements Callable<Integer> {

    @Mixin
    BrokerOptions broker;

    @Mixin
    TopicSpecOptions topics;

    @Option(names = "--skip-topics", description = "Do not create the topics of topics/.")
    boolean skipTopics;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        List<TopicSpec> specs = skipTopics ? List.of() : topics.load();
        BrokerSettings settings = broker.toSettings();
        KafkaConnection kafka = KafkaConnection.open(ConnectionConfig.embedded(settings));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            stopped.countDown();
        }, "chipwatch-broker-shutdown"));

        if (!specs.isEmpty()) {
            TopicReport report = AdminCalls.with(kafka, admin ->
                    new TopicApplier(admin, AdminCalls.TIMEOUT).apply(specs, false));
            if (report.hasDrift()) {
                spec.commandLine().getErr()
                        .println("chipwatch: some topics differ from their spec; see 'chipwatch topics list'");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Kafka broker running on " + kafka.bootstrapServers()
                + (settings.ephemeral() ? " (ephemeral)" : " (data in " + settings.kafkaDir() + ")")
                + "; press Ctrl-C to stop");
        out.flush();
        stopped.await();
        return 0;
    }
}
