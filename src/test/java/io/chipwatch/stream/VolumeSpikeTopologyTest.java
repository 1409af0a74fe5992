package io.chipwatch.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.alert.Alert;
import io.chipwatch.alert.AlertStatus;
import io.chipwatch.article.Article;
import io.chipwatch.kafka.Topics;
import io.chipwatch.signal.Action;
import io.chipwatch.signal.SignalDetector;
import io.chipwatch.signal.SignalRules;
import io.chipwatch.tag.Watchlist;
import io.chipwatch.tag.WatchlistSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The volume branch of the production topology, driven by article publication times. */
class VolumeSpikeTopologyTest {

    private static final Watchlist WATCHLIST = Watchlist.loadDefault();
    private static final SignalDetector DETECTOR = new SignalDetector(SignalRules.loadDefault(), Duration.ofDays(30));
    /** Names Nvidia and states no policy action, so only the volume branch can alert on it. */
    private static final String MARKET_NEWS = "Nvidia shares closed higher on Tuesday after a quiet session.";
    private static final Instant DAY_ONE = Instant.parse("2025-12-01T00:00:00Z");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> articles;
    private TestOutputTopic<String, Alert> alerts;
    private int sequence;

    @BeforeEach
    void startDriver() {
        ChipwatchTopology topology = new ChipwatchTopology(WatchlistSource.of(WATCHLIST), DETECTOR,
                AlertSettings.DEFAULTS);
        Properties props = new StreamsSettings("chipwatch-test", stateDir, 1, Duration.ofMillis(100),
                new Properties()).toProperties();
        props.put("bootstrap.servers", "unused:9092");
        driver = new TopologyTestDriver(topology.build(), props);
        articles = driver.createInputTopic(Topics.ARTICLES.name(), new StringSerializer(),
                Topics.ARTICLES.valueSerde().serializer());
        alerts = driver.createOutputTopic(Topics.ALERTS.name(), Topics.ALERTS.keySerde().deserializer(),
                Topics.ALERTS.valueSerde().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldRaiseOneSpikeWhenMentionsBurstAboveTheBaseline() {
        // given: one article every three hours for two days
        publishEvery(Duration.ofHours(3), DAY_ONE, DAY_ONE.plus(Duration.ofDays(2)));

        // when: twelve articles in half an hour on the third day
        Instant burst = DAY_ONE.plus(Duration.ofDays(2)).plus(Duration.ofHours(9));
        publishEvery(Duration.ofMinutes(2), burst, burst.plus(Duration.ofMinutes(24)));

        // then
        List<Alert> out = alerts.readValuesToList();
        assertThat(out).hasSize(1);
        Alert spike = out.get(0);
        assertThat(spike.key()).isEqualTo("spike|company:nvidia|2025-12-03");
        assertThat(spike.status()).isEqualTo(AlertStatus.SPIKE);
        assertThat(spike.action()).isEqualTo(Action.OTHER);
        assertThat(spike.actor().id()).isEqualTo("company:nvidia");
        assertThat(spike.articleCount()).isGreaterThanOrEqualTo(5);
        assertThat(spike.headline()).startsWith("Unusual volume: " + spike.articleCount() + " mentions of Nvidia in the last hour (baseline 0.3 ± 0.5)");
        assertThat(spike.articles()).isNotEmpty();
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldNotRaiseASecondSpikeForTheSameEntityTheSameDay() {
        // given
        publishEvery(Duration.ofHours(3), DAY_ONE, DAY_ONE.plus(Duration.ofDays(2)));
        Instant morning = DAY_ONE.plus(Duration.ofDays(2)).plus(Duration.ofHours(9));
        publishEvery(Duration.ofMinutes(2), morning, morning.plus(Duration.ofMinutes(24)));

        // when: a bigger burst in the afternoon, and another the next morning
        Instant afternoon = morning.plus(Duration.ofHours(6));
        publishEvery(Duration.ofMinutes(1), afternoon, afternoon.plus(Duration.ofMinutes(30)));
        Instant nextMorning = morning.plus(Duration.ofDays(1));
        publishEvery(Duration.ofMinutes(1), nextMorning, nextMorning.plus(Duration.ofMinutes(40)));

        // then
        assertThat(alerts.readValuesToList()).extracting(Alert::key)
                .containsExactly("spike|company:nvidia|2025-12-03", "spike|company:nvidia|2025-12-04");
    }

    @Test
    void shouldRaiseNothingOnSteadyVolume() {
        // given / when: six articles an hour, every hour, for three days
        publishEvery(Duration.ofMinutes(10), DAY_ONE, DAY_ONE.plus(Duration.ofDays(3)));

        // then
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldRaiseNothingBeforeAnEntityHasADayOfHistory() {
        // given / when: the first articles ever seen about Nvidia come in a burst
        publishEvery(Duration.ofMinutes(2), DAY_ONE, DAY_ONE.plus(Duration.ofMinutes(40)));

        // then
        assertThat(alerts.isEmpty()).isTrue();
    }

    private void publishEvery(Duration step, Instant from, Instant until) {
        for (Instant t = from; t.isBefore(until); t = t.plus(step)) {
            String id = "n" + sequence++;
            Article article = new Article(id, "https://news.example/" + id, "Markets " + id, t, "en",
                    "outlet" + (sequence % 4) + ".example", MARKET_NEWS, null, null);
            articles.pipeInput(id, article, t);
        }
    }
}
