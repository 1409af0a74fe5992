package io.chipwatch.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka (KRaft, broker and controller in one process) listening on 127.0.0.1.
 *
 * <p>{@link #start} formats the storage on first use (when no {@code meta.properties} exists),
 * starts the server and returns once an admin client can describe the cluster, so callers can
 * create topics and use transactions straight away. Internal topics use replication factor 1,
 * which is what exactly-once processing needs on a single node. Topics are never auto-created:
 * they come from the specs in {@code topics/}.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    private static final String HOST = "127.0.0.1";
    private static final int NODE_ID = 1;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaRaftServer server;
    private final DataDirLock lock;
    private final Path kafkaDir;
    private final boolean ephemeral;
    private final int port;
    private boolean closed;

    private EmbeddedBroker(KafkaRaftServer server, DataDirLock lock, Path kafkaDir, boolean ephemeral, int port) {
        this.server = server;
        this.lock = lock;
        this.kafkaDir = kafkaDir;
        this.ephemeral = ephemeral;
        this.port = port;
    }

    /**
     * Starts a broker and waits until it serves requests.
     *
     * @throws BrokerStartException if a port is taken, the storage cannot be prepared or the
     *                              broker does not become ready in time; the message is one line a
     *                              person can act on
     */
    public static EmbeddedBroker start(BrokerSettings settings) {
        Instant begin = Instant.now();
        int port = claimPort(settings.port(), "pass --broker-port or --bootstrap-servers");
        int controllerPort = claimPort(settings.controllerPort(), "choose another controller port");
        Path kafkaDir = settings.ephemeral() ? createTempDir() : settings.kafkaDir();
        DataDirLock lock = DataDirLock.acquire(kafkaDir);
        EmbeddedBroker broker;
        try {
            KafkaConfig config = new KafkaConfig(BrokerProperties.of(NODE_ID, HOST, port, controllerPort, kafkaDir));
            BrokerStorage.formatIfNeeded(NODE_ID, kafkaDir);
            broker = new EmbeddedBroker(new KafkaRaftServer(config, Time.SYSTEM), lock, kafkaDir, settings.ephemeral(), port);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        try {
            broker.server.startup();
            broker.awaitReady();
        } catch (RuntimeException e) {
            broker.close();
            throw e instanceof BrokerStartException ? e : new BrokerStartException(
                    "the embedded Kafka broker failed to start: " + e.getMessage(), e);
        }
        LOG.info("Kafka broker ready on {} (data in {}) after {} ms", broker.bootstrapServers(), kafkaDir,
                Duration.between(begin, Instant.now()).toMillis());
        return broker;
    }

    /** The address clients connect to, {@code 127.0.0.1:<port>}. */
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    /** The directory holding this broker's logs. */
    public Path dataDir() {
        return kafkaDir;
    }

    /**
     * Stops the broker, waiting at most {@link #CLOSE_TIMEOUT}, and deletes its directory if it is
     * ephemeral. Safe to call more than once.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Thread stopper = new Thread(() -> {
            server.shutdown();
            server.awaitShutdown();
        }, "embedded-kafka-shutdown");
        stopper.setDaemon(true);
        stopper.start();
        try {
            stopper.join(CLOSE_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopper.isAlive()) {
            // Keep the lock: the server may still write to its directory until the JVM exits.
            LOG.warn("Kafka broker did not stop within {} s; leaving it to the JVM exit", CLOSE_TIMEOUT.toSeconds());
            return;
        }
        lock.close();
        if (ephemeral) {
            deleteRecursively(kafkaDir);
        }
    }

    private void awaitReady() {
        Map<String, Object> props = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        try (Admin admin = Admin.create(props)) {
            while (true) {
                try {
                    int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs(5_000))
                            .nodes().get(10, TimeUnit.SECONDS).size();
                    if (brokers > 0) {
                        return;
                    }
                } catch (Exception e) {
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                        throw new BrokerStartException("interrupted while waiting for the Kafka broker", e);
                    }
                    LOG.debug("broker not ready yet", e);
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new BrokerStartException("the embedded Kafka broker on " + bootstrapServers()
                            + " was not ready after " + READY_TIMEOUT.toSeconds() + " s");
                }
            }
        }
    }

    /**
     * Returns {@code requested} if nothing listens on it, or a free port when it is 0. Checking
     * first gives a clear message instead of the broker's fatal bind error deep in its logs.
     */
    private static int claimPort(int requested, String advice) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), requested));
            return socket.getLocalPort();
        } catch (IOException e) {
            // The bind error adds nothing to this message, and the CLI would append it.
            throw new BrokerStartException("port " + requested + " on " + HOST + " is already in use; " + advice);
        }
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("chipwatch-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for Kafka", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", dir, e.getMessage());
        }
    }
}
