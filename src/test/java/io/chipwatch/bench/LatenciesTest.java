package io.chipwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void shouldReportNearestRankPercentiles() {
        // given
        Latencies latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) {
            latencies.record(ms);
        }

        // when / then
        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.percentile(50)).isEqualTo(50);
        assertThat(latencies.percentile(99)).isEqualTo(99);
        assertThat(latencies.max()).isEqualTo(100);
    }

    @Test
    void shouldReportZeroWithoutSamplesAndClampClockSkewToZero() {
        // given
        Latencies empty = new Latencies();
        Latencies skewed = new Latencies();
        skewed.record(-5);

        // then
        assertThat(empty.percentile(99)).isZero();
        assertThat(skewed.max()).isZero();
    }

    @Test
    void shouldLeaveLatencyOutOfAThroughputOnlyRow() {
        // given
        Latencies latencies = new Latencies();
        latencies.record(40);
        BenchReport throughput = new BenchReport(1_000, 2_000_000, Duration.ofSeconds(4),
                Duration.ofSeconds(6), 0, latencies, "test");
        BenchReport paced = new BenchReport(1_000, 2_000_000, Duration.ofSeconds(10),
                Duration.ofMillis(2_500), 100, latencies, "test");

        // then
        assertThat(throughput.articlesPerSecond()).isEqualTo(250.0);
        assertThat(throughput.toMarkdownRow()).isEqualTo("| max | 1,000 | 4.0 | 250 | 0.50 | 6.00 | 1 | - | - | - |");
        assertThat(paced.toMarkdownRow()).isEqualTo("| 100/s | 1,000 | 10.0 | 100 | 0.20 | 2.50 | 1 | 40 | 40 | 40 |");
    }
}
