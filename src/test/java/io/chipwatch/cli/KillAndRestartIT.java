package io.chipwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.alert.Alert;
import io.chipwatch.alert.AlertStatus;
import io.chipwatch.article.Article;
import io.chipwatch.kafka.ArticlePublisher;
import io.chipwatch.kafka.Json;
import io.chipwatch.kafka.TopicReader;
import io.chipwatch.kafka.Topics;
import io.chipwatch.stream.Progress;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of {@code chipwatch run} (streams and the embedded broker in one process) in
 * the middle of processing, then a restart on the same data dir: the alerts topic, read with
 * read_committed, must hold exactly what a run without a crash produces.
 */
class KillAndRestartIT {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    @TempDir
    Path work;

    @Test
    void shouldLoseNoAlertAndDuplicateNoneWhenRunIsKilledAndRestarted() throws Exception {
        // given: the expected alerts, from a run without a crash
        List<Article> corpus = Corpus.republishedSeeds(200);
        Path input = Corpus.writeJsonLines(corpus, work.resolve("corpus.jsonl"));
        CommandRun clean = CommandRun.of("replay", "--ephemeral", "--broker-port", "0", "--json", input.toString());
        assertThat(clean.exitCode()).as(clean.err()).isZero();
        Map<String, Alert> expected = finalStateByKey(parse(clean.outLines()));
        assertThat(expected).isNotEmpty();

        // when: run is killed with SIGKILL while it processes, then restarted
        int port = freePort();
        Path dataDir = work.resolve("data");
        Process first = startRun(dataDir, port, "first");
        String bootstrap = "127.0.0.1:" + port;
        try (ArticlePublisher publisher = new ArticlePublisher(clientProps(bootstrap))) {
            corpus.forEach(publisher::publish);
            publisher.flush();
        }
        awaitSomeAlerts(bootstrap);
        first.destroyForcibly().waitFor();
        Process second = startRun(dataDir, port, "second");
        try {
            awaitProcessed(bootstrap);
            List<Alert> all;
            try (TopicReader<String, Alert> reader = new TopicReader<>(Topics.ALERTS, clientProps(bootstrap), true)) {
                all = reader.drain();
            }

            // then: the same developments, each raised once, with the same final counts
            assertThat(newAlertsPerEpisode(all)).allSatisfy((episode, count) ->
                    assertThat(count).as("NEW/REVERSAL records of " + episode).isEqualTo(1));
            Map<String, Alert> actual = finalStateByKey(all);
            assertThat(actual.keySet()).isEqualTo(expected.keySet());
            expected.forEach((episode, alert) -> {
                assertThat(actual.get(episode).articleCount()).as(episode).isEqualTo(alert.articleCount());
                assertThat(actual.get(episode).sourceCount()).as(episode).isEqualTo(alert.sourceCount());
            });
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private Process startRun(Path dataDir, int port, String name) throws IOException, InterruptedException {
        Path log = work.resolve(name + ".log");
        Process process = new ProcessBuilder("java", "-Xmx512m", "-jar", Path.of("target/chipwatch.jar").toString(),
                "run", "--no-seeds", "--json", "--data-dir", dataDir.toString(), "--broker-port", String.valueOf(port),
                "--metrics-port", "0")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!Files.readString(log).contains("chipwatch running")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("run did not start:\n" + Files.readString(log));
            }
            Thread.sleep(100);
        }
        return process;
    }

    /** Waits until the first alerts are committed: the pipeline is mid-way, a good time to crash. */
    private static void awaitSomeAlerts(String bootstrap) throws InterruptedException {
        try (TopicReader<String, Alert> reader = new TopicReader<>(Topics.ALERTS, clientProps(bootstrap), true)) {
            long deadline = System.nanoTime() + STARTUP.toNanos();
            while (reader.poll(Duration.ofMillis(100)).isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no alert within " + STARTUP);
                }
            }
        }
    }

    private static void awaitProcessed(String bootstrap) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        try (Progress progress = new Progress(clientProps(bootstrap), "chipwatch")) {
            while (progress.hasPending(List.of(Topics.ARTICLES.name(), Topics.SIGNALS.name()))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("restarted run did not finish processing");
                }
                Thread.sleep(200);
            }
        }
    }

    /**
     * The last record of each key: what a reader of the compacted topic ends up with. The corpus
     * keeps each development within one expiry period, so a key has one episode.
     */
    private static Map<String, Alert> finalStateByKey(List<Alert> alerts) {
        Map<String, Alert> last = new HashMap<>();
        // Volume spikes are left out: in a backfill, which articles arrive too late for their
        // hour depends on how tasks interleave, so a crash may change them (see SpikeBranch).
        alerts.stream().filter(a -> a.status() != AlertStatus.SPIKE).forEach(a -> last.put(a.key(), a));
        return last;
    }

    private static Map<String, Integer> newAlertsPerEpisode(List<Alert> alerts) {
        Map<String, Integer> counts = new HashMap<>();
        alerts.stream().filter(a -> a.status() == AlertStatus.NEW || a.status() == AlertStatus.REVERSAL)
                .forEach(a -> counts.merge(a.key(), 1, Integer::sum));
        return counts;
    }

    private static List<Alert> parse(List<String> lines) throws IOException {
        List<Alert> alerts = new ArrayList<>();
        for (String line : lines) {
            alerts.add(Json.MAPPER.readValue(line, Alert.class));
        }
        return alerts;
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
