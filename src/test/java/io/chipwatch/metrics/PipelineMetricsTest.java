package io.chipwatch.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.alert.SpikePolicy;
import io.chipwatch.article.Article;
import io.chipwatch.kafka.Topics;
import io.chipwatch.signal.SignalDetector;
import io.chipwatch.signal.SignalRules;
import io.chipwatch.stream.AlertSettings;
import io.chipwatch.stream.ChipwatchTopology;
import io.chipwatch.stream.StreamsSettings;
import io.chipwatch.tag.Watchlist;
import io.chipwatch.tag.WatchlistSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production topology, reporting to real meters. */
class PipelineMetricsTest {

    private static final Watchlist WATCHLIST = Watchlist.loadDefault();
    private static final SignalDetector DETECTOR = new SignalDetector(SignalRules.loadDefault(), Duration.ofDays(30));
    private static final String BAN = "The US Commerce Department banned sales of Nvidia's H20 chips to China on Monday.";
    private static final Instant WRITTEN = Instant.parse("2025-04-15T08:00:00Z");

    @TempDir
    Path stateDir;

    private final ChipwatchMetrics metrics = new ChipwatchMetrics();
    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> articles;
    private TestInputTopic<byte[], byte[]> rawArticles;

    @BeforeEach
    void startDriver() {
        ChipwatchTopology topology = new ChipwatchTopology(WatchlistSource.of(WATCHLIST), DETECTOR,
                AlertSettings.DEFAULTS, SpikePolicy.defaults(), metrics.pipeline());
        Properties props = new StreamsSettings("chipwatch-test", stateDir, 1, Duration.ofMillis(100), new Properties())
                .toProperties(metrics.pipeline());
        props.put("bootstrap.servers", "unused:9092");
        // The driver's wall clock: the alert is emitted 3 s after the article was written.
        driver = new TopologyTestDriver(topology.build(), props, WRITTEN.plusSeconds(3));
        articles = driver.createInputTopic(Topics.ARTICLES.name(), new StringSerializer(),
                Topics.ARTICLES.valueSerde().serializer());
        rawArticles = driver.createInputTopic(Topics.ARTICLES.name(), new ByteArraySerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void close() {
        driver.close();
        metrics.close();
    }

    @Test
    void shouldCountTaggedArticlesMentionsSignalsAndAlertsByLabel() {
        // given
        Article ban = new Article("a1", "https://reuters.com/a1", "Ban", WRITTEN, "en", "reuters.com", BAN, WRITTEN, null);

        // when
        articles.pipeInput("a1", ban, WRITTEN);

        // then
        assertThat(count(MeterNames.ARTICLES_TAGGED)).isEqualTo(1);
        assertThat(metrics.registry().get(MeterNames.ENTITY_MENTIONS).tag("entity", "chip:nvidia-h20").counter().count())
                .isEqualTo(1);
        assertThat(metrics.registry().get(MeterNames.MENTIONS).tag("type", "CHIP").counter().count()).isEqualTo(1);
        assertThat(metrics.registry().get(MeterNames.SIGNALS).tag("action", "EXPORT_RESTRICTION")
                .tag("background", "false").counter().count()).isEqualTo(1);
        assertThat(metrics.registry().get(MeterNames.ALERTS).tag("status", "NEW").tag("action", "EXPORT_RESTRICTION")
                .tag("actor", "regulator:us-commerce").counter().count()).isEqualTo(1);
        Timer latency = metrics.registry().get(MeterNames.ALERT_LATENCY).timer();
        assertThat(latency.count()).isEqualTo(1);
        assertThat(latency.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(3000);
        assertThat(metrics.registry().find(MeterNames.DLQ_RECORDS).counters()).isEmpty();
    }

    @Test
    void shouldCountRecordsSentToTheDeadLetterTopicByReason() {
        // given
        byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
        Article huge = new Article("a2", null, null, null, null, null, "x ".repeat(600_000), null, null);

        // when
        rawArticles.pipeInput("bad".getBytes(StandardCharsets.UTF_8), garbage);
        articles.pipeInput("a2", huge);

        // then
        assertThat(metrics.registry().get(MeterNames.DLQ_RECORDS).tag("stage", "deserialization").counter().count())
                .isEqualTo(1);
        assertThat(metrics.registry().get(MeterNames.DLQ_RECORDS).tag("stage", "processing")
                .tag("reason", "InvalidRecordException").counter().count()).isEqualTo(1);
        assertThat(count(MeterNames.ARTICLES_TAGGED)).isZero();
    }

    @Test
    void shouldLabelMentionsOnlyWithWatchlistEntities() {
        // given
        Article text = new Article("a3", null, null, WRITTEN, "en", "ft.com",
                "Nvidia and a startup nobody lists, Quuxchip, met Huawei.", WRITTEN, null);

        // when
        articles.pipeInput("a3", text, WRITTEN);

        // then
        assertThat(metrics.registry().find(MeterNames.ENTITY_MENTIONS).counters())
                .extracting(c -> c.getId().getTag("entity"))
                .containsExactlyInAnyOrder("company:nvidia", "company:huawei")
                .allSatisfy(id -> assertThat(WATCHLIST.entities()).anySatisfy(e -> assertThat(e.id()).isEqualTo(id)));
    }

    private double count(String name) {
        Counter counter = metrics.registry().get(name).counter();
        return counter.count();
    }
}
