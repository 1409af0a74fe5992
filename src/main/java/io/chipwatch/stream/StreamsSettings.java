package io.chipwatch.stream;

import io.chipwatch.kafka.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * How the streams application runs. Every instance with the same {@code applicationId} shares
 * the work; {@code clientProperties} are the connection settings (and any {@code --config}
 * overrides) that apply to every Kafka client.
 *
 * @param applicationId  consumer group and prefix of internal topics
 * @param stateDir       where RocksDB stores live; restored from changelogs when lost
 * @param threads        stream threads in this instance
 * @param commitInterval how often transactions commit, the floor of end-to-end latency, unless
 *                       {@code clientProperties} set {@code commit.interval.ms} (an operator's
 *                       {@code --config} wins)
 */
public record StreamsSettings(
        String applicationId,
        Path stateDir,
        int threads,
        Duration commitInterval,
        Properties clientProperties) {

    public static final String DEFAULT_APPLICATION_ID = "chipwatch";
    /** The largest record the pipeline may have to pass on: 8 MiB, plus room for the DLQ headers. */
    static final int MAX_RECORD_BYTES = 9 * 1024 * 1024;
    static final int BATCH_BYTES = 256 * 1024;

    public Properties toProperties() {
        return toProperties(PipelineObserver.NONE);
    }

    /** The streams configuration, with the dead-letter handlers reporting to {@code observer}. */
    public Properties toProperties(PipelineObserver observer) {
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        p.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitInterval.toMillis());
        // An alert must be emitted once: a crash between processing and commit must not
        // duplicate it, and consumers read it with isolation.level=read_committed.
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // Every store, changelog and repartition topic has a name chosen here, so a changed
        // topology never silently orphans state.
        p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        // Poison records go to the dead-letter topic with the reason in headers; the
        // application keeps running. The handlers also count them, by reason.
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DLQ.name());
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, CountingDeserializationExceptionHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, CountingProcessingExceptionHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        p.put(DeadLetterCounting.OBSERVER_CONFIG, observer);
        // Internal topics take the broker's default replication: 1 on the embedded broker,
        // the cluster's own default elsewhere.
        p.putIfAbsent(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1);
        p.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // An oversized article (up to the articles topic's max.message.bytes) is rejected to the
        // dead-letter topic as received: the producer must be allowed to write it there.
        p.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), MAX_RECORD_BYTES);
        // Large lz4-compressed batches: each article leaves as a tagged article, signals, mentions
        // and changelog records, and the broker's work goes with the number and size of batches.
        // On two cores with an embedded broker this took the pipeline from 3,000 to 4,100
        // articles/s (docs/benchmarks.md). An operator's --config settings win.
        producerDefault(p, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        producerDefault(p, ProducerConfig.BATCH_SIZE_CONFIG, BATCH_BYTES);
        return p;
    }

    /** Sets a producer setting unless the client properties set it, with or without the producer prefix. */
    private static void producerDefault(Properties p, String key, Object value) {
        if (!p.containsKey(key)) {
            p.putIfAbsent(StreamsConfig.producerPrefix(key), value);
        }
    }
}
