package io.chipwatch.metrics;

import io.chipwatch.fetch.FeedHealth;
import io.chipwatch.fetch.PollObserver;
import io.chipwatch.fetch.PollResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-feed polling metrics, labelled with the feed URL: the feeds of the registry are the label
 * set. Poll outcomes are {@code new_items}, {@code unchanged} (fetched, nothing new),
 * {@code not_modified} (a 304) and {@code failed}.
 */
final class FetchMetrics implements PollObserver {

    private final MeterRegistry registry;
    /** The last health seen for each feed, which the per-feed gauges read at scrape time. */
    private final Map<String, FeedHealth> health = new ConcurrentHashMap<>();

    FetchMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void polled(PollResult result, Duration took) {
        String feed = result.feed().url();
        FeedHealth now = result.feed().state().health();
        if (health.put(feed, now) == null) {
            registerGauges(feed);
        }
        registry.counter(MeterNames.FETCH_POLLS, "feed", feed, "outcome", outcome(result, now)).increment();
        Timer.builder(MeterNames.FETCH_DURATION).tag("feed", feed)
                .serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
                        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
                        Duration.ofSeconds(30))
                .register(registry).record(took);
        Counter.builder(MeterNames.FETCH_RECEIVED).tag("feed", feed).baseUnit("bytes")
                .register(registry).increment(result.bytes());
        registry.counter(MeterNames.ARTICLES_FETCHED, "feed", feed).increment(result.articles().size());
    }

    private static String outcome(PollResult result, FeedHealth health) {
        if (health.failing()) {
            return "failed";
        }
        if (result.notModified()) {
            return "not_modified";
        }
        return result.articles().isEmpty() ? "unchanged" : "new_items";
    }

    private void registerGauges(String feed) {
        Gauge.builder(MeterNames.FEED_UP, health, h -> h.get(feed).failing() ? 0 : 1)
                .tag("feed", feed).description("1 when the feed's last poll worked").register(registry);
        Gauge.builder(MeterNames.FEED_FAILURES, health, h -> h.get(feed).consecutiveFailures())
                .tag("feed", feed).description("Failures since the feed's last success").register(registry);
        Gauge.builder(MeterNames.FEED_LAST_SUCCESS, health, h -> lastSuccess(h.get(feed)))
                .tag("feed", feed).baseUnit("seconds").description("Last successful poll, seconds since the epoch")
                .register(registry);
    }

    /** NaN before the first success: Prometheus drops the sample rather than reading 1970. */
    private static double lastSuccess(FeedHealth health) {
        return health.lastSuccessAt() == null ? Double.NaN : health.lastSuccessAt().getEpochSecond();
    }
}
