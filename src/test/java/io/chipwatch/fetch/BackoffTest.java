package io.chipwatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofHours(6), new Random(7));

    @Test
    void shouldDoubleTheDelayWithEachFailureWithinItsJitter() {
        // when / then
        for (int failures = 1; failures <= 6; failures++) {
            Duration full = Duration.ofMinutes(1L << (failures - 1));
            assertThat(backoff.delayAfter(failures)).isBetween(full.dividedBy(2), full);
        }
    }

    @Test
    void shouldNeverWaitLongerThanTheMaximum() {
        // when / then
        assertThat(backoff.delayAfter(40)).isBetween(Duration.ofHours(3), Duration.ofHours(6));
    }

    @Test
    void shouldSpreadFeedsThatFailedTogether() {
        // when
        long distinct = java.util.stream.IntStream.range(0, 20).mapToObj(i -> backoff.delayAfter(3)).distinct().count();

        // then
        assertThat(distinct).isGreaterThan(10);
    }

    @Test
    void shouldHonourARetryAfterLongerThanItsOwnDelay() {
        // given
        Instant now = Instant.parse("2025-12-10T08:00:00Z");

        // when / then
        assertThat(backoff.nextAttempt(now, 1, Optional.of(now.plusSeconds(7200)))).isEqualTo(now.plusSeconds(7200));
        assertThat(backoff.nextAttempt(now, 1, Optional.of(now.plusSeconds(1)))).isAfter(now.plusSeconds(29));
    }

    @Test
    void shouldReadRetryAfterAsSecondsOrAnHttpDate() {
        // given
        Instant now = Instant.parse("2025-12-10T08:00:00Z");

        // when / then
        assertThat(RetryAfter.parse("120", now)).contains(now.plusSeconds(120));
        assertThat(RetryAfter.parse("Wed, 10 Dec 2025 09:00:00 GMT", now)).contains(Instant.parse("2025-12-10T09:00:00Z"));
        assertThat(RetryAfter.parse("9999999999", now)).contains(now.plus(RetryAfter.LONGEST));
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse("-5", now)).isEmpty();
        assertThat(RetryAfter.parse(null, now)).isEmpty();
    }
}
