package io.chipwatch.kafka;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and on which ports the {@link EmbeddedBroker} runs.
 *
 * @param dataDir        chipwatch's data directory; the broker keeps its logs in {@code dataDir/kafka}.
 *                       Ignored when {@code ephemeral}.
 * @param ephemeral      use a fresh temporary directory, deleted when the broker closes
 * @param port           client port on 127.0.0.1; 0 picks a free one
 * @param controllerPort KRaft controller port on 127.0.0.1; 0 picks a free one
 */
public record BrokerSettings(Path dataDir, boolean ephemeral, int port, int controllerPort) {

    /** The client port users expect from a local Kafka. */
    public static final int DEFAULT_PORT = 9092;

    public BrokerSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        checkPort(port, "port");
        checkPort(controllerPort, "controllerPort");
    }

    /** A broker that keeps its data in {@code dataDir/kafka} across runs. */
    public static BrokerSettings persistent(Path dataDir, int port) {
        return new BrokerSettings(dataDir, false, port, 0);
    }

    /** A throw-away broker for tests and demos. */
    public static BrokerSettings ephemeral(int port) {
        return new BrokerSettings(Path.of("."), true, port, 0);
    }

    /** The directory holding the broker's logs and {@code meta.properties}. */
    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    private static void checkPort(int port, String name) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(name + " must be between 0 and 65535, got " + port);
        }
    }
}
