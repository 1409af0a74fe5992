package io.chipwatch.delivery;

import com.sun.net.httpserver.HttpHandler;
import io.chipwatch.alert.LatestAlerts;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;

/**
 * The Atom feed of alerts, ready to mount: a bounded view of the latest alert of each key, kept
 * current from {@code chipwatch.alerts}, and the handler that serves it at
 * {@link AlertFeedHandler#PATH}. Close it to stop following the topic.
 */
public final class AlertFeedService implements AutoCloseable {

    /** Alerts kept in the view, and entries written in the feed. */
    public static final int DEFAULT_CAPACITY = 200;

    private final AlertFeedFollower follower;
    private final AlertFeedHandler handler;

    private AlertFeedService(AlertFeedFollower follower, AlertFeedHandler handler) {
        this.follower = follower;
        this.handler = handler;
    }

    public static AlertFeedService start(Properties consumerProperties, int capacity, Clock clock) {
        LatestAlerts view = new LatestAlerts(capacity);
        return new AlertFeedService(AlertFeedFollower.start(view, consumerProperties),
                new AlertFeedHandler(view, capacity, clock));
    }

    public HttpHandler handler() {
        return handler;
    }

    /** Whether the alerts on the topic at start are in the view within {@code timeout}. */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return follower.awaitCaughtUp(timeout);
    }

    @Override
    public void close() {
        follower.close();
    }
}
