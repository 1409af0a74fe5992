package io.chipwatch.kafka;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How chipwatch reaches Kafka, decided once from the command line.
 *
 * @param bootstrapServers an existing cluster to use; empty to start the {@link EmbeddedBroker}
 * @param clientProperties Kafka client settings as written in the user's properties file,
 *                         prefixes included (see {@link ClientProperties})
 * @param broker           how to run the embedded broker when no cluster is given
 */
public record ConnectionConfig(Optional<String> bootstrapServers, Map<String, String> clientProperties,
        BrokerSettings broker) {

    public ConnectionConfig {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(broker, "broker");
        bootstrapServers = bootstrapServers.map(String::strip).filter(s -> !s.isEmpty());
        clientProperties = Map.copyOf(clientProperties);
    }

    /** Connects to an existing cluster with no extra client settings. */
    public static ConnectionConfig external(String bootstrapServers) {
        return new ConnectionConfig(Optional.of(bootstrapServers), Map.of(), BrokerSettings.ephemeral(0));
    }

    /** Runs the embedded broker with no extra client settings. */
    public static ConnectionConfig embedded(BrokerSettings broker) {
        return new ConnectionConfig(Optional.empty(), Map.of(), broker);
    }

    /** Runs a throw-away embedded broker on a free port, as tests want. */
    public static ConnectionConfig ephemeralBroker() {
        return embedded(BrokerSettings.ephemeral(0));
    }
}
