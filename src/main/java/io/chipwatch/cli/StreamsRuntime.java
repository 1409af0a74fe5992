package io.chipwatch.cli;

import io.chipwatch.kafka.ConnectionConfig;
import io.chipwatch.kafka.KafkaConnection;
import io.chipwatch.stream.StreamsSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Streams settings for a command. State lives under the data dir, except in a temporary dir when
 * the broker is ephemeral, or when the command attached to a broker another chipwatch process
 * runs: that process's streams instance holds the data dir's lock, and this one is a second
 * instance of the same application, restoring what it needs from the changelogs.
 */
final class StreamsRuntime {

    static final Duration COMMIT_INTERVAL = Duration.ofMillis(50);

    private StreamsRuntime() {
    }

    static StreamsSettings settings(ConnectionConfig config, KafkaConnection kafka, String applicationId,
            int threads) {
        Path stateDir;
        boolean attached = !kafka.embedded() && config.bootstrapServers().isEmpty();
        if (config.broker().ephemeral() || attached) {
            try {
                stateDir = Files.createTempDirectory("chipwatch-streams-");
                stateDir.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary state directory", e);
            }
        } else {
            stateDir = config.broker().dataDir().resolve("streams");
        }
        // 50 ms transactions: an alert passes two of them (the article's, then the signal's), so
        // this keeps the article-to-alert p99 well under 300 ms; at full speed the extra commits
        // cost nothing measurable (docs/benchmarks.md).
        return new StreamsSettings(applicationId, stateDir, threads, COMMIT_INTERVAL,
                kafka.streamsProperties());
    }
}
