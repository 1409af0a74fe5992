package io.chipwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.alert.Alert;
import io.chipwatch.alert.AlertStatus;
import io.chipwatch.kafka.BrokerSettings;
import io.chipwatch.kafka.EmbeddedBroker;
import io.chipwatch.kafka.Json;
import java.nio.file.Path;
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
        CommandRun early = replay("src/test/resources/e2e/volume-early.jsonl");
        assertThat(early.exitCode()).as(early.err()).isZero();

        // when
        CommandRun burst = replay("src/test/resources/e2e/volume-burst.jsonl");

        // then
        assertThat(burst.exitCode()).as(burst.err()).isZero();
        List<Alert> alerts = new ArrayList<>();
        for (String line : burst.outLines()) {
            alerts.add(Json.MAPPER.readValue(line, Alert.class));
        }
        assertThat(alerts).singleElement().satisfies(spike -> {
            assertThat(spike.status()).isEqualTo(AlertStatus.SPIKE);
            assertThat(spike.key()).isEqualTo("spike|company:nvidia|2025-12-03");
            assertThat(spike.articleCount()).isBetween(5, 8);
            assertThat(spike.sourceCount()).isEqualTo(4);
        });
        assertThat(burst.err()).contains("SPIKE=1");
    }

    private CommandRun replay(String path) {
        return CommandRun.of("replay", "--bootstrap-servers", broker.bootstrapServers(),
                "--data-dir", dataDir.toString(), "--application-id", "spike-it", "--json", path);
    }
}
