package io.chipwatch.fetch;

import io.chipwatch.kafka.Topic;
import io.chipwatch.kafka.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The operator's side of the feed registry on {@code chipwatch.feeds}: declare feeds and read
 * them back with their health. The fetchers pick declarations up as they arrive.
 */
public final class FeedRegistry {

    private static final Topic<String, FeedRecord> FEEDS = Topics.FEEDS;

    private final String bootstrapServers;
    private final Map<String, Object> overrides;

    public FeedRegistry(String bootstrapServers, Map<String, Object> overrides) {
        this.bootstrapServers = bootstrapServers;
        this.overrides = Map.copyOf(overrides);
    }

    /**
     * Declares feeds. A feed already declared the same way is left alone; a changed declaration
     * keeps the feed's poller state, so re-importing the seed file at every start does not make
     * the fetchers forget what they have already sent.
     *
     * @return how many declarations were written
     */
    public int declare(Collection<FeedSource> sources, Duration timeout) throws InterruptedException {
        Map<String, FeedRecord> current = new LinkedHashMap<>();
        list(timeout).forEach(f -> current.put(f.url(), f));
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(KafkaClients.producer(bootstrapServers, overrides))) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (FeedSource source : sources) {
                FeedRecord existing = current.get(source.url());
                if (existing != null && existing.source().equals(source)) {
                    continue;
                }
                FeedRecord declared = existing == null ? FeedRecord.of(source) : new FeedRecord(source, existing.state());
                sent.add(producer.send(new ProducerRecord<>(FEEDS.name(),
                        FEEDS.keySerde().serializer().serialize(FEEDS.name(), source.url()),
                        FEEDS.valueSerde().serializer().serialize(FEEDS.name(), declared))));
            }
            producer.flush();
            for (Future<RecordMetadata> future : sent) {
                future.get();
            }
            return sent.size();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot write to " + FEEDS.name() + ": " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    /** Every feed on the registry as of now, with its latest state, in URL order. */
    public List<FeedRecord> list(Duration timeout) {
        Map<String, FeedRecord> latest = new LinkedHashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(KafkaClients.registryConsumer(bootstrapServers, null, overrides))) {
            List<TopicPartition> partitions = consumer.partitionsFor(FEEDS.name(), timeout).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!caughtUp(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + FEEDS.name() + " within " + timeout);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    String url = FEEDS.keySerde().deserializer().deserialize(FEEDS.name(), record.key());
                    FeedRecord value = FEEDS.valueSerde().deserializer().deserialize(FEEDS.name(), record.value());
                    if (value == null) {
                        latest.remove(url);
                    } else {
                        latest.put(url, value);
                    }
                }
            }
        }
        return latest.values().stream().sorted(Comparator.comparing(FeedRecord::url)).toList();
    }

    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
