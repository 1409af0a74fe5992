/**
 * Kafka plumbing: topic constants with their serdes, the JSON serde, the connection every command
 * shares ({@link io.chipwatch.kafka.KafkaConnection}: a given cluster or the embedded single-node
 * KRaft {@link io.chipwatch.kafka.EmbeddedBroker}), and topics as code ({@link
 * io.chipwatch.kafka.TopicSpecs} reads {@code topics/}, {@link io.chipwatch.kafka.TopicApplier}
 * makes the cluster match).
 */
package io.chipwatch.kafka;
