package io.chipwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chipwatch.kafka.ConnectionConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;

class KafkaOptionsTest {

    private static final String CLIENT_FILE = "src/test/resources/kafka/client.properties";

    @Command(name = "probe")
    static final class Probe {
        @Mixin
        KafkaOptions kafka;
    }

    private static ConnectionConfig parse(String... args) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs(args);
        return probe.kafka.toConfig();
    }

    @Test
    void shouldDefaultToAPersistentEmbeddedBrokerOnPort9092() {
        // when
        ConnectionConfig config = parse("--bootstrap-servers", "");

        // then
        assertThat(config.bootstrapServers()).isEmpty();
        assertThat(config.broker().port()).isEqualTo(9092);
        assertThat(config.broker().ephemeral()).isFalse();
        assertThat(config.broker().kafkaDir()).isEqualTo(Path.of("./data/kafka"));
    }

    @Test
    void shouldTakeTheClusterFromTheConfigFileWhenNoFlagNamesOne() {
        // when
        ConnectionConfig config = parse("--bootstrap-servers", "", "--config", CLIENT_FILE);

        // then
        assertThat(config.bootstrapServers()).contains("kafka-1.example.net:9093");
        assertThat(config.clientProperties()).containsEntry("producer.compression.type", "zstd");
    }

    @Test
    void shouldPreferTheFlagOverTheConfigFile() {
        // when
        ConnectionConfig config = parse("--bootstrap-servers", "broker:9092", "--config", CLIENT_FILE);

        // then
        assertThat(config.bootstrapServers()).contains("broker:9092");
    }

    @Test
    void shouldReportAMissingConfigFileAsAUserError() {
        assertThatThrownBy(() -> parse("--config", "no/such/client.properties"))
                .isInstanceOf(UserError.class)
                .hasMessage("Kafka config file no/such/client.properties not found");
    }

    @Test
    void shouldRejectAPortOutOfRange() {
        assertThatThrownBy(() -> parse("--broker-port", "70000"))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("--broker-port");
    }
}
