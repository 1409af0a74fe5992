package io.chipwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TopicsCommandIT {

    @Test
    void shouldCreateEveryTopicOnAnEphemeralBroker() {
        // given
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));

        // when
        int exit = cli.execute("topics", "apply", "--ephemeral", "--broker-port", "0", "--topics-dir", "topics");

        // then
        assertThat(exit).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "created    chipwatch.alerts",
                "created    chipwatch.articles",
                "created    chipwatch.articles.tagged",
                "created    chipwatch.dlq",
                "created    chipwatch.feeds",
                "created    chipwatch.signals",
                "created    chipwatch.watchlist",
                "7 topics: 7 created, 0 altered, 0 drifted, 0 unchanged");
    }
}
