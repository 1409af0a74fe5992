package io.chipwatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.article.ArticleRef;
import io.chipwatch.tag.EntityRef;
import io.chipwatch.tag.EntityType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpikePolicyTest {

    private static final EntityRef NVIDIA = new EntityRef("company:nvidia", EntityType.COMPANY, "Nvidia");
    private static final Instant START = Instant.parse("2025-12-01T00:00:00Z");
    private final SpikePolicy policy = SpikePolicy.defaults();

    @Test
    void shouldUseTheStandardDeviationFloorOnAFlatBaseline() {
        // given: exactly two mentions every hour for two days
        VolumeHistory history = hourly(2, 48);
        Instant next = START.plus(Duration.ofHours(48));

        // when: 5 is above 2 + 3 x 0 but not above the floor 2 + 3 x 1; 6 is
        SpikePolicy.Outcome five = policy.apply(NVIDIA, history, next, tally(5));
        SpikePolicy.Outcome six = policy.apply(NVIDIA, history, next, tally(6));

        // then
        assertThat(five.alert()).isEmpty();
        assertThat(six.alert()).map(Alert::headline)
                .contains("Unusual volume: 6 mentions of Nvidia in the last hour (baseline 2.0 ± 0.0)");
    }

    @Test
    void shouldNeverAlertBelowTheMinimumMentions() {
        // given: a quiet entity, one mention a day
        VolumeHistory history = new VolumeHistory(START, List.of(new VolumeHistory.HourCount(START, 1)), List.of());

        // when
        SpikePolicy.Outcome outcome = policy.apply(NVIDIA, history, START.plus(Duration.ofDays(3)), tally(4));

        // then
        assertThat(outcome.alert()).isEmpty();
    }

    @Test
    void shouldForgetHoursOlderThanTheBaseline() {
        // given
        VolumeHistory history = hourly(1, 24 * 10);

        // when
        SpikePolicy.Outcome outcome = policy.apply(NVIDIA, history, START.plus(Duration.ofDays(10)), tally(1));

        // then
        assertThat(outcome.history().hours()).hasSizeLessThanOrEqualTo(24 * 7 + 2);
        assertThat(outcome.history().firstSeen()).isEqualTo(START);
    }

    private static VolumeHistory hourly(long perHour, int hours) {
        List<VolumeHistory.HourCount> counts = new ArrayList<>();
        for (int h = 0; h < hours; h++) {
            counts.add(new VolumeHistory.HourCount(START.plus(Duration.ofHours(h)), perHour));
        }
        return new VolumeHistory(START, counts, List.of());
    }

    private static MentionTally tally(int n) {
        MentionTally tally = MentionTally.EMPTY;
        for (int i = 0; i < n; i++) {
            tally = tally.add(new ArticleRef("a" + i, null, null, "outlet" + i, START));
        }
        return tally;
    }
}
