package io.chipwatch.kafka;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.storage.internals.log.LogConfig;

/**
 * One topic file as Jackson reads it. Each setter validates its own value, so Jackson reports a
 * bad value with the line it sits on; {@link #toSpec()} then checks what is missing.
 */
final class TopicFile {

    private static final Pattern TOPIC_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
    private static final Set<String> CLEANUP_POLICIES = Set.of("delete", "compact", "compact,delete", "delete,compact");
    /** Written as the {@code cleanup} and {@code retention} fields, so that each has one place. */
    private static final Set<String> DEDICATED_KEYS =
            Set.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.RETENTION_MS_CONFIG);

    private String name;
    private Integer partitions;
    private Short replication;
    private String cleanup;
    private String retentionMs;
    private final Map<String, String> configs = new LinkedHashMap<>();

    @JsonProperty("name")
    void setName(String name) {
        if (name == null || !TOPIC_NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("name must be a Kafka topic name (letters, digits, '.', '_', '-'), got '" + name + "'");
        }
        this.name = name;
    }

    @JsonProperty("partitions")
    void setPartitions(int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
        this.partitions = partitions;
    }

    @JsonProperty("replication")
    void setReplication(int replication) {
        if (replication < 1 || replication > Short.MAX_VALUE) {
            throw new IllegalArgumentException("replication must be at least 1, got " + replication);
        }
        this.replication = (short) replication;
    }

    @JsonProperty("cleanup")
    void setCleanup(String cleanup) {
        String policy = cleanup == null ? "" : cleanup.replace(" ", "");
        if (!CLEANUP_POLICIES.contains(policy)) {
            throw new IllegalArgumentException("cleanup must be delete, compact or compact,delete, got '" + cleanup + "'");
        }
        this.cleanup = policy;
    }

    @JsonProperty("retention")
    void setRetention(String retention) {
        this.retentionMs = Retention.toMillis(retention == null ? "" : retention);
    }

    @JsonProperty("configs")
    void setConfigs(Configs configs) {
        this.configs.putAll(configs.values);
    }

    /** The {@code configs} block, checked entry by entry so an error points at the entry's line. */
    @JsonDeserialize(using = ConfigsReader.class)
    static final class Configs {
        private final Map<String, String> values = new LinkedHashMap<>();

        void put(String key, String value) {
            if (DEDICATED_KEYS.contains(key)) {
                throw new IllegalArgumentException(key + " belongs in the 'cleanup' or 'retention' field, not in configs");
            }
            if (!LogConfig.configNames().contains(key)) {
                throw new IllegalArgumentException("'" + key + "' is not a Kafka topic config");
            }
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("config '" + key + "' has no value");
            }
            values.put(key, value.strip());
        }
    }

    /** Reads {@link Configs} token by token, reporting each bad entry where the parser stands. */
    static final class ConfigsReader extends StdDeserializer<Configs> {
        ConfigsReader() {
            super(Configs.class);
        }

        @Override
        public Configs deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartObjectToken()) {
                throw JsonMappingException.from(p, "configs must map config names to values");
            }
            Configs configs = new Configs();
            for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
                if (!p.nextToken().isScalarValue()) {
                    throw JsonMappingException.from(p, "config '" + key + "' must be a single value");
                }
                try {
                    configs.put(key, p.getValueAsString());
                } catch (IllegalArgumentException e) {
                    throw JsonMappingException.from(p, e.getMessage(), e);
                }
            }
            return configs;
        }
    }

    /** The spec, or the list of what the file lacks. */
    TopicSpec toSpec() {
        List<String> missing = new ArrayList<>();
        addIfNull(missing, name, "name");
        addIfNull(missing, partitions, "partitions");
        addIfNull(missing, replication, "replication");
        addIfNull(missing, cleanup, "cleanup");
        addIfNull(missing, retentionMs, "retention");
        if (!missing.isEmpty()) {
            throw new IllegalStateException("missing " + String.join(", ", missing));
        }
        Map<String, String> all = new LinkedHashMap<>(configs);
        all.put(TopicConfig.CLEANUP_POLICY_CONFIG, cleanup);
        all.put(TopicConfig.RETENTION_MS_CONFIG, retentionMs);
        return new TopicSpec(name, partitions, replication, all);
    }

    private static void addIfNull(List<String> missing, Object value, String field) {
        if (value == null) {
            missing.add(field);
        }
    }
}
