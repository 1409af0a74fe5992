package io.chipwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FetchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void shouldRejectAMalformedNetworkWithOneLineAndExitCode2() {
        // when
        int code = run("fetch", "--dry-run", "--once", "--allow-network", "intranet");

        // then
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("chipwatch: Invalid value for option '--allow-network'").contains("'intranet'");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void shouldRefuseZeroThreads() {
        // when
        int code = run("fetch", "--threads", "0");

        // then
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("chipwatch: --threads must be at least 1" + System.lineSeparator());
    }

    @Test
    void shouldNameAMissingOpmlFile() {
        // when
        int code = run("fetch", "--dry-run", "--once", "--opml", "no/such/feeds.opml");

        // then
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("chipwatch: cannot read no/such/feeds.opml");
    }

    @Test
    void shouldRejectAnUnknownFlag() {
        // when
        int code = run("fetch", "--twice");

        // then
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--twice'");
    }

    @Test
    void shouldListTheDeclaredFeedsOfAnOpmlFileWithoutKafka() {
        // when
        int code = run("feeds", "list", "--opml", "seeds/feeds.opml");

        // then
        assertThat(code).isZero();
        assertThat(out.toString().lines().findFirst()).contains(
                "STATUS   FAILS   ITEMS  LAST SUCCESS          URL  LAST ERROR");
        assertThat(out.toString()).contains("new          0       0  -                     https://www.bis.gov/news-updates");
    }

    @Test
    void shouldRefuseABadSelectorWhenAddingAPage() {
        // when
        int code = run("feeds", "add", "https://gov.example/news", "--selector", "ul > > a", "--bootstrap-servers", "localhost:1");

        // then
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("chipwatch: bad CSS selector 'ul > > a'");
    }

    @Test
    void shouldExplainEachCommand() {
        // when
        int fetch = run("fetch", "--help");
        int feeds = run("feeds", "add", "--help");

        // then
        assertThat(fetch).isZero();
        assertThat(feeds).isZero();
        assertThat(out.toString()).contains("--allow-network=CIDR", "--dry-run", "--selector=CSS");
    }
}
