package io.chipwatch.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Whether the Kafka cluster answers: a metadata request with a short timeout. The answer is kept
 * for a few seconds so that frequent scrapes and health probes do not each cost a round trip.
 */
final class BrokerHealth implements HealthCheck, AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration KEEP = Duration.ofSeconds(5);

    private final Admin admin;
    private final Clock clock;
    private Result last;
    private Instant lastAt = Instant.MIN;

    BrokerHealth(Properties adminProperties, Clock clock) {
        Properties p = new Properties();
        p.putAll(adminProperties);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "chipwatch-health");
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        this.admin = Admin.create(p);
        this.clock = clock;
    }

    @Override
    public synchronized Result check() {
        Instant now = clock.instant();
        if (last == null || now.isAfter(lastAt.plus(KEEP))) {
            last = probe();
            lastAt = now;
        }
        return last;
    }

    private Result probe() {
        try {
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                    .nodes().get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS).size();
            return new Result("broker", nodes > 0, nodes + " broker(s) answered");
        } catch (ExecutionException | TimeoutException e) {
            return new Result("broker", false, "unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result("broker", false, "interrupted");
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
