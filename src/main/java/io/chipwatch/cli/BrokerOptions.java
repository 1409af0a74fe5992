package io.chipwatch.cli;

import io.chipwatch.kafka.BrokerSettings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How to run the embedded broker; part of {@link KafkaOptions}, and all that {@code chipwatch broker} needs. */
public final class BrokerOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "./data",
            description = "Where the embedded broker keeps its data, in DIR/kafka (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--ephemeral",
            description = "Run the embedded broker in a fresh temporary directory, removed on exit.")
    boolean ephemeral;

    @Option(names = "--broker-port", paramLabel = "N", defaultValue = "9092",
            description = "Port of the embedded broker on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int brokerPort;

    /**
     * The broker these options describe.
     *
     * @throws UserError if the port is out of range
     */
    public BrokerSettings toSettings() {
        if (brokerPort < 0 || brokerPort > 65_535) {
            throw new UserError("--broker-port must be between 0 and 65535, got " + brokerPort);
        }
        return new BrokerSettings(dataDir, ephemeral, brokerPort, 0);
    }
}
