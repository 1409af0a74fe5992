package io.chipwatch.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.article.Article;
import io.chipwatch.fetch.FeedHealth;
import io.chipwatch.fetch.FeedRecord;
import io.chipwatch.fetch.FeedSource;
import io.chipwatch.fetch.FeedState;
import io.chipwatch.fetch.PollResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FetchMetricsTest {

    private static final String FEED = "https://www.commerce.gov/feeds/news";
    private static final Instant NOW = Instant.parse("2025-08-11T09:00:00Z");

    private final ChipwatchMetrics metrics = new ChipwatchMetrics();

    @AfterEach
    void close() {
        metrics.close();
    }

    @Test
    void shouldCountPollsByFeedAndOutcomeAndReadHealthAtScrapeTime() {
        // given
        FeedRecord feed = FeedRecord.of(new FeedSource(FEED, "Commerce", null, true));
        FeedHealth ok = FeedHealth.NEW.succeeded(NOW, 2, null, NOW.plusSeconds(900));
        FeedHealth failed = ok.failed(NOW.plusSeconds(900), "HTTP 503", NOW.plusSeconds(960));
        Article article = new Article("x", "https://www.commerce.gov/x", null, null, null, null, "text", NOW, FEED);

        // when
        metrics.fetch().polled(new PollResult(withHealth(feed, ok), List.of(article, article), false, 4096),
                Duration.ofMillis(300));
        metrics.fetch().polled(new PollResult(withHealth(feed, ok), List.of(), true, 0), Duration.ofMillis(40));
        String afterSuccess = metrics.scrape();
        double lastSuccess = metrics.registry().get(MeterNames.FEED_LAST_SUCCESS).tag("feed", FEED).gauge().value();
        metrics.fetch().polled(new PollResult(withHealth(feed, failed), List.of()), Duration.ofSeconds(10));
        String afterFailure = metrics.scrape();

        // then
        String feedLabel = "feed=\"" + FEED + "\"";
        assertThat(afterSuccess).contains("chipwatch_feed_up{" + feedLabel + "} 1.0",
                "chipwatch_feed_last_success_seconds{" + feedLabel + "} ");
        assertThat(lastSuccess).isEqualTo(NOW.getEpochSecond());
        assertThat(afterFailure).contains(
                "chipwatch_fetch_polls_total{" + feedLabel + ",outcome=\"new_items\"} 1.0",
                "chipwatch_fetch_polls_total{" + feedLabel + ",outcome=\"not_modified\"} 1.0",
                "chipwatch_fetch_polls_total{" + feedLabel + ",outcome=\"failed\"} 1.0",
                "chipwatch_articles_fetched_total{" + feedLabel + "} 2.0",
                "chipwatch_fetch_received_bytes_total{" + feedLabel + "} 4096.0",
                "chipwatch_fetch_duration_seconds_count{" + feedLabel + "} 3",
                "chipwatch_feed_up{" + feedLabel + "} 0.0",
                "chipwatch_feed_consecutive_failures{" + feedLabel + "} 1.0");
    }

    private static FeedRecord withHealth(FeedRecord feed, FeedHealth health) {
        return feed.withState(FeedState.NEW.withHealth(health, NOW));
    }
}
