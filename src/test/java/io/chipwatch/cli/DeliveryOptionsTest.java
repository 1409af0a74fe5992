package io.chipwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeliveryOptionsTest {

    @Test
    void shouldRefuseAWebhookThatIsNotHttpBeforeStartingAnything() {
        // given / when
        CommandRun run = CommandRun.of("run", "--no-seeds", "--webhook", "file:///etc/passwd");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).endsWith("webhook URL must be http or https: file:///etc/passwd (--webhook)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void shouldRefuseAWebhookWithoutAHostOnStream() {
        // given / when
        CommandRun run = CommandRun.of("stream", "--webhook", "https:///hook");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("webhook URL has no host: https:///hook");
    }

    @Test
    void shouldRefuseAnEmptyAlertKeyToExplain() {
        // given / when
        CommandRun run = CommandRun.of("explain", " ");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the alert key is empty");
    }
}
