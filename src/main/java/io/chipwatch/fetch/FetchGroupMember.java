package io.chipwatch.fetch;

import io.chipwatch.kafka.Topic;
import io.chipwatch.kafka.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fetcher instance in Kafka mode. It joins the {@code chipwatch-fetch} consumer group on
 * {@code chipwatch.feeds}: the partitions Kafka assigns it are the feeds it owns, so two
 * instances split the feeds and a dead one's feeds move to the others. On assignment it reads its
 * partitions from the beginning (the compacted topic is the registry and the state store), then
 * polls its feeds, publishing new articles to {@code chipwatch.articles} and each feed's new state
 * back to {@code chipwatch.feeds}.
 */
public final class FetchGroupMember implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FetchGroupMember.class);
    private static final Topic<String, FeedRecord> FEEDS = Topics.FEEDS;

    private final Consumer<byte[], byte[]> consumer;
    private final Producer<byte[], byte[]> producer;
    private final FeedScheduler scheduler;
    private final Map<TopicPartition, Set<String>> owned = new HashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);

    public FetchGroupMember(String bootstrapServers, Map<String, Object> overrides, FeedPoller poller,
            Clock clock, int threads) {
        this(bootstrapServers, overrides, poller, PollObserver.NONE, clock, threads);
    }

    /** A member that also tells {@code observer} of every poll, for metrics. */
    public FetchGroupMember(String bootstrapServers, Map<String, Object> overrides, FeedPoller poller,
            PollObserver observer, Clock clock, int threads) {
        this(new KafkaConsumer<>(KafkaClients.registryConsumer(bootstrapServers, KafkaClients.GROUP_ID, overrides)),
                new KafkaProducer<>(KafkaClients.producer(bootstrapServers, overrides)), poller, observer, clock,
                threads);
    }

    FetchGroupMember(Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> producer, FeedPoller poller,
            Clock clock, int threads) {
        this(consumer, producer, poller, PollObserver.NONE, clock, threads);
    }

    FetchGroupMember(Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> producer, FeedPoller poller,
            PollObserver observer, Clock clock, int threads) {
        this.consumer = consumer;
        this.producer = producer;
        this.scheduler = new FeedScheduler(poller, new ArticlePublisher(producer, true), observer, clock, threads);
        consumer.subscribe(List.of(FEEDS.name()), new Ownership());
    }

    /** Runs until {@link #stop()}; call from one thread. */
    public void run() {
        try {
            while (running.get()) {
                step(Duration.ofMillis(500));
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        }
    }

    /** One turn: read registry changes for up to {@code wait}, then start the polls that are due. */
    List<Future<?>> step(Duration wait) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(wait)) {
            apply(record);
        }
        return scheduler.pollDue();
    }

    /** The feeds this member owns now, with their health: what metrics and health checks report. */
    public List<FeedRecord> feeds() {
        return scheduler.feeds();
    }

    private void apply(ConsumerRecord<byte[], byte[]> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        String url = FEEDS.keySerde().deserializer().deserialize(record.topic(), record.key());
        FeedRecord feed;
        try {
            feed = FEEDS.valueSerde().deserializer().deserialize(record.topic(), record.value());
        } catch (RuntimeException e) {
            LOG.warn("ignoring unreadable registry record for {} at offset {}: {}", url, record.offset(), e.getMessage());
            return;
        }
        if (feed == null) {
            scheduler.remove(List.of(url));
            owned.getOrDefault(partition, new HashSet<>()).remove(url);
            return;
        }
        owned.computeIfAbsent(partition, p -> new HashSet<>()).add(url);
        scheduler.upsert(feed);
    }

    /** Asks {@link #run()} to return; safe from any thread (a shutdown hook). */
    public void stop() {
        running.set(false);
        consumer.wakeup();
    }

    @Override
    public void close() {
        scheduler.close();
        producer.close(Duration.ofSeconds(10));
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(10)));
    }

    /** Keeps the scheduler's feeds equal to the feeds of the partitions this member owns. */
    private final class Ownership implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            LOG.info("now polling the feeds of {}", partitions);
            consumer.seekToBeginning(partitions);
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            for (TopicPartition partition : partitions) {
                Set<String> urls = owned.remove(partition);
                if (urls != null) {
                    scheduler.remove(urls);
                }
            }
        }
    }
}
