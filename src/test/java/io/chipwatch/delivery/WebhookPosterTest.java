package io.chipwatch.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chipwatch.alert.Alert;
import io.chipwatch.alert.AlertStatus;
import io.chipwatch.alert.TestAlerts;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;

class WebhookPosterTest {

    @Test
    void shouldPostTheAlertAsJsonWithItsIdempotencyKey() throws Exception {
        // given
        Alert alert = TestAlerts.alert("chip:nvidia-h20", AlertStatus.NEW, "2025-04-15", "2025-04-15");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            // when
            int status = new WebhookPoster(receiver.url()).post(alert);

            // then
            assertThat(status).isEqualTo(204);
            assertThat(receiver.accepted()).singleElement().satisfies(d -> {
                assertThat(d.alert()).isEqualTo(alert);
                assertThat(d.contentType()).isEqualTo("application/json");
                assertThat(d.idempotencyKey())
                        .isEqualTo("regulator:us-government|EXPORT_RESTRICTION|chip:nvidia-h20@2025-04-15T08:00:00Z");
            });
        }
    }

    @Test
    void shouldReportTheStatusOfARefusal() throws Exception {
        // given
        Alert alert = TestAlerts.alert("chip:nvidia-h20", AlertStatus.NEW, "2025-04-15", "2025-04-15");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.refuseNext(1);

            // when
            int status = new WebhookPoster(receiver.url()).post(alert);

            // then
            assertThat(status).isEqualTo(503);
            assertThat(receiver.accepted()).isEmpty();
        }
    }

    @Test
    void shouldFailWithIoExceptionWhenNothingListens() throws Exception {
        // given
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        WebhookPoster poster = new WebhookPoster(URI.create("http://127.0.0.1:" + port + "/hook"));
        Alert alert = TestAlerts.alert("chip:nvidia-h20", AlertStatus.NEW, "2025-04-15", "2025-04-15");

        // when / then
        assertThatThrownBy(() -> poster.post(alert)).isInstanceOf(IOException.class);
    }

    @Test
    void shouldAcceptOnlyHttpAndHttpsUrlsWithAHost() {
        // given / when / then
        assertThat(WebhookPoster.parseUrl(" https://hooks.example/x ")).hasScheme("https");
        assertThatThrownBy(() -> WebhookPoster.parseUrl("file:///etc/passwd"))
                .hasMessage("webhook URL must be http or https: file:///etc/passwd");
        assertThatThrownBy(() -> WebhookPoster.parseUrl("ftp://hooks.example/x")).hasMessageContaining("http or https");
        assertThatThrownBy(() -> WebhookPoster.parseUrl("http:///x")).hasMessageContaining("no host");
        assertThatThrownBy(() -> WebhookPoster.parseUrl("not a url")).hasMessage("webhook URL is not a URL: not a url");
    }
}
