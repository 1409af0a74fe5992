package io.chipwatch.stream;

import io.chipwatch.kafka.Partitions;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Whether the streams application has processed everything on its input topics.
 *
 * <p>Comparing committed offsets with end offsets is not enough under exactly-once: a topic
 * written in transactions ends with a commit marker that occupies an offset but is no record, so
 * a fully processed partition can still show a lag of one. Instead this looks for real records
 * after the committed offset, reading with {@code read_committed} as the application does.
 */
public final class Progress implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;

    /**
     * @param consumerProperties connection settings
     * @param applicationId      the streams application, whose committed offsets are read (never written)
     */
    public Progress(Properties consumerProperties, String applicationId) {
        Properties p = new Properties();
        p.putAll(consumerProperties);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, applicationId);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        this.consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Whether any committed record of {@code topics} lies beyond the application's committed offsets. */
    public boolean hasPending(Collection<String> topics) {
        List<TopicPartition> partitions = topics.stream()
                .flatMap(t -> Partitions.of(consumer, t, Duration.ofSeconds(10)).stream())
                .toList();
        consumer.assign(partitions);
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions), Duration.ofSeconds(10));
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata done = committed.get(tp);
            long from = done == null ? 0 : done.offset();
            consumer.seek(tp, Math.min(from, ends.get(tp)));
        }
        List<TopicPartition> behind = partitions.stream()
                .filter(tp -> consumer.position(tp, Duration.ofSeconds(10)) < ends.get(tp))
                .toList();
        if (behind.isEmpty()) {
            return false;
        }
        consumer.assign(behind);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(200));
            if (!records.isEmpty()) {
                return true;
            }
            boolean atEnd = behind.stream().allMatch(tp -> consumer.position(tp) >= ends.get(tp));
            if (atEnd) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
