package io.chipwatch.kafka;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * The Kafka every command talks to: the cluster named in the {@link ConnectionConfig}, or an
 * {@link EmbeddedBroker} started for the lifetime of this object. Hands out client properties
 * with the bootstrap servers and the user's settings already in place, so commands only add what
 * is theirs (serdes, group id, application id).
 */
public final class KafkaConnection implements AutoCloseable {

    private final String bootstrapServers;
    private final Map<String, String> clientProperties;
    private final EmbeddedBroker broker;

    private KafkaConnection(String bootstrapServers, Map<String, String> clientProperties, EmbeddedBroker broker) {
        this.bootstrapServers = bootstrapServers;
        this.clientProperties = clientProperties;
        this.broker = broker;
    }

    /**
     * Uses the configured cluster, or starts the embedded broker when there is none.
     *
     * @throws BrokerStartException if the embedded broker cannot start
     */
    public static KafkaConnection open(ConnectionConfig config) {
        if (config.bootstrapServers().isPresent()) {
            return new KafkaConnection(config.bootstrapServers().get(), config.clientProperties(), null);
        }
        EmbeddedBroker broker = EmbeddedBroker.start(config.broker());
        return new KafkaConnection(broker.bootstrapServers(), config.clientProperties(), broker);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Whether this connection runs its own broker, which then lives until {@link #close}. */
    public boolean embedded() {
        return broker != null;
    }

    public Properties adminProperties() {
        return withBootstrap(ClientProperties.forClient(clientProperties, "admin."));
    }

    public Properties producerProperties() {
        return withBootstrap(ClientProperties.forClient(clientProperties, "producer."));
    }

    public Properties consumerProperties() {
        return withBootstrap(ClientProperties.forClient(clientProperties, "consumer."));
    }

    public Properties streamsProperties() {
        return withBootstrap(ClientProperties.forStreams(clientProperties));
    }

    /** Stops the embedded broker, if this connection started one. */
    @Override
    public void close() {
        if (broker != null) {
            broker.close();
        }
    }

    private Properties withBootstrap(Properties props) {
        // The address actually in use wins over one left in the properties file.
        props.setProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return props;
    }
}
