package io.chipwatch.metrics;

import io.chipwatch.alert.Alert;
import io.chipwatch.signal.PolicySignal;
import io.chipwatch.stream.PipelineObserver;
import io.chipwatch.tag.Mention;
import io.chipwatch.tag.TaggedArticle;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/**
 * Counts what the topology reports: tagged articles, mentions by type and by watchlist entity,
 * signals by action, alerts by status, action and actor, dead-letter records by reason, and the
 * time from an article to its alert.
 */
final class StreamMetrics implements PipelineObserver {

    private final MeterRegistry registry;
    private final Counter tagged;
    private final Timer latency;

    StreamMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.tagged = Counter.builder(MeterNames.ARTICLES_TAGGED)
                .description("Articles that passed dedupe and were tagged").register(registry);
        // Seconds to hours: the commit interval is the floor; an article waiting on a stopped
        // pipeline is the ceiling worth telling apart.
        this.latency = Timer.builder(MeterNames.ALERT_LATENCY)
                .description("From the article written to chipwatch.articles to its alert emitted")
                .serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
                        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
                        Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
                        Duration.ofHours(2))
                .register(registry);
    }

    @Override
    public void tagged(TaggedArticle article) {
        tagged.increment();
        for (Mention mention : article.mentions()) {
            String type = mention.type().name();
            registry.counter(MeterNames.MENTIONS, "type", type).increment();
            // The entity id comes from the watchlist: the watchlist is the label set.
            registry.counter(MeterNames.ENTITY_MENTIONS, "entity", mention.entity(), "type", type).increment();
        }
    }

    @Override
    public void signal(PolicySignal signal) {
        registry.counter(MeterNames.SIGNALS, "action", signal.action().name(),
                "background", Boolean.toString(signal.background())).increment();
    }

    @Override
    public void alert(Alert alert, Duration sinceArticle) {
        registry.counter(MeterNames.ALERTS,
                "status", alert.status().name(),
                "action", alert.action().name(),
                "actor", alert.actor() == null ? "unknown" : alert.actor().id(),
                "severity", alert.severity() == null ? "unknown" : alert.severity().name()).increment();
        latency.record(sinceArticle);
    }

    @Override
    public void deadLettered(String stage, String reason) {
        registry.counter(MeterNames.DLQ_RECORDS, "stage", stage.toLowerCase(Locale.ROOT), "reason", reason)
                .increment();
    }
}
