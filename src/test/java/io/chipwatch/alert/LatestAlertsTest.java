package io.chipwatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatestAlertsTest {

    @Test
    void shouldKeepOnlyTheLatestStateOfEachKey() {
        // given
        LatestAlerts view = new LatestAlerts(10);
        Alert raised = TestAlerts.alert("chip:nvidia-h20", AlertStatus.NEW, "2025-04-15", "2025-04-15");
        Alert updated = TestAlerts.alert("chip:nvidia-h20", AlertStatus.UPDATED, "2025-04-15", "2025-04-17");

        // when
        view.add(raised);
        view.add(updated);
        view.add(null);

        // then
        assertThat(view.snapshot()).containsExactly(updated);
    }

    @Test
    void shouldDropTheAlertLastSeenLongestAgoWhenFull() {
        // given
        LatestAlerts view = new LatestAlerts(2);
        Alert oldest = TestAlerts.alert("chip:a", AlertStatus.NEW, "2025-01-01", "2025-01-01");
        Alert middle = TestAlerts.alert("chip:b", AlertStatus.NEW, "2025-01-02", "2025-01-02");
        Alert newest = TestAlerts.alert("chip:c", AlertStatus.NEW, "2025-01-03", "2025-01-03");

        // when
        view.add(middle);
        view.add(newest);
        view.add(oldest);

        // then
        assertThat(view.snapshot()).containsExactly(newest, middle);
    }
}
