package io.chipwatch.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;

/**
 * Reads a topic as a user does: every partition, {@code read_committed} (only records of
 * committed transactions, never one that a crash rolled back), no consumer group (reading never
 * moves anybody's offsets).
 */
public final class TopicReader<K, V> implements AutoCloseable {

    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaConsumer<K, V> consumer;
    private final List<TopicPartition> partitions;

    /** @param fromBeginning read the records already on the topic, or only those to come */
    public TopicReader(Topic<K, V> topic, Properties consumerProperties, boolean fromBeginning) {
        Properties p = new Properties();
        p.putAll(consumerProperties);
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = new KafkaConsumer<>(p, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        this.partitions = Partitions.of(consumer, topic.name(), METADATA_TIMEOUT);
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
        // Resolve positions now, so "from the end" means the end as of construction.
        partitions.forEach(tp -> consumer.position(tp, METADATA_TIMEOUT));
    }

    /** The values that arrived within {@code timeout}, possibly none. Unreadable records are skipped. */
    public List<V> poll(Duration timeout) {
        List<V> values = new ArrayList<>();
        try {
            for (ConsumerRecord<K, V> record : consumer.poll(timeout)) {
                if (record.value() != null) {
                    values.add(record.value());
                }
            }
        } catch (RecordDeserializationException e) {
            // Not the reader's to fix: step over the bad record so that one cannot block it.
            consumer.seek(e.topicPartition(), e.offset() + 1);
        }
        return values;
    }

    /** Reads until everything committed so far is read. */
    public List<V> drain() {
        List<V> values = new ArrayList<>();
        do {
            values.addAll(poll(Duration.ofMillis(100)));
        } while (!atEnd());
        return values;
    }

    /** Whether everything committed so far has been read. */
    public boolean atEnd() {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, METADATA_TIMEOUT);
        return partitions.stream().allMatch(tp -> consumer.position(tp, METADATA_TIMEOUT) >= ends.get(tp));
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
