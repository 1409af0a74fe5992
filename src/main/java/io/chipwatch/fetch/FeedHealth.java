package io.chipwatch.fetch;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * How a feed has been doing, for {@code chipwatch feeds list} and the metrics.
 *
 * @param lastSuccessAt       last poll that worked (a 304 counts)
 * @param lastErrorAt         last poll that failed
 * @param lastError           why it failed, one line
 * @param consecutiveFailures failures since the last success; drives the backoff
 * @param itemsSeen           new items found over the feed's life
 * @param lastWarning         something odd in the last successful poll (malformed text, items
 *                            without links, items beyond the per-poll cap); null when clean
 * @param nextAttemptAt       not to be polled before this (backoff or the server's Retry-After)
 */
public record FeedHealth(
        Instant lastSuccessAt,
        Instant lastErrorAt,
        String lastError,
        int consecutiveFailures,
        long itemsSeen,
        String lastWarning,
        Instant nextAttemptAt) {

    public static final FeedHealth NEW = new FeedHealth(null, null, null, 0, 0, null, null);

    public FeedHealth succeeded(Instant at, int newItems, String warning, Instant next) {
        return new FeedHealth(at, lastErrorAt, lastError, 0, itemsSeen + newItems, warning, next);
    }

    public FeedHealth failed(Instant at, String error, Instant next) {
        return new FeedHealth(lastSuccessAt, at, error, consecutiveFailures + 1, itemsSeen, lastWarning, next);
    }

    /** Whether the last poll failed. */
    @JsonIgnore
    public boolean failing() {
        return consecutiveFailures > 0;
    }
}
