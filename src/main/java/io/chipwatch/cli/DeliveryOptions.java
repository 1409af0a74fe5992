package io.chipwatch.cli;

import io.chipwatch.delivery.AlertFeedHandler;
import io.chipwatch.delivery.AlertFeedService;
import io.chipwatch.delivery.WebhookPoster;
import io.chipwatch.delivery.WebhookRelay;
import io.chipwatch.kafka.KafkaConnection;
import io.chipwatch.metrics.MetricsServer;
import java.net.URI;
import java.time.Clock;
import picocli.CommandLine.Option;

/** Where alerts are delivered besides the alerts topic; shared with {@code @Mixin}. */
public final class DeliveryOptions {

    @Option(names = "--webhook", paramLabel = "URL", defaultValue = "${env:CHIPWATCH_WEBHOOK_URL}",
            description = "POST each NEW and REVERSAL alert as JSON to this http(s) URL, at least once, retrying "
                    + "until it answers 2xx (default: $CHIPWATCH_WEBHOOK_URL, else none).")
    String webhook;

    /** The webhook URL, checked, or null when none is configured. */
    URI webhookUrl() {
        if (webhook == null || webhook.isBlank()) {
            return null;
        }
        try {
            return WebhookPoster.parseUrl(webhook);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage() + " (--webhook)", e);
        }
    }

    /**
     * Serves the Atom feed of alerts at {@code /alerts.atom} on the metrics server, kept current
     * from the alerts topic; nothing when metrics are off. Closing the result stops following.
     */
    AutoCloseable startAlertFeed(KafkaConnection kafka, MetricsServer server) {
        if (server == null) {
            return () -> { };
        }
        AlertFeedService feed = AlertFeedService.start(kafka.consumerProperties(), AlertFeedService.DEFAULT_CAPACITY,
                Clock.systemUTC());
        server.register(AlertFeedHandler.PATH, feed.handler());
        return feed;
    }

    /** Starts the webhook relay if a URL is configured; closing the result stops it. */
    AutoCloseable startWebhook(KafkaConnection kafka) {
        URI url = webhookUrl();
        if (url == null) {
            return () -> { };
        }
        WebhookRelay relay = WebhookRelay.start(kafka.consumerProperties(), new WebhookPoster(url));
        return relay::close;
    }
}
