package io.chipwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void shouldRefuseZeroArticlesWithOneLineAndExitCodeTwo() {
        // when
        CommandRun run = CommandRun.of("bench", "--ephemeral", "--broker-port", "0", "--articles", "0");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).contains("--articles").doesNotContain("\n");
    }

    @Test
    void shouldRefuseANegativeRate() {
        // when
        CommandRun run = CommandRun.of("bench", "--rate", "-1");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--rate");
    }
}
