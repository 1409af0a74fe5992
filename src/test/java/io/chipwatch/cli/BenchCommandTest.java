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

    @Test
    void shouldProfileEveryStageWithoutABroker() {
        // when
        CommandRun run = CommandRun.of("bench", "--stages", "2", "--articles", "30");

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("30 articles, 2 rounds");
        assertThat(run.outLines()).filteredOn(l -> l.matches("\\| [a-z].* \\| [0-9.]+ us \\| [0-9]+ % \\| [0-9,]+ \\|"))
                .extracting(l -> l.split("\\|")[1].strip())
                .containsExactly("read the article (JSON)", "tag mentions", "detect signals",
                        "write the tagged article and its signals (JSON)", "all four");
    }

    @Test
    void shouldProfileTwoThousandArticlesWhenStagesAreAskedWithoutACount() {
        // when
        CommandRun run = CommandRun.of("bench", "--stages", "2");

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2000 articles, 2 rounds");
    }

    @Test
    void shouldShowThatThreadsDefaultToOnePerCore() {
        // when
        CommandRun run = CommandRun.of("bench", "--help");

        // then
        assertThat(run.out()).contains("one per core, " + Runtime.getRuntime().availableProcessors() + " here");
    }
}
