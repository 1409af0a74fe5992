package io.chipwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.alert.Alert;
import io.chipwatch.article.Article;
import io.chipwatch.article.ArticleFiles;
import io.chipwatch.bench.ArticleStream;
import io.chipwatch.kafka.ArticlePublisher;
import io.chipwatch.kafka.BrokerSettings;
import io.chipwatch.kafka.ConnectionConfig;
import io.chipwatch.kafka.EmbeddedBroker;
import io.chipwatch.kafka.KafkaConnection;
import io.chipwatch.kafka.TopicReader;
import io.chipwatch.kafka.TopicSpecs;
import io.chipwatch.kafka.Topics;
import io.chipwatch.tag.Watchlist;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker goes away in the middle of a run and comes back on the same address with its data:
 * a running {@code chipwatch stream} reconnects by itself and ends with the alerts a run without
 * the outage raises.
 */
class BrokerRestartIT {

    private static final int ARTICLES = 400;

    @TempDir
    Path work;

    @Test
    void shouldReconnectAfterTheBrokerRestartsAndFinishWithTheSameAlerts() throws Exception {
        // given
        List<Article> articles = new ArticleStream(ArticleFiles.readAllUnchecked(Path.of("seeds/articles")),
                Watchlist.loadDefault(), ArticleStream.Mix.NEWS, Instant.parse("2025-12-10T08:00:00Z"), 5)
                .take(ARTICLES);
        AlertOutcome expected = AlertOutcome.of(CleanRun.alertsOf(articles, work.resolve("clean")));
        BrokerSettings settings = BrokerSettings.persistent(work.resolve("broker"), freePort());
        EmbeddedBroker broker = EmbeddedBroker.start(settings);
        String bootstrap = broker.bootstrapServers();
        TopicsSetup.ensure(KafkaConnection.open(ConnectionConfig.external(bootstrap)), TopicSpecs.load(Path.of("topics")));
        try (ArticlePublisher publisher = new ArticlePublisher(TestProducers.oneRequestAtATime(bootstrap))) {
            articles.forEach(publisher::publish);
            publisher.flush();
        }

        try (StreamProcess stream = StreamProcess.start(bootstrap, work, "stream")) {
            try (StreamProcess.Watch watch = new StreamProcess.Watch(bootstrap, StreamProcess.APPLICATION_ID)) {
                assertThat(watch.awaitCommittedBeyond(0, Duration.ofSeconds(90))).as("work before the outage").isTrue();
            }

            // when: the broker stops mid-run, stays away a few seconds, and comes back
            broker.close();
            Thread.sleep(3_000); // the outage itself, not a wait for anything
            broker = EmbeddedBroker.start(settings);
            List<Alert> alerts;
            try (StreamProcess.Watch watch = new StreamProcess.Watch(bootstrap, StreamProcess.APPLICATION_ID)) {
                watch.awaitDone(Duration.ofMinutes(4));
                try (TopicReader<String, Alert> reader = new TopicReader<>(Topics.ALERTS, clientProps(bootstrap), true)) {
                    alerts = reader.drain();
                }
            }

            // then
            assertThat(stream.isAlive()).as("stream survived the outage").isTrue();
            AlertOutcome actual = AlertOutcome.of(alerts);
            assertThat(actual.duplicates()).isEmpty();
            assertThat(actual.perKey()).isEqualTo(expected.perKey());
        } finally {
            broker.close();
        }
    }

    private static Properties clientProps(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return p;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
