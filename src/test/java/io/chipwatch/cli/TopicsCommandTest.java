package io.chipwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TopicsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void shouldNameTheFileAndLineOfABadSpecBeforeTouchingKafka() {
        // when
        int exit = run("topics", "apply", "--topics-dir", "src/test/resources/topics-invalid", "--bootstrap-servers", "127.0.0.1:1");

        // then
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("chipwatch: src/test/resources/topics-invalid/bad-retention.yaml line 5: "
                + "retention must be 'forever' or a number with a unit (ms, s, m, h, d) such as 30d, got 'a month'"
                + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void shouldAskForASubcommand() {
        // when
        int exit = run("topics");

        // then
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required subcommand");
    }

    @Test
    void shouldRejectAZeroReplicationFactor() {
        // when
        int exit = run("topics", "list", "--replication-factor", "0", "--bootstrap-servers", "127.0.0.1:1");

        // then
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--replication-factor must be at least 1, got 0");
    }
}
