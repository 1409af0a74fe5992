package io.chipwatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecComparisonTest {

    private static final TopicSpec ALERTS = new TopicSpec("chipwatch.alerts", 6, (short) 1,
            Map.of("cleanup.policy", "compact", "retention.ms", "-1", "segment.ms", "86400000"));

    private static TopicState state(int partitions, int replicas, Map<String, String> overrides) {
        Map<String, String> all = new java.util.HashMap<>(Map.of(
                "cleanup.policy", "delete", "retention.ms", "604800000", "segment.ms", "604800000"));
        all.putAll(overrides);
        return new TopicState("chipwatch.alerts", partitions, replicas, all, overrides);
    }

    @Test
    void shouldFindNothingWhenTheTopicMatches() {
        // given
        TopicState same = state(6, 1, ALERTS.configs());

        // when / then
        assertThat(SpecComparison.drift(ALERTS, same)).isEmpty();
    }

    @Test
    void shouldReportEachConfigWithWantedAndActualValues() {
        // given
        TopicState edited = state(6, 1, Map.of("cleanup.policy", "compact", "retention.ms", "-1", "segment.ms", "3600000"));

        // when
        List<Drift> drift = SpecComparison.drift(ALERTS, edited);

        // then
        assertThat(drift).containsExactly(new Drift("segment.ms", "86400000", "3600000", true));
    }

    @Test
    void shouldReportAnOverrideTheSpecDoesNotMention() {
        // given
        Map<String, String> overrides = new java.util.HashMap<>(ALERTS.configs());
        overrides.put("max.message.bytes", "5000000");

        // when
        List<Drift> drift = SpecComparison.drift(ALERTS, state(6, 1, overrides));

        // then
        assertThat(drift).containsExactly(new Drift("max.message.bytes", "(default)", "5000000", true));
    }

    @Test
    void shouldOnlyOfferToFixPartitionsUpwards() {
        // given
        TopicState fewer = state(3, 1, ALERTS.configs());
        TopicState more = state(12, 3, ALERTS.configs());

        // when
        List<Drift> growable = SpecComparison.drift(ALERTS, fewer);
        List<Drift> stuck = SpecComparison.drift(ALERTS, more);

        // then
        assertThat(growable).containsExactly(new Drift("partitions", "6", "3", true));
        assertThat(stuck).containsExactly(
                new Drift("partitions", "6", "12", false),
                new Drift("replication", "1", "3", false));
    }
}
