/**
 * The Kafka Streams topology that wires the stages together, and its processors.
 */
package io.chipwatch.stream;
