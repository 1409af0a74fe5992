package io.chipwatch.cli;

import io.chipwatch.kafka.Drift;
import io.chipwatch.kafka.KafkaConnection;
import io.chipwatch.kafka.TopicApplier;
import io.chipwatch.kafka.TopicOutcome;
import io.chipwatch.kafka.TopicReport;
import io.chipwatch.kafka.TopicSpec;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chipwatch topics apply}: creates missing topics and reports drift, one line per topic on
 * stdout ({@code created}, {@code unchanged}, {@code drift}, {@code altered}), then a summary.
 */
@Command(
        name = "apply",
        mixinStandardHelpOptions = true,
        description = {"Create the topics of topics/ that are missing and report how existing ones differ.",
                "With --alter, also apply config differences and add partitions. Never deletes or shrinks."})
final class TopicsApplyCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    TopicSpecOptions topics;

    @Option(names = "--alter", description = "Fix config drift and grow partitions to the spec.")
    boolean alter;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<TopicSpec> specs = topics.load();
        try (KafkaConnection connection = KafkaConnection.openOrAttach(kafka.toConfig())) {
            TopicReport report = AdminCalls.with(connection, admin ->
                    new TopicApplier(admin, AdminCalls.TIMEOUT).apply(specs, alter));
            print(report, spec.commandLine().getOut());
            if (report.hasDrift() && !alter) {
                spec.commandLine().getErr().println("chipwatch: some topics differ from their spec; "
                        + "'topics apply --alter' fixes what can be changed in place");
            }
        }
        return 0;
    }

    private static void print(TopicReport report, PrintWriter out) {
        for (TopicOutcome outcome : report.topics()) {
            String action = switch (outcome.action()) {
                case CREATED -> "created";
                case UNCHANGED -> "unchanged";
                case DRIFTED -> "drift";
                case ALTERED -> "altered";
            };
            out.printf(Locale.ROOT, "%-10s %s%n", action, outcome.topic());
            for (Drift drift : outcome.drift()) {
                out.printf(Locale.ROOT, "%-10s   %s%n", "", drift);
            }
        }
        out.printf(Locale.ROOT, "%d topics: %d created, %d altered, %d drifted, %d unchanged%n",
                report.topics().size(),
                report.withAction(TopicOutcome.Action.CREATED).size(),
                report.withAction(TopicOutcome.Action.ALTERED).size(),
                report.withAction(TopicOutcome.Action.DRIFTED).size(),
                report.withAction(TopicOutcome.Action.UNCHANGED).size());
        out.flush();
    }
}
