package io.chipwatch.cli;

import io.chipwatch.kafka.Drift;
import io.chipwatch.kafka.KafkaConnection;
import io.chipwatch.kafka.TopicCatalog;
import io.chipwatch.kafka.TopicListing;
import io.chipwatch.kafka.TopicSpec;
import io.chipwatch.kafka.TopicState;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code chipwatch topics list}: a table of the cluster's topics and those of the specs, with
 * partitions, cleanup policy, retention and whether each matches its spec.
 */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List topics with partitions, cleanup policy, retention and whether they match their spec.")
final class TopicsListCommand implements Callable<Integer> {

    private static final String ROW = "%-40s %10s  %-14s %-9s  %s%n";

    @Mixin
    KafkaOptions kafka;

    @Mixin
    TopicSpecOptions topics;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<TopicSpec> specs = topics.load();
        try (KafkaConnection connection = KafkaConnection.openOrAttach(kafka.toConfig())) {
            List<TopicListing> listings = AdminCalls.with(connection, admin ->
                    new TopicCatalog(admin, AdminCalls.TIMEOUT).list(specs));
            print(listings, spec.commandLine().getOut());
        }
        return 0;
    }

    private static void print(List<TopicListing> listings, PrintWriter out) {
        out.printf(Locale.ROOT, ROW, "TOPIC", "PARTITIONS", "CLEANUP", "RETENTION", "SPEC");
        for (TopicListing listing : listings) {
            String partitions = listing.state().map(s -> String.valueOf(s.partitions())).orElse("-");
            String cleanup = listing.state().map(TopicState::cleanupPolicy).orElse("-");
            String retention = listing.state().map(TopicState::retention).orElse("-");
            String status = listing.drift().isEmpty()
                    ? listing.status()
                    : listing.status() + ": " + String.join(", ", listing.drift().stream().map(Drift::setting).toList());
            out.printf(Locale.ROOT, ROW, listing.name(), partitions, cleanup, retention, status);
        }
        out.flush();
    }
}
