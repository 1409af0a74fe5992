package io.chipwatch.metrics;

/**
 * Every meter chipwatch defines, in one place. Micrometer names use dots; Prometheus sees them
 * with underscores, counters with {@code _total} and base units appended: {@code
 * chipwatch.articles.tagged} is scraped as {@code chipwatch_articles_tagged_total}. The
 * dashboards and alerting rules under {@code deploy/} use the Prometheus names.
 *
 * <p>Every label has a bounded set of values: entity ids come from the watchlist, feed URLs from
 * the feed registry, actions and statuses from enums, DLQ reasons from exception classes.
 */
public final class MeterNames {

    // Streams pipeline
    /** Counter: articles that passed dedupe and were tagged. */
    public static final String ARTICLES_TAGGED = "chipwatch.articles.tagged";
    /** Counter: mentions found, by {@code type}. */
    public static final String MENTIONS = "chipwatch.mentions";
    /** Counter: mentions by {@code entity} (watchlist id) and {@code type}. */
    public static final String ENTITY_MENTIONS = "chipwatch.entity.mentions";
    /** Counter: signals detected, by {@code action} and {@code background}. */
    public static final String SIGNALS = "chipwatch.signals";
    /** Counter: alerts emitted, by {@code status}, {@code action}, {@code actor}, {@code severity}. */
    public static final String ALERTS = "chipwatch.alerts";
    /** Timer with histogram: article written to Kafka (fetch or publish) to alert emitted. */
    public static final String ALERT_LATENCY = "chipwatch.alert.latency";
    /** Counter: records sent to the dead-letter topic, by {@code stage} and {@code reason}. */
    public static final String DLQ_RECORDS = "chipwatch.dlq.records";
    /** Gauge: 1 while the streams application is RUNNING, else 0. */
    public static final String STREAMS_RUNNING = "chipwatch.streams.running";
    /** Gauge: 1 when the last broker check answered, else 0. */
    public static final String BROKER_REACHABLE = "chipwatch.broker.reachable";

    // Fetchers
    /** Counter: polls by {@code feed} and {@code outcome} (see {@link FetchMetrics}). */
    public static final String FETCH_POLLS = "chipwatch.fetch.polls";
    /** Timer: how long a poll took, by {@code feed}. */
    public static final String FETCH_DURATION = "chipwatch.fetch.duration";
    /** Counter (bytes): feed documents received, by {@code feed}. */
    public static final String FETCH_RECEIVED = "chipwatch.fetch.received";
    /** Counter: new articles a feed yielded, by {@code feed}. */
    public static final String ARTICLES_FETCHED = "chipwatch.articles.fetched";
    /** Counter: articles published from files (seeds, replay), not from feeds. */
    public static final String ARTICLES_PUBLISHED = "chipwatch.articles.published";
    /** Gauge: 1 when the feed's last poll worked, 0 when it failed. */
    public static final String FEED_UP = "chipwatch.feed.up";
    /** Gauge: failures since the feed's last success. */
    public static final String FEED_FAILURES = "chipwatch.feed.consecutive.failures";
    /** Gauge (seconds since the epoch): the feed's last successful poll; absent before the first. */
    public static final String FEED_LAST_SUCCESS = "chipwatch.feed.last.success";

    private MeterNames() {
    }
}
