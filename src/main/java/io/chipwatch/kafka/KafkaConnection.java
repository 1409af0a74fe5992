package io.chipwatch.kafka;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;

/**
 * The Kafka every command talks to: the cluster named in the {@link ConnectionConfig}, or an
 * {@link EmbeddedBroker} started for the lifetime of this object. Hands out client properties
 * with the bootstrap servers and the user's settings already in place, so commands only add what
 * is theirs (serdes, group id, application id).
 */
public final class KafkaConnection implements AutoCloseable {

    private static final String LOCAL_HOST = "127.0.0.1";

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

    /**
     * For commands that only read or write records (alerts, feeds, explain): like {@link #open},
     * but when no cluster is named and a Kafka broker already answers on the embedded broker's
     * port (typically {@code chipwatch run} in another terminal), talks to that broker instead
     * of failing on the taken port.
     */
    public static KafkaConnection openOrAttach(ConnectionConfig config) {
        if (config.bootstrapServers().isEmpty() && !config.broker().ephemeral() && config.broker().port() > 0) {
            String local = LOCAL_HOST + ":" + config.broker().port();
            if (answers(local, config.clientProperties())) {
                return new KafkaConnection(local, config.clientProperties(), null);
            }
        }
        return open(config);
    }

    private static boolean answers(String bootstrap, Map<String, String> clientProperties) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOCAL_HOST,
                    Integer.parseInt(bootstrap.substring(bootstrap.indexOf(':') + 1))), 500);
        } catch (IOException e) {
            return false;
        }
        Properties props = ClientProperties.forClient(clientProperties, "admin.");
        props.setProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.setProperty(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.setProperty(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        try (Admin admin = Admin.create(props)) {
            admin.describeCluster().clusterId().get(5, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Whether this connection runs its own broker, which then lives until {@link #close}. */
    public boolean embedded() {
        return broker != null;
    }

    /** Settings every client type shares (security, timeouts...), without per-client ones. */
    public Map<String, Object> commonProperties() {
        Map<String, Object> common = new HashMap<>();
        ClientProperties.common(clientProperties).forEach((k, v) -> common.put((String) k, v));
        common.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return common;
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
