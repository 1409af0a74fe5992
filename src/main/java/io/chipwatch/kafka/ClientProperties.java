package io.chipwatch.kafka;

import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Splits one Kafka properties file between client types, the way Kafka Connect and Kafka Streams
 * read theirs: a key prefixed {@code admin.}, {@code producer.} or {@code consumer.} applies to
 * that client only (prefix removed); {@code streams.} and the Streams-only consumer prefixes
 * ({@code main.consumer.}, {@code restore.consumer.}, {@code global.consumer.}) apply to Kafka
 * Streams only; every other key applies to all clients.
 */
public final class ClientProperties {

    private static final List<String> CLIENT_PREFIXES = List.of("admin.", "producer.", "consumer.");
    private static final List<String> STREAMS_ONLY_PREFIXES =
            List.of("streams.", "main.consumer.", "restore.consumer.", "global.consumer.");

    private ClientProperties() {
    }

    /** Settings for an admin, producer or consumer: {@code prefix} is {@code admin.} and so on. */
    public static Properties forClient(Map<String, String> all, String prefix) {
        if (!CLIENT_PREFIXES.contains(prefix)) {
            throw new IllegalArgumentException("unknown client prefix " + prefix);
        }
        Properties props = common(all);
        all.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                props.setProperty(key.substring(prefix.length()), value);
            }
        });
        return props;
    }

    /**
     * Settings for Kafka Streams: the common keys, {@code streams.} keys without their prefix, and
     * the client prefixes as they are, because {@code StreamsConfig} routes those itself.
     */
    public static Properties forStreams(Map<String, String> all) {
        Properties props = common(all);
        all.forEach((key, value) -> {
            if (key.startsWith("streams.")) {
                props.setProperty(key.substring("streams.".length()), value);
            } else if (isPrefixed(key)) {
                props.setProperty(key, value);
            }
        });
        return props;
    }

    static Properties common(Map<String, String> all) {
        Properties props = new Properties();
        all.forEach((key, value) -> {
            if (!isPrefixed(key)) {
                props.setProperty(key, value);
            }
        });
        return props;
    }

    private static boolean isPrefixed(String key) {
        return CLIENT_PREFIXES.stream().anyMatch(key::startsWith)
                || STREAMS_ONLY_PREFIXES.stream().anyMatch(key::startsWith);
    }
}
