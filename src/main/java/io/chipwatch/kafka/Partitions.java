package io.chipwatch.kafka;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;

/** The partitions of a topic, as a consumer sees them. */
public final class Partitions {

    private static final Duration RETRY = Duration.ofMillis(100);

    private Partitions() {
    }

    /**
     * Waits for the topic's partitions to appear in the consumer's metadata: a topic created a
     * moment ago may not have reached every broker's metadata cache yet, and shows no partitions.
     *
     * @throws TimeoutException if the topic still has none after {@code timeout}
     */
    public static List<TopicPartition> of(Consumer<?, ?> consumer, String topic, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            if (!partitions.isEmpty()) {
                return partitions;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("topic " + topic + " not found; create it with 'chipwatch topics apply'");
            }
            try {
                Thread.sleep(RETRY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TimeoutException("interrupted while waiting for topic " + topic);
            }
        }
    }
}
