package io.chipwatch.cli;

import io.chipwatch.kafka.KafkaConnection;
import io.chipwatch.kafka.TopicApplier;
import io.chipwatch.kafka.TopicSpec;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;

/** Creates the declared topics that do not exist yet, before a command uses them. */
final class TopicsSetup {

    private TopicsSetup() {
    }

    static void ensure(KafkaConnection kafka, List<TopicSpec> specs) {
        try (Admin admin = Admin.create(kafka.adminProperties())) {
            new TopicApplier(admin, Duration.ofSeconds(30)).apply(specs, false);
        }
    }
}
