package io.chipwatch.cli;

import io.chipwatch.alert.Alert;
import io.chipwatch.article.Article;
import io.chipwatch.kafka.Topics;
import io.chipwatch.signal.SignalDetector;
import io.chipwatch.signal.SignalRules;
import io.chipwatch.stream.AlertSettings;
import io.chipwatch.stream.ChipwatchTopology;
import io.chipwatch.stream.StreamsSettings;
import io.chipwatch.tag.Watchlist;
import io.chipwatch.tag.WatchlistSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The alerts the production topology raises for a list of articles when nothing goes wrong,
 * computed without a broker: the reference that fault tests compare a crashed run against.
 * Uses the same defaults as the commands (seed watchlist and rules, 30-day horizons).
 */
final class CleanRun {

    private CleanRun() {
    }

    static List<Alert> alertsOf(List<Article> articles, Path stateDir) {
        ChipwatchTopology topology = new ChipwatchTopology(WatchlistSource.of(Watchlist.loadDefault()),
                new SignalDetector(SignalRules.loadDefault(), Duration.ofDays(30)), AlertSettings.DEFAULTS);
        Properties props = new StreamsSettings("chipwatch-clean-run", stateDir, 1, Duration.ofMillis(100),
                new Properties()).toProperties();
        props.put("bootstrap.servers", "unused:9092");
        try (TopologyTestDriver driver = new TopologyTestDriver(topology.build(), props)) {
            TestInputTopic<String, Article> input = driver.createInputTopic(Topics.ARTICLES.name(),
                    new StringSerializer(), Topics.ARTICLES.valueSerde().serializer());
            articles.forEach(a -> input.pipeInput(a.id(), a));
            return driver.createOutputTopic(Topics.ALERTS.name(), Topics.ALERTS.keySerde().deserializer(),
                    Topics.ALERTS.valueSerde().deserializer()).readValuesToList();
        }
    }
}
