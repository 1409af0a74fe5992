package io.chipwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreamsOptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"run", "replay", "stream"})
    void shouldRefuseZeroThreadsBeforeStartingAnything(String command) {
        // when
        CommandRun run = command.equals("replay")
                ? CommandRun.of(command, "--threads", "0", "seeds/articles")
                : CommandRun.of(command, "--threads", "0");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("chipwatch: --threads must be at least 1, got 0");
    }
}
