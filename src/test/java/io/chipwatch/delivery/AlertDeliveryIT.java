package io.chipwatch.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.sun.net.httpserver.HttpServer;
import io.chipwatch.alert.Alert;
import io.chipwatch.alert.AlertFeed;
import io.chipwatch.cli.Main;
import io.chipwatch.kafka.BrokerSettings;
import io.chipwatch.kafka.ConnectionConfig;
import io.chipwatch.kafka.EmbeddedBroker;
import io.chipwatch.kafka.Json;
import io.chipwatch.kafka.KafkaConnection;
import io.chipwatch.kafka.TopicReader;
import io.chipwatch.kafka.Topics;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The seeds through the real pipeline on an embedded broker, watched the way users watch it: a
 * feed reader polling {@code /alerts.atom} and a webhook receiver that is down for its first
 * two deliveries. Each sees every alert of the run once; {@code explain} shows the articles.
 */
class AlertDeliveryIT {

    private static EmbeddedBroker broker;
    private static Properties consumerProperties;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = EmbeddedBroker.start(BrokerSettings.ephemeral(0));
        try (KafkaConnection kafka = KafkaConnection.open(ConnectionConfig.external(broker.bootstrapServers()))) {
            consumerProperties = kafka.consumerProperties();
        }
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void shouldShowEveryAlertOnceInTheFeedAndAtTheWebhook() throws Exception {
        // given: the seeds replayed once, so the topics exist and hold alerts
        Run replay = cli("replay", "--bootstrap-servers", broker.bootstrapServers(), "--data-dir", dataDir.toString(),
                "--application-id", "delivery-it", "--json", "seeds/articles");
        assertThat(replay.exit()).as(replay.err()).isZero();
        // Other tests of this class replay too: the relay's new group and the feed read the
        // whole topic, so what they must show is every record on it, not only this run's.
        List<Alert> onTopic;
        try (TopicReader<String, Alert> reader = new TopicReader<>(Topics.ALERTS, consumerProperties, true)) {
            onTopic = reader.drain();
        }
        assertThat(onTopic).hasSizeGreaterThanOrEqualTo((int) replay.out().lines().filter(l -> !l.isBlank()).count());
        Map<String, Alert> latest = new LinkedHashMap<>();
        onTopic.forEach(a -> latest.put(a.key(), a));
        List<Alert> posted = onTopic.stream().filter(a -> WebhookRelay.POSTED.contains(a.status())).toList();
        assertThat(posted).isNotEmpty();

        try (WebhookReceiver receiver = new WebhookReceiver();
             AlertFeedService feed = AlertFeedService.start(consumerProperties, 50, Clock.systemUTC())) {
            receiver.refuseNext(2);
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext(AlertFeedHandler.PATH, feed.handler());
            server.start();
            try (WebhookRelay relay = WebhookRelay.start(consumerProperties, new WebhookPoster(receiver.url()),
                    "delivery-it-feed", Duration.ofMillis(100), Duration.ofMillis(400))) {
                // when
                assertThat(feed.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
                awaitUntil(() -> receiver.accepted().size() >= posted.size(), Duration.ofSeconds(30));
                SyndFeed atom = read(server);

                // then: the feed holds the latest state of every key, once
                assertThat(atom.getEntries()).extracting(SyndEntry::getUri)
                        .containsExactlyInAnyOrderElementsOf(latest.values().stream().map(AlertFeed::entryId).toList());
                assertThat(atom.getEntries()).extracting(SyndEntry::getTitle).containsExactlyInAnyOrderElementsOf(
                        latest.values().stream().map(a -> a.status() + " " + a.headline()).toList());
                // and the webhook got every NEW and REVERSAL record once, in spite of two refusals
                assertThat(receiver.refused()).isEqualTo(2);
                assertThat(receiver.accepted()).extracting(d -> d.alert())
                        .containsExactlyInAnyOrderElementsOf(posted);
                assertThat(receiver.accepted()).extracting(WebhookReceiver.Delivery::idempotencyKey)
                        .containsExactlyInAnyOrderElementsOf(posted.stream().map(WebhookPoster::idempotencyKey).toList());
            } finally {
                server.stop(0);
            }
        }
    }

    @Test
    void shouldResumeAfterTheLastAcknowledgedAlertWhenTheRelayRestarts() throws Exception {
        // given: the seeds' alerts on the topic, and a relay that delivered them all and stopped
        Run replay = cli("replay", "--bootstrap-servers", broker.bootstrapServers(), "--data-dir", dataDir.toString(),
                "--application-id", "delivery-it-restart", "--json", "seeds/articles");
        assertThat(replay.exit()).as(replay.err()).isZero();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            int delivered;
            try (WebhookRelay relay = WebhookRelay.start(consumerProperties, new WebhookPoster(receiver.url()),
                    "delivery-it-restart", Duration.ofMillis(100), Duration.ofMillis(400))) {
                awaitUntil(() -> !receiver.accepted().isEmpty(), Duration.ofSeconds(30));
                awaitStable(receiver);
                delivered = receiver.accepted().size();
            }

            // when: the relay starts again in the same group
            try (WebhookRelay relay = WebhookRelay.start(consumerProperties, new WebhookPoster(receiver.url()),
                    "delivery-it-restart", Duration.ofMillis(100), Duration.ofMillis(400))) {
                awaitStable(receiver);
            }

            // then: nothing was posted twice
            assertThat(receiver.accepted()).hasSize(delivered);
        }
    }

    @Test
    void shouldDeliverWhatADownReceiverMissedOnceTheRelayComesBack() throws Exception {
        // given: alerts on the topic, a receiver that refuses everything, a relay retrying
        Run replay = cli("replay", "--bootstrap-servers", broker.bootstrapServers(), "--data-dir", dataDir.toString(),
                "--application-id", "delivery-it-down", "seeds/articles");
        assertThat(replay.exit()).as(replay.err()).isZero();
        List<Alert> posted;
        try (TopicReader<String, Alert> reader = new TopicReader<>(Topics.ALERTS, consumerProperties, true)) {
            posted = reader.drain().stream().filter(a -> WebhookRelay.POSTED.contains(a.status())).toList();
        }
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.refuseNext(Integer.MAX_VALUE);
            try (WebhookRelay relay = WebhookRelay.start(consumerProperties, new WebhookPoster(receiver.url()),
                    "delivery-it-down", Duration.ofMillis(100), Duration.ofMillis(400))) {
                awaitUntil(() -> receiver.refused() >= 3, Duration.ofSeconds(30));
            }

            // when: the receiver is back, and so is the relay
            receiver.refuseNext(0);
            try (WebhookRelay relay = WebhookRelay.start(consumerProperties, new WebhookPoster(receiver.url()),
                    "delivery-it-down", Duration.ofMillis(100), Duration.ofMillis(400))) {
                awaitUntil(() -> receiver.accepted().size() >= posted.size(), Duration.ofSeconds(30));
                awaitStable(receiver);
            }

            // then: every alert arrived, none twice
            assertThat(receiver.accepted()).extracting(WebhookReceiver.Delivery::alert)
                    .containsExactlyInAnyOrderElementsOf(posted);
        }
    }

    @Test
    void shouldExplainAnAlertWithItsArticlesAndRules() throws Exception {
        // given
        String key = "regulator:cn-government|PROCUREMENT_GUIDANCE|chip:nvidia-h20";
        Run replay = cli("replay", "--bootstrap-servers", broker.bootstrapServers(), "--data-dir", dataDir.toString(),
                "--application-id", "delivery-it-explain", "seeds/articles");
        assertThat(replay.exit()).as(replay.err()).isZero();

        // when
        Run json = cli("explain", "--bootstrap-servers", broker.bootstrapServers(), "--json", key);
        Run readable = cli("explain", "--bootstrap-servers", broker.bootstrapServers(), key);
        Run unknown = cli("explain", "--bootstrap-servers", broker.bootstrapServers(), "regulator:nobody|OTHER|chip:x");

        // then
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode explanation = Json.MAPPER.readTree(json.out());
        assertThat(explanation.get("alert").get("key").asText()).isEqualTo(key);
        assertThat(explanation.get("articles").size()).isEqualTo(explanation.get("alert").get("articleCount").asInt());
        explanation.get("articles").forEach(a -> {
            assertThat(a.get("article").get("title").asText()).isNotBlank();
            assertThat(a.get("signals")).allSatisfy(s -> assertThat(s.get("rule").asText()).isNotBlank());
        });
        assertThat(readable.exit()).isZero();
        assertThat(readable.out()).contains("key " + key).contains("      rule ").contains("« ");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no alert and no signal with key regulator:nobody|OTHER|chip:x");
    }

    private static SyndFeed read(HttpServer server) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + AlertFeedHandler.PATH);
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return new SyndFeedInput().build(new StringReader(response.body()));
    }

    /** Waits until the receiver has had no new delivery for two seconds. */
    private static void awaitStable(WebhookReceiver receiver) throws InterruptedException {
        int seen = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < Duration.ofSeconds(2).toNanos()) {
            int now = receiver.accepted().size();
            if (now != seen) {
                seen = now;
                quietSince = System.nanoTime();
            }
            Thread.sleep(100);
        }
    }

    private static void awaitUntil(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within %s", timeout).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
