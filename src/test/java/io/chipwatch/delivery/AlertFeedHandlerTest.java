package io.chipwatch.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.sun.net.httpserver.HttpServer;
import io.chipwatch.alert.AlertStatus;
import io.chipwatch.alert.LatestAlerts;
import io.chipwatch.alert.TestAlerts;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlertFeedHandlerTest {

    private final LatestAlerts view = new LatestAlerts(10);
    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(AlertFeedHandler.PATH, new AlertFeedHandler(view, 10,
                Clock.fixed(Instant.parse("2025-12-10T00:00:00Z"), ZoneOffset.UTC)));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void shouldServeTheLatestStateOfEachAlertAsAtom() throws Exception {
        // given
        view.add(TestAlerts.alert("chip:nvidia-h20", AlertStatus.NEW, "2025-04-15", "2025-04-15"));
        view.add(TestAlerts.alert("chip:nvidia-h20", AlertStatus.UPDATED, "2025-04-15", "2025-04-18"));

        // when
        HttpResponse<String> response = get(AlertFeedHandler.PATH, "GET");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/atom+xml; charset=utf-8");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertThat(feed.getUri()).isEqualTo("http://127.0.0.1:" + server.getAddress().getPort() + "/alerts.atom");
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
                .containsExactly("UPDATED US government: export restriction on chip:nvidia-h20");
    }

    @Test
    void shouldRefuseOtherMethodsAndPaths() throws Exception {
        // given / when
        HttpResponse<String> post = get(AlertFeedHandler.PATH, "POST");
        HttpResponse<String> other = get(AlertFeedHandler.PATH + "/x", "GET");

        // then
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
        assertThat(other.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path, String method) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        HttpRequest request = HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
