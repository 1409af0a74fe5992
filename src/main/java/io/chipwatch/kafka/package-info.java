/**
 * Kafka plumbing: topic constants with their serdes, the JSON serde, topic specs and the embedded KRaft broker.
 */
package io.chipwatch.kafka;
