package io.chipwatch.cli;

import io.chipwatch.kafka.KafkaConnection;
import io.chipwatch.kafka.TopicApplier;
import io.chipwatch.kafka.TopicSpecs;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;

/** Creates the topics declared in {@code topics/} that do not exist yet, before a command uses them. */
final class TopicsSetup {

    static final Path DEFAULT_DIR = Path.of("topics");

    private TopicsSetup() {
    }

    static void ensure(KafkaConnection kafka) {
        try (Admin admin = Admin.create(kafka.adminProperties())) {
            new TopicApplier(admin, Duration.ofSeconds(30)).apply(TopicSpecs.load(DEFAULT_DIR), false);
        }
    }
}
