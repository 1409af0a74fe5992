package io.chipwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipwatch.alert.Alert;
import io.chipwatch.alert.AlertStatus;
import io.chipwatch.kafka.BrokerSettings;
import io.chipwatch.kafka.EmbeddedBroker;
import io.chipwatch.kafka.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A burst of articles about one company, replayed through the real topology on a real broker,
 * raises one volume alert, and {@code replay} waits for the volume branch before it exits.
 */
class VolumeSpikeReplayIT {

    private static EmbeddedBroker broker;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedBroker.start(BrokerSettings.ephemeral(0));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void shouldRaiseOneSpikeForABurstAfterADayOfHistory() throws Exception {
        // given: the entity's history, processed first (one replay waits for the end of its work,
        // so the burst cannot overtake it across partitions)
        // Volume counts only recent news, so the fixtures' dates are moved to just before now,
        // keeping their spacing.
        Duration shift = Duration.between(Instant.parse("2025-12-03T10:00:00Z"),
                Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.HOURS));
        CommandRun early = replay(shifted("volume-early.jsonl", shift));
        assertThat(early.exitCode()).as(early.err()).isZero();

        // when
        CommandRun burst = replay(shifted("volume-burst.jsonl", shift));

        // then
        assertThat(burst.exitCode()).as(burst.err()).isZero();
        List<Alert> alerts = new ArrayList<>();
        for (String line : burst.outLines()) {
            alerts.add(Json.MAPPER.readValue(line, Alert.class));
        }
        assertThat(alerts).singleElement().satisfies(spike -> {
            assertThat(spike.status()).isEqualTo(AlertStatus.SPIKE);
            assertThat(spike.key()).isEqualTo("spike|company:nvidia|"
                    + LocalDate.ofInstant(Instant.parse("2025-12-03T10:00:00Z").plus(shift), ZoneOffset.UTC));
            // The spike is raised at the first commit that sees five or more of the eight articles,
            // which arrive from six partitions in no fixed order; any five of them name at least
            // three of the four outlets.
            assertThat(spike.articleCount()).isBetween(5, 8);
            assertThat(spike.sourceCount()).isBetween(3, 4);
        });
        assertThat(burst.err()).contains("SPIKE=1");
    }

    @Test
    void shouldRaiseNoSpikeWhenOldNewsIsReplayed() {
        // given: the same history and burst, published in December 2025, replayed now
        CommandRun early = replay("src/test/resources/e2e/volume-early.jsonl");
        assertThat(early.exitCode()).as(early.err()).isZero();

        // when
        CommandRun burst = replay("src/test/resources/e2e/volume-burst.jsonl");

        // then
        assertThat(burst.exitCode()).as(burst.err()).isZero();
        assertThat(burst.outLines()).isEmpty();
    }

    /** The fixture with every publication date moved by {@code shift}, as a file of the test. */
    private String shifted(String fixture, Duration shift) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/e2e", fixture))) {
            ObjectNode node = (ObjectNode) Json.MAPPER.readTree(line);
            node.put("published", Instant.parse(node.get("published").asText()).plus(shift).toString());
            node.put("id", node.get("id").asText() + "-now");
            node.put("url", node.get("url").asText() + "-now");
            lines.add(Json.MAPPER.writeValueAsString(node));
        }
        return Files.write(dataDir.resolve(fixture), lines).toString();
    }

    private CommandRun replay(String path) {
        return CommandRun.of("replay", "--bootstrap-servers", broker.bootstrapServers(),
                "--data-dir", dataDir.toString(), "--application-id", "spike-it", "--json", path);
    }
}
