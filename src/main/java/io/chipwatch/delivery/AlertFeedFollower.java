package io.chipwatch.delivery;

import io.chipwatch.alert.Alert;
import io.chipwatch.alert.LatestAlerts;
import io.chipwatch.kafka.TopicReader;
import io.chipwatch.kafka.Topics;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link LatestAlerts} view current: a background thread reads {@code chipwatch.alerts}
 * from the beginning (the topic is compacted, so that is the latest state of every key) and then
 * follows it, {@code read_committed}, without a consumer group: every instance builds its own
 * view and moves nobody's offsets.
 */
public final class AlertFeedFollower implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertFeedFollower.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final LatestAlerts view;
    private final Properties consumerProperties;
    private final Thread thread;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private volatile boolean running = true;

    private AlertFeedFollower(LatestAlerts view, Properties consumerProperties) {
        this.view = view;
        this.consumerProperties = consumerProperties;
        this.thread = new Thread(this::run, "alert-feed-follower");
        this.thread.setDaemon(true);
    }

    /** Starts following; the view fills as the topic is read. */
    public static AlertFeedFollower start(LatestAlerts view, Properties consumerProperties) {
        AlertFeedFollower follower = new AlertFeedFollower(view, consumerProperties);
        follower.thread.start();
        return follower;
    }

    /** Whether the alerts already on the topic at start have been read within {@code timeout}. */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run() {
        while (running) {
            try (TopicReader<String, Alert> reader = new TopicReader<>(Topics.ALERTS, consumerProperties, true)) {
                reader.drain().forEach(view::add);
                caughtUp.countDown();
                while (running) {
                    reader.poll(POLL).forEach(view::add);
                }
            } catch (KafkaException e) {
                // A broker away for a while: the feed serves what it has and reads again from
                // the start (cheap on a compacted topic) once the broker is back.
                LOG.warn("alert feed: cannot read {}, retrying in {} s: {}", Topics.ALERTS.name(), RETRY.toSeconds(),
                        e.getMessage());
                sleepQuietly(RETRY);
            }
        }
    }

    private void sleepQuietly(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
