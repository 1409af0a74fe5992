package io.chipwatch.cli;

import io.chipwatch.kafka.KafkaConnection;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;

/** Runs admin work against a connection and says which cluster failed when it does. */
final class AdminCalls {

    /** Long enough for a remote cluster, short enough that a wrong address fails while someone waits. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private AdminCalls() {
    }

    static <T> T with(KafkaConnection kafka, Function<Admin, T> work) {
        Properties props = kafka.adminProperties();
        props.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, String.valueOf(TIMEOUT.toMillis()));
        try (Admin admin = Admin.create(props)) {
            return work.apply(admin);
        } catch (KafkaException e) {
            throw new KafkaException("Kafka at " + kafka.bootstrapServers() + ": " + e.getMessage(), e);
        }
    }
}
