package io.chipwatch.bench;

import io.chipwatch.kafka.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads committed alerts ({@code read_committed}, as users read them) from the end of the topic as
 * they come, and records each one's latency: an alert record carries the timestamp of the article
 * that caused it, so receive time minus record timestamp is the article's whole way through.
 */
public final class AlertWatch implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Latencies latencies = new Latencies();
    private final Clock clock = Clock.systemUTC();
    /** Alerts of articles published before this (the warm-up) are not counted; none until it is set. */
    private long countFrom = Long.MAX_VALUE;

    public AlertWatch(Properties consumerProperties) {
        Properties p = new Properties();
        p.putAll(consumerProperties);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.ALERTS.name()).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fix the start now, before any alert of this run
    }

    public void countFrom(Instant start) {
        countFrom = start.toEpochMilli();
    }

    public void poll() {
        read(Duration.ofMillis(100));
    }

    public void pollBriefly() {
        read(Duration.ZERO);
    }

    public void drain() {
        for (int emptyPolls = 0; emptyPolls < 5; ) {
            emptyPolls = read(Duration.ofMillis(100)) == 0 ? emptyPolls + 1 : 0;
        }
    }

    private int read(Duration timeout) {
        var records = consumer.poll(timeout);
        long now = clock.millis();
        records.forEach(r -> {
            if (r.timestamp() >= countFrom) {
                latencies.record(now - r.timestamp());
            }
        });
        return records.count();
    }

    public Latencies latencies() {
        return latencies;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
