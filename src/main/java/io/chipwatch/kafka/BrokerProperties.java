package io.chipwatch.kafka;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The server configuration of the single-node {@link EmbeddedBroker}. */
final class BrokerProperties {

    static final String CONTROLLER_LISTENER = "CONTROLLER";

    /**
     * Few partitions for the internal topics: a laptop broker needs no more, and fewer partitions
     * start faster. These values must never change for an existing data directory, because the
     * group and transaction coordinators hash ids onto this many partitions.
     */
    private static final String INTERNAL_TOPIC_PARTITIONS = "5";

    private BrokerProperties() {
    }

    static Map<String, Object> of(int nodeId, String host, int port, int controllerPort, Path kafkaDir) {
        Map<String, Object> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(nodeId));
        // A static voter set: the controller port may differ from one run to the next.
        props.put("controller.quorum.voters", nodeId + "@" + host + ":" + controllerPort);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("listeners", "PLAINTEXT://" + host + ":" + port + "," + CONTROLLER_LISTENER + "://" + host + ":" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", kafkaDir.toAbsolutePath().toString());

        // Topics come from topics/, never from a typo in a producer.
        props.put("auto.create.topics.enable", "false");
        // One node: every internal topic has a single replica, or exactly-once cannot start.
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", INTERNAL_TOPIC_PARTITIONS);
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", INTERNAL_TOPIC_PARTITIONS);
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        // Consumers and Streams instances join at once instead of waiting 3 s for peers.
        props.put("group.initial.rebalance.delay.ms", "0");
        return props;
    }
}
