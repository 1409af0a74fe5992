package io.chipwatch.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.alert.Alert;
import io.chipwatch.alert.AlertStatus;
import io.chipwatch.article.Article;
import io.chipwatch.kafka.Topics;
import io.chipwatch.signal.Action;
import io.chipwatch.signal.PolicySignal;
import io.chipwatch.signal.SignalDetector;
import io.chipwatch.signal.SignalRules;
import io.chipwatch.tag.TaggedArticle;
import io.chipwatch.tag.Watchlist;
import io.chipwatch.tag.WatchlistSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChipwatchTopologyTest {

    private static final Watchlist WATCHLIST = Watchlist.loadDefault();
    private static final SignalDetector DETECTOR = new SignalDetector(SignalRules.loadDefault(), Duration.ofDays(30));

    private static final String BAN = "The US Commerce Department banned sales of Nvidia's H20 chips to China on Monday.";
    private static final String EASING = "The US Commerce Department lifted the ban on sales of Nvidia's H20 chips to China on Monday.";

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> articles;
    private TestInputTopic<byte[], byte[]> rawArticles;
    private TestOutputTopic<String, TaggedArticle> tagged;
    private TestOutputTopic<String, PolicySignal> signals;
    private TestOutputTopic<String, Alert> alerts;
    private TestOutputTopic<byte[], byte[]> dlq;

    @BeforeEach
    void startDriver() {
        ChipwatchTopology topology = new ChipwatchTopology(WatchlistSource.of(WATCHLIST), DETECTOR,
                AlertSettings.DEFAULTS);
        StreamsSettings settings = new StreamsSettings("chipwatch-test", stateDir, 1, Duration.ofMillis(100),
                new Properties());
        Properties props = settings.toProperties();
        props.put("bootstrap.servers", "unused:9092");
        driver = new TopologyTestDriver(topology.build(), props);
        articles = driver.createInputTopic(Topics.ARTICLES.name(), new StringSerializer(),
                Topics.ARTICLES.valueSerde().serializer());
        rawArticles = driver.createInputTopic(Topics.ARTICLES.name(), new ByteArraySerializer(), new ByteArraySerializer());
        tagged = driver.createOutputTopic(Topics.ARTICLES_TAGGED.name(), Topics.ARTICLES_TAGGED.keySerde().deserializer(),
                Topics.ARTICLES_TAGGED.valueSerde().deserializer());
        signals = driver.createOutputTopic(Topics.SIGNALS.name(), Topics.SIGNALS.keySerde().deserializer(),
                Topics.SIGNALS.valueSerde().deserializer());
        alerts = driver.createOutputTopic(Topics.ALERTS.name(), Topics.ALERTS.keySerde().deserializer(),
                Topics.ALERTS.valueSerde().deserializer());
        dlq = driver.createOutputTopic(Topics.DLQ.name(), Topics.DLQ.keySerde().deserializer(),
                Topics.DLQ.valueSerde().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldTagAnArticleOnceWhenItArrivesTwice() {
        // given
        Article article = article("a1", "reuters.com", "2025-04-15", BAN);

        // when
        articles.pipeInput(article.id(), article);
        articles.pipeInput(article.id(), article);

        // then
        List<TaggedArticle> out = tagged.readValuesToList();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).mentions()).extracting(m -> m.entity())
                .contains("regulator:us-commerce", "company:nvidia", "chip:nvidia-h20");
        assertThat(alerts.readValuesToList()).hasSize(1);
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void shouldRaiseOneAlertWhenThreeOutletsReportTheSameBan() {
        // given
        Article first = article("a1", "reuters.com", "2025-04-15", BAN);
        Article second = article("a2", "ft.com", "2025-04-16", BAN);
        Article third = article("a3", "lemonde.fr", "2025-04-16",
                "Le Département du Commerce américain a interdit les ventes de puces H20 de Nvidia à la Chine.");

        // when
        List.of(first, second, third).forEach(a -> articles.pipeInput(a.id(), a));

        // then
        List<Alert> out = alerts.readValuesToList();
        assertThat(out).extracting(Alert::status)
                .containsExactly(AlertStatus.NEW, AlertStatus.UPDATED, AlertStatus.UPDATED);
        Alert last = out.get(2);
        assertThat(last.key()).isEqualTo("regulator:us-government|EXPORT_RESTRICTION|chip:nvidia-h20");
        assertThat(last.articleCount()).isEqualTo(3);
        assertThat(last.sourceCount()).isEqualTo(3);
        assertThat(last.evidence()).isEqualTo(BAN);
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldRaiseAReversalWhenAnEasingFollowsABan() {
        // given
        Article ban = article("a1", "reuters.com", "2025-04-15", BAN);
        Article easing = article("a2", "reuters.com", "2025-07-15", EASING);

        // when
        articles.pipeInput(ban.id(), ban);
        articles.pipeInput(easing.id(), easing);

        // then
        List<Alert> out = alerts.readValuesToList();
        assertThat(out).extracting(Alert::status, Alert::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AlertStatus.NEW, Action.EXPORT_RESTRICTION),
                org.assertj.core.groups.Tuple.tuple(AlertStatus.REVERSAL, Action.EXPORT_EASING));
    }

    @Test
    void shouldSkipGarbageAndStillAlertOnTheNextGoodRecord() {
        // given: TopologyTestDriver does not pass deserialization failures to the dead-letter
        // topic (it has no record collector at that point), so that it lands there is shown on a
        // real broker by SeedsEndToEndIT; here: garbage harms nothing and the next record alerts.
        byte[] garbage = "{\"text\": oops".getBytes(StandardCharsets.UTF_8);
        byte[] wrongType = "{\"text\": 42}".getBytes(StandardCharsets.UTF_8);
        Article good = article("a1", "reuters.com", "2025-04-15", BAN);

        // when
        rawArticles.pipeInput("bad-1".getBytes(StandardCharsets.UTF_8), garbage);
        rawArticles.pipeInput("bad-2".getBytes(StandardCharsets.UTF_8), wrongType);
        articles.pipeInput(good.id(), good);

        // then
        assertThat(tagged.readValuesToList()).extracting(t -> t.article().id()).containsExactly("a1");
        assertThat(alerts.readValuesToList()).extracting(Alert::status).containsExactly(AlertStatus.NEW);
    }

    @Test
    void shouldSendAnArticleTooLargeToProcessToTheDeadLetterTopic() {
        // given
        Article huge = article("a1", "reuters.com", "2025-04-15", BAN + " x".repeat(600_000));
        Article good = article("a2", "reuters.com", "2025-04-15", BAN);

        // when
        articles.pipeInput(huge.id(), huge);
        articles.pipeInput(good.id(), good);

        // then
        List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
        assertThat(dead).hasSize(1);
        assertThat(new String(dead.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("a1");
        assertThat(header(dead.get(0), "__streams.errors.message")).contains("limit is");
        assertThat(header(dead.get(0), "__streams.errors.exception")).contains("InvalidRecordException");
        assertThat(tagged.readValuesToList()).extracting(t -> t.article().id()).containsExactly("a2");
    }

    @Test
    void shouldSendAnArticleWithoutKeyToTheDeadLetterTopic() {
        // given
        Article keyless = article("a1", "reuters.com", "2025-04-15", BAN);

        // when
        articles.pipeInput((String) null, keyless);

        // then
        List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
        assertThat(dead).hasSize(1);
        assertThat(header(dead.get(0), "__streams.errors.message")).contains("no key");
        assertThat(tagged.isEmpty()).isTrue();
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldKeepBackgroundSignalsOutOfAlerts() {
        // given: a December article restating the 2022 ban
        Article history = article("a1", "lemonde.fr", "2025-12-16",
                "La politique de Biden a poursuivi sur cette lancée, interdisant en 2022 l’exportation de puces "
                        + "d’IA avancées de Nvidia en Chine.");

        // when
        articles.pipeInput(history.id(), history);

        // then
        assertThat(signals.readValuesToList()).allMatch(PolicySignal::background);
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldTagWithAWatchlistPublishedWhileRunning() throws Exception {
        // given: a watchlist that also knows a new chip
        String yaml = Files.readString(Path.of("seeds/watchlist.yaml")) + """

                  - id: chip:acme-x9
                    type: CHIP
                    name: Acme X9
                    vendor: company:nvidia
                    family: Acme
                    aliases:
                      any: [Acme X9]
                """;
        Article before = article("a1", "reuters.com", "2025-04-15", "Shipments of the Acme X9 began on Monday.");
        Article after = article("a2", "reuters.com", "2025-04-15", "Shipments of the Acme X9 resumed on Tuesday.");
        TestInputTopic<String, String> watchlistTopic = driver.createInputTopic(Topics.WATCHLIST.name(),
                new StringSerializer(), new StringSerializer());

        // when
        articles.pipeInput(before.id(), before);
        watchlistTopic.pipeInput(Topics.WATCHLIST_KEY, yaml);
        articles.pipeInput(after.id(), after);

        // then
        List<TaggedArticle> out = tagged.readValuesToList();
        assertThat(out.get(0).mentions()).extracting(m -> m.entity()).doesNotContain("chip:acme-x9");
        assertThat(out.get(1).mentions()).extracting(m -> m.entity()).contains("chip:acme-x9");
    }

    @Test
    void shouldKeepTheWatchlistInForceWhenABrokenOneIsPublished() {
        // given
        TestInputTopic<String, String> watchlistTopic = driver.createInputTopic(Topics.WATCHLIST.name(),
                new StringSerializer(), new StringSerializer());
        Article article = article("a1", "reuters.com", "2025-04-15", BAN);

        // when
        watchlistTopic.pipeInput(Topics.WATCHLIST_KEY, "entities: [ {id: broken");
        articles.pipeInput(article.id(), article);

        // then
        assertThat(tagged.readValuesToList().get(0).mentions()).extracting(m -> m.entity())
                .contains("regulator:us-commerce", "chip:nvidia-h20");
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Article article(String id, String source, String date, String text) {
        return new Article(id, "https://" + source + "/" + id, "Title " + id,
                Instant.parse(date + "T08:00:00Z"), "en", source, text, null, null);
    }
}
