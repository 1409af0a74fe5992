package io.chipwatch.kafka;

import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;

/**
 * A topic as it exists on the cluster.
 *
 * @param name              the topic name
 * @param partitions        its partition count
 * @param replicationFactor replicas of its first partition
 * @param configs           the effective value of every topic config, defaults included
 * @param overrides         the configs set on the topic itself rather than inherited
 */
public record TopicState(String name, int partitions, int replicationFactor, Map<String, String> configs,
        Map<String, String> overrides) {

    public TopicState {
        configs = Map.copyOf(configs);
        overrides = Map.copyOf(overrides);
    }

    public String cleanupPolicy() {
        return configs.getOrDefault(TopicConfig.CLEANUP_POLICY_CONFIG, "-");
    }

    /** Retention the way topic files write it: {@code 30d}, {@code forever}. */
    public String retention() {
        return Retention.format(configs.get(TopicConfig.RETENTION_MS_CONFIG));
    }
}
