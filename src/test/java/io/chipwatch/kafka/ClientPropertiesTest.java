package io.chipwatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ClientPropertiesTest {

    private static final Map<String, String> FILE = Map.of(
            "security.protocol", "SASL_SSL",
            "producer.compression.type", "zstd",
            "consumer.max.poll.records", "100",
            "admin.request.timeout.ms", "60000",
            "streams.num.stream.threads", "4",
            "main.consumer.fetch.min.bytes", "1024");

    @Test
    void shouldGiveTheProducerTheCommonKeysAndItsOwnWithoutPrefix() {
        // when
        Properties producer = ClientProperties.forClient(FILE, "producer.");

        // then
        assertThat(producer).containsOnly(
                entry("security.protocol", "SASL_SSL"),
                entry("compression.type", "zstd"));
    }

    @Test
    void shouldKeepStreamsOnlyKeysAwayFromThePlainConsumer() {
        // when
        Properties consumer = ClientProperties.forClient(FILE, "consumer.");

        // then
        assertThat(consumer).containsOnly(
                entry("security.protocol", "SASL_SSL"),
                entry("max.poll.records", "100"));
    }

    @Test
    void shouldLeaveClientPrefixesToStreamsAndStripItsOwn() {
        // when
        Properties streams = ClientProperties.forStreams(FILE);

        // then
        assertThat(streams).containsOnly(
                entry("security.protocol", "SASL_SSL"),
                entry("num.stream.threads", "4"),
                entry("producer.compression.type", "zstd"),
                entry("consumer.max.poll.records", "100"),
                entry("admin.request.timeout.ms", "60000"),
                entry("main.consumer.fetch.min.bytes", "1024"));
    }

    @Test
    void shouldPutTheConnectedAddressOverTheFileOne() {
        // given
        ConnectionConfig config = new ConnectionConfig(java.util.Optional.of("127.0.0.1:19092"),
                Map.of("bootstrap.servers", "elsewhere:9092"), BrokerSettings.ephemeral(0));

        // when
        try (KafkaConnection connection = KafkaConnection.open(config)) {

            // then
            assertThat(connection.embedded()).isFalse();
            assertThat(connection.adminProperties()).containsEntry("bootstrap.servers", "127.0.0.1:19092");
        }
    }
}
