package io.chipwatch.fetch;

import io.chipwatch.extract.ArticleExtractor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/** Small builders for the fetch tests: configs that allow loopback, pollers, a settable clock. */
final class TestFetching {

    private TestFetching() {
    }

    /** The defaults with loopback allowed, no politeness delay and short timeouts. */
    static FetchConfig loopbackConfig() {
        return FetchConfig.defaults()
                .withAllowedNetworks(List.of(Cidr.parse("127.0.0.0/8")))
                .withPoliteness(4, Duration.ZERO)
                .withResponseTimeout(Duration.ofSeconds(5))
                .withBackoff(Duration.ofMinutes(1), Duration.ofHours(1));
    }

    static FeedPoller poller(FetchConfig config, Clock clock) {
        HttpFetcher fetcher = new HttpFetcher(config, NetworkPolicy.allowing(config.allowedNetworks()), clock);
        return new FeedPoller(config, fetcher, new ArticleExtractor()::extract, new RecentIds(10_000), clock, new Random(42));
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        void set(Instant at) {
            now = at;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
