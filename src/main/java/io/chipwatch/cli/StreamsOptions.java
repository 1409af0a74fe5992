package io.chipwatch.cli;

import io.chipwatch.kafka.ConnectionConfig;
import io.chipwatch.kafka.KafkaConnection;
import io.chipwatch.stream.StreamsSettings;
import picocli.CommandLine.Option;

/** Options of the commands that run the streams application: which application, and how many threads. */
final class StreamsOptions {

    @Option(names = "--application-id", paramLabel = "ID", defaultValue = StreamsSettings.DEFAULT_APPLICATION_ID,
            description = "Kafka Streams application id; instances with the same id share the work "
                    + "(default: ${DEFAULT-VALUE}).")
    String applicationId;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Stream threads in this instance, up to one per partition of chipwatch.articles; "
                    + "one per core is the most that helps (default: ${DEFAULT-VALUE}).")
    int threads;

    String applicationId() {
        return applicationId;
    }

    /** Checks the options before anything starts; @throws UserError when the thread count is not positive. */
    void validate() {
        if (threads < 1) {
            throw new UserError("--threads must be at least 1, got " + threads);
        }
    }

    StreamsSettings settings(ConnectionConfig config, KafkaConnection kafka) {
        return StreamsRuntime.settings(config, kafka, applicationId, threads);
    }
}
