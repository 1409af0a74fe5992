package io.chipwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code chipwatch bench} end to end on an embedded broker: both modes print a measured table row. */
class BenchIT {

    @Test
    void shouldMeasureThroughputOfEveryArticle() {
        // when
        CommandRun run = CommandRun.of("bench", "--ephemeral", "--broker-port", "0", "--articles", "300",
                "--warmup-seconds", "3");

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> row = row(run, "| max |");
        assertThat(row.get(1)).isEqualTo("300");
        assertThat(Double.parseDouble(row.get(3).replace(",", ""))).isPositive();
        assertThat(Double.parseDouble(row.get(5))).as("CPU ms per article").isPositive();
        assertThat(Integer.parseInt(row.get(6))).as("alert records").isPositive();
        assertThat(row.subList(7, 10)).containsOnly("-");
    }

    @Test
    void shouldMeasureLatencyAfterTheWarmUpOnly() {
        // when
        CommandRun run = CommandRun.of("bench", "--ephemeral", "--broker-port", "0", "--articles", "200",
                "--rate", "50", "--warmup-seconds", "2");

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> row = row(run, "| 50/s |");
        assertThat(row.get(1)).isEqualTo("200");
        long p50 = Long.parseLong(row.get(7).replace(",", ""));
        long p99 = Long.parseLong(row.get(8).replace(",", ""));
        long max = Long.parseLong(row.get(9).replace(",", ""));
        assertThat(Integer.parseInt(row.get(6))).as("alert records").isPositive();
        assertThat(p50).isPositive().isLessThanOrEqualTo(p99);
        assertThat(p99).isLessThanOrEqualTo(max);
    }

    private static List<String> row(CommandRun run, String prefix) {
        String line = run.outLines().stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no result row in:\n" + run.out()));
        return Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList();
    }
}
