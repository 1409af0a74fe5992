package io.chipwatch.stream;

import java.time.Duration;

/**
 * The knobs of the alerting stages.
 *
 * @param expiry          a key unseen this long in event time raises a new alert on its next signal
 * @param minConfidence   signals below this confidence raise nothing (hedges, threats, proposals)
 * @param dedupeRetention how long article ids are remembered to drop repeats
 */
public record AlertSettings(Duration expiry, double minConfidence, Duration dedupeRetention) {

    public static final AlertSettings DEFAULTS = new AlertSettings(Duration.ofDays(30), 0.5, Duration.ofDays(90));
}
