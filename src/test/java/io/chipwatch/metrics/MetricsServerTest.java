package io.chipwatch.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsServerTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ChipwatchMetrics metrics = new ChipwatchMetrics();
    private final MetricsServer server = start();

    @AfterEach
    void stop() {
        server.close();
        metrics.close();
    }

    @Test
    void shouldServeMeterValuesInThePrometheusTextFormatOnLoopback() throws Exception {
        // given
        metrics.published(3);

        // when
        HttpResponse<String> response = get("metrics");

        // then
        assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(MetricsServer.PROMETHEUS_TEXT);
        assertThat(response.body()).contains("chipwatch_articles_published_total 3.0",
                "chipwatch_articles_tagged_total 0.0", "jvm_memory_used_bytes{", "process_uptime_seconds ");
    }

    @Test
    void shouldTurnHealthRedWhileAnyCheckFails() throws Exception {
        // given
        AtomicBoolean running = new AtomicBoolean(true);
        metrics.watch(() -> new HealthCheck.Result("streams", running.get(), running.get() ? "RUNNING" : "REBALANCING"));

        // when
        HttpResponse<String> green = get("health");
        running.set(false);
        HttpResponse<String> red = get("health");

        // then
        assertThat(green.statusCode()).isEqualTo(200);
        assertThat(green.body()).contains("\"status\":\"UP\"", "\"detail\":\"RUNNING\"");
        assertThat(red.statusCode()).isEqualTo(503);
        assertThat(red.body()).contains("\"status\":\"DOWN\"", "\"detail\":\"REBALANCING\"");
    }

    @Test
    void shouldServeAHandlerRegisteredLaterOnTheSamePort() throws Exception {
        // given
        server.register("/alerts.atom", exchange -> {
            byte[] body = "<feed/>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        });

        // when
        HttpResponse<String> response = get("alerts.atom");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("<feed/>");
    }

    @Test
    void shouldRefuseWritesToMetrics() throws Exception {
        // when
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri().resolve("metrics"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void shouldAnswerNotFoundOutsideItsPaths() throws Exception {
        // when
        HttpResponse<String> response = get("admin");

        // then
        assertThat(response.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private MetricsServer start() {
        try {
            return MetricsServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), metrics);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

}
