package io.chipwatch.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * What a topic should look like, as declared in a file under {@code topics/}.
 *
 * @param name              the topic name
 * @param partitions        at least 1
 * @param replicationFactor at least 1; 1 in the files, raised at apply time for a real cluster
 * @param configs           every topic config the spec sets, {@code cleanup.policy} and
 *                          {@code retention.ms} included; anything else keeps the broker default
 */
public record TopicSpec(String name, int partitions, short replicationFactor, Map<String, String> configs) {

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        if (partitions < 1 || replicationFactor < 1) {
            throw new IllegalArgumentException(name + ": partitions and replication factor must be at least 1");
        }
        configs = Map.copyOf(configs);
    }

    /** The same topic with another replication factor: the files say 1, a cluster of three wants 3. */
    public TopicSpec withReplicationFactor(short replicationFactor) {
        return new TopicSpec(name, partitions, replicationFactor, configs);
    }

    /** {@code delete}, {@code compact} or both. */
    public String cleanupPolicy() {
        return configs.getOrDefault(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
    }

    /** How long records are kept; empty means forever. */
    public Optional<Duration> retention() {
        return Retention.parseMillis(configs.get(TopicConfig.RETENTION_MS_CONFIG));
    }

    /** The admin request that creates this topic. */
    public NewTopic newTopic() {
        return new NewTopic(name, partitions, replicationFactor).configs(new TreeMap<>(configs));
    }
}
