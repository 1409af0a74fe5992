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
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code kill -9} of {@code chipwatch stream} at random points, again and again, while it works
 * through a stream of generated articles on an embedded broker that stays up; then a last
 * instance finishes the work. The alerts topic, read with read_committed, must say exactly what
 * a run without a crash says: the same developments, none raised twice, the same number of
 * updates and the same final counts (see {@link AlertOutcome}).
 *
 * <p>Every build runs the full-size proof: 20,000 articles and 5 kills, about two minutes on two
 * cores shared with other work ({@code -Dchipwatch.crash.articles} and {@code
 * -Dchipwatch.crash.kills} change the size; see {@code docs/benchmarks.md}).
 */
class StreamCrashIT {

    private static final Logger LOG = LoggerFactory.getLogger(StreamCrashIT.class);
    private static final int ARTICLES = Integer.getInteger("chipwatch.crash.articles", 20_000);
    private static final int KILLS = Integer.getInteger("chipwatch.crash.kills", 5);
    private static final long RANDOM_SEED = Long.getLong("chipwatch.crash.seed", 20251210L);

    @TempDir
    Path work;

    @Test
    void shouldLoseNoAlertAndDuplicateNoneWhenStreamIsKilledFiveTimes() throws Exception {
        // given: the articles, and the alerts a run without a crash raises for them
        List<Article> articles = new ArticleStream(ArticleFiles.readAllUnchecked(Path.of("seeds/articles")),
                Watchlist.loadDefault(), ArticleStream.Mix.NEWS, Instant.parse("2025-12-10T08:00:00Z"), RANDOM_SEED)
                .take(ARTICLES);
        AlertOutcome expected = AlertOutcome.of(CleanRun.alertsOf(articles, work.resolve("clean")));
        assertThat(expected.perKey()).isNotEmpty();
        Random random = new Random(RANDOM_SEED);

        try (EmbeddedBroker broker = EmbeddedBroker.start(BrokerSettings.ephemeral(0))) {
            String bootstrap = broker.bootstrapServers();
            TopicsSetup.ensure(KafkaConnection.open(ConnectionConfig.external(bootstrap)), TopicSpecs.load(Path.of("topics")));
            try (ArticlePublisher publisher = new ArticlePublisher(TestProducers.oneRequestAtATime(bootstrap))) {
                articles.forEach(publisher::publish);
                publisher.flush();
            }
            StreamProcess.Watch watch = new StreamProcess.Watch(bootstrap, StreamProcess.APPLICATION_ID);

            // when: each instance is killed with SIGKILL at a random point after it has committed work
            int killedMidRun = 0;
            for (int kill = 1; kill <= KILLS; kill++) {
                // Kill k falls at a random point of the k-th fifth of the run, so that the
                // crashes are spread over the whole of it rather than bunched at the start.
                long target = (long) ((kill - 1 + random.nextDouble()) / KILLS * ARTICLES * 0.9);
                try (StreamProcess stream = StreamProcess.start(bootstrap, work, "stream-" + kill)) {
                    long before = watch.committedArticles();
                    boolean progressed = watch.awaitCommittedBeyond(Math.max(before, target), Duration.ofMinutes(5));
                    Thread.sleep(random.nextInt(500));
                    boolean pending = watch.pending();
                    stream.kill();
                    killedMidRun += progressed && pending ? 1 : 0;
                    LOG.info("kill {}: SIGKILL after {} committed articles, work pending: {}", kill,
                            watch.committedArticles(), pending);
                }
            }
            List<Alert> alerts;
            try (StreamProcess last = StreamProcess.start(bootstrap, work, "stream-last")) {
                watch.awaitDone(Duration.ofMinutes(5));
                try (TopicReader<String, Alert> reader = new TopicReader<>(Topics.ALERTS, clientProps(bootstrap), true)) {
                    alerts = reader.drain();
                }
            }
            watch.close();

            // then
            assertThat(killedMidRun).as("kills that interrupted work in progress").isPositive();
            AlertOutcome actual = AlertOutcome.of(alerts);
            assertThat(actual.duplicates()).isEmpty();
            assertThat(actual.perKey()).isEqualTo(expected.perKey());
        }
    }

    private static Properties clientProps(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return p;
    }
}
