package io.chipwatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicSpecsTest {

    private static final Path REPO_TOPICS = Path.of("topics");
    private static final Path INVALID = Path.of("src/test/resources/topics-invalid");
    /** Declared for the feed registry, whose record type lives with the fetchers. */
    private static final String FEEDS = "chipwatch.feeds";

    @Test
    void shouldDeclareEveryTopicConstantAndNothingElse() {
        // given
        Set<String> constants = Topics.ALL.stream().map(Topic::name).collect(Collectors.toSet());

        // when
        Set<String> specs = TopicSpecs.load(REPO_TOPICS).stream().map(TopicSpec::name).collect(Collectors.toSet());

        // then
        assertThat(specs).containsAll(constants);
        assertThat(specs).containsExactlyInAnyOrderElementsOf(union(constants, FEEDS));
    }

    @Test
    void shouldReadTheAlertsTopicAsCompactedAndKeptForever() {
        // when
        TopicSpec alerts = TopicSpecs.loadFile(REPO_TOPICS.resolve("chipwatch.alerts.yaml"));

        // then
        assertThat(alerts.cleanupPolicy()).isEqualTo("compact");
        assertThat(alerts.retention()).isEmpty();
        assertThat(alerts.replicationFactor()).isEqualTo((short) 1);
        assertThat(alerts.configs())
                .containsEntry("retention.ms", "-1")
                .containsEntry("min.compaction.lag.ms", "3600000");
    }

    @Test
    void shouldTurnDaysIntoRetentionMillis() {
        // when
        TopicSpec articles = TopicSpecs.loadFile(REPO_TOPICS.resolve("chipwatch.articles.yaml"));

        // then
        assertThat(articles.retention()).contains(Duration.ofDays(30));
        assertThat(articles.configs()).containsEntry("retention.ms", "2592000000");
    }

    @Test
    void shouldRaiseTheReplicationFactorForARealCluster() {
        // given
        TopicSpec signals = TopicSpecs.loadFile(REPO_TOPICS.resolve("chipwatch.signals.yaml"));

        // when
        TopicSpec onThree = signals.withReplicationFactor((short) 3);

        // then
        assertThat(onThree.newTopic().replicationFactor()).isEqualTo((short) 3);
        assertThat(onThree.newTopic().configs()).isEqualTo(signals.configs());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            zero-partitions.yaml | line 3: partitions must be at least 1, got 0
            misspelt-field.yaml  | line 5: unknown field 'retension'
            unknown-config.yaml  | line 7: 'min.compaction.lag' is not a Kafka topic config
            bad-retention.yaml   | line 5: retention must be 'forever' or a number with a unit
            not-a-number.yaml    | line 2:
            missing-fields.yaml  | missing-fields.yaml: missing replication, cleanup, retention
            wrong-name.yaml      | declares topic chipwatch.alerts but the file is named for wrong-name
            """)
    void shouldNameTheFileAndLineOfAnInvalidSpec(String file, String expected) {
        assertThatThrownBy(() -> TopicSpecs.loadFile(INVALID.resolve(file)))
                .isInstanceOf(TopicSpecException.class)
                .hasMessageStartingWith(INVALID.resolve(file).toString())
                .hasMessageContaining(expected);
    }

    @Test
    void shouldRefuseADirectoryWithoutSpecs() {
        assertThatThrownBy(() -> TopicSpecs.load(Path.of("src/main/java")))
                .isInstanceOf(TopicSpecException.class)
                .hasMessage("no topic spec (*.yaml) in src/main/java");
    }

    @ParameterizedTest
    @CsvSource({"30d, 2592000000, 30d", "36h, 129600000, 36h", "90m, 5400000, 90m", "forever, -1, forever",
            "1500ms, 1500, 1500ms"})
    void shouldWriteRetentionBackTheWayItWasRead(String text, String millis, String formatted) {
        assertThat(Retention.toMillis(text)).isEqualTo(millis);
        assertThat(Retention.format(millis)).isEqualTo(formatted);
    }

    private static Set<String> union(Set<String> names, String extra) {
        return java.util.stream.Stream.concat(names.stream(), List.of(extra).stream()).collect(Collectors.toSet());
    }

    @Test
    void shouldBundleTheSameSpecsInTheJarAsInTheTopicsFolder() {
        // when
        List<TopicSpec> bundled = TopicSpecs.loadBundled();

        // then
        assertThat(bundled).isEqualTo(TopicSpecs.load(Path.of("topics")));
    }
}
