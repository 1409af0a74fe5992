package io.chipwatch.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try a failing feed again: exponential in the number of consecutive failures, capped,
 * with jitter so that feeds that failed together (a network outage) do not retry together. A
 * server's {@code Retry-After} is honoured when it asks for longer.
 */
final class Backoff {

    private final Duration base;
    private final Duration max;
    private final RandomGenerator random;

    Backoff(Duration base, Duration max, RandomGenerator random) {
        this.base = base;
        this.max = max;
        this.random = random;
    }

    /** The delay after the {@code failures}-th consecutive failure (1 = first), jittered in [d/2, d]. */
    Duration delayAfter(int failures) {
        int exponent = Math.min(Math.max(failures, 1) - 1, 30);
        long full = Math.min(max.toMillis(), base.toMillis() * (1L << exponent));
        long half = full / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }

    /** The next attempt after a failure at {@code now}. */
    Instant nextAttempt(Instant now, int failures, Optional<Instant> retryAfter) {
        Instant ours = now.plus(delayAfter(failures));
        return retryAfter.filter(ours::isBefore).orElse(ours);
    }
}
