package io.chipwatch.metrics;

import io.chipwatch.fetch.PollObserver;
import io.chipwatch.stream.PipelineObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The metrics of one chipwatch process: a Prometheus registry with the JVM and process meters,
 * and the observers the stages report to. Create one per command, hand {@link #pipeline()} to the
 * topology and {@link #fetch()} to the fetchers, and serve it with {@link MetricsServer}.
 */
public final class ChipwatchMetrics implements AutoCloseable {

    private static final Duration KAFKA_METER_REFRESH = Duration.ofSeconds(5);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final StreamMetrics pipeline = new StreamMetrics(registry);
    private final FetchMetrics fetch = new FetchMetrics(registry);
    private final Counter published;
    private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final JvmGcMetrics gc = new JvmGcMetrics();
    /** Looks for Kafka client meters that appear after start (a consumer's lag once it is assigned). */
    private final ScheduledExecutorService kafkaMeterRefresh = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "chipwatch-kafka-meters");
        t.setDaemon(true);
        return t;
    });

    public ChipwatchMetrics() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        published = Counter.builder(MeterNames.ARTICLES_PUBLISHED)
                .description("Articles published from files (seeds, replay)").register(registry);
    }

    /** What the topology reports to. */
    public PipelineObserver pipeline() {
        return pipeline;
    }

    /** What the fetchers report to. */
    public PollObserver fetch() {
        return fetch;
    }

    /** Counts articles published from files rather than fetched. */
    public void published(int articles) {
        published.increment(articles);
    }

    /**
     * Adds the streams application: its Kafka client and streams metrics, a running gauge and
     * the streams health check.
     */
    public void watch(KafkaStreams streams) {
        KafkaStreamsMetrics binder = new KafkaStreamsMetrics(streams, Tags.empty(), kafkaMeterRefresh,
                KAFKA_METER_REFRESH);
        binder.bindTo(registry);
        resources.add(binder);
        Gauge.builder(MeterNames.STREAMS_RUNNING, streams, s -> s.state() == KafkaStreams.State.RUNNING ? 1 : 0)
                .description("1 while the streams application is RUNNING").register(registry);
        checks.add(new StreamsHealth(streams::state));
    }

    /** Adds the broker check, with the connection settings of an admin client. */
    public void watchBroker(Properties adminProperties) {
        BrokerHealth broker = new BrokerHealth(adminProperties, Clock.systemUTC());
        resources.add(broker);
        Gauge.builder(MeterNames.BROKER_REACHABLE, broker, b -> b.check().up() ? 1 : 0)
                .description("1 when the Kafka cluster answers").register(registry);
        checks.add(broker);
    }

    /** Adds any other check to {@code /health}. */
    public void watch(HealthCheck check) {
        checks.add(check);
    }

    List<HealthCheck.Result> health() {
        return checks.stream().map(HealthCheck::check).toList();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                // Closing metrics must never stop a shutdown; nothing is left to report to.
                org.slf4j.LoggerFactory.getLogger(ChipwatchMetrics.class).debug("closing {} failed", resource, e);
            }
        }
        gc.close();
        kafkaMeterRefresh.shutdownNow();
        registry.close();
    }
}
