package io.chipwatch.fetch;

import java.time.Duration;

/**
 * Hears of every poll a {@link FeedScheduler} finishes, for metrics. Called on the polling
 * threads: implementations must be thread-safe and must not throw.
 */
public interface PollObserver {

    PollObserver NONE = (result, took) -> {
    };

    /**
     * @param result the poll's outcome; {@code result.feed()} carries the feed's health after it
     * @param took   how long the poll took, the pages of new items included
     */
    void polled(PollResult result, Duration took);
}
