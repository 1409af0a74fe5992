package io.chipwatch.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StreamsSettingsTest {

    @Test
    void shouldCommitEveryIntervalAndCompressLargeBatchesByDefault() {
        // when
        Properties p = settings(new Properties()).toProperties();

        // then
        assertThat(p).containsEntry("processing.guarantee", "exactly_once_v2")
                .containsEntry("commit.interval.ms", 50L)
                .containsEntry("producer.compression.type", "lz4")
                .containsEntry("producer.batch.size", 256 * 1024);
    }

    @Test
    void shouldLetAnOperatorsConfigWin() {
        // given: what a --config file could say
        Properties client = new Properties();
        client.put("commit.interval.ms", "1000");
        client.put("producer.compression.type", "zstd");
        client.put("batch.size", "65536");

        // when
        Properties p = settings(client).toProperties();

        // then
        assertThat(p).containsEntry("commit.interval.ms", "1000")
                .containsEntry("producer.compression.type", "zstd")
                .containsEntry("batch.size", "65536")
                .doesNotContainKey("producer.batch.size")
                .containsEntry("processing.guarantee", "exactly_once_v2");
    }

    private static StreamsSettings settings(Properties client) {
        return new StreamsSettings("chipwatch", Path.of("state"), 1, Duration.ofMillis(50), client);
    }
}
