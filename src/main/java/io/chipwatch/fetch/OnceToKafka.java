package io.chipwatch.fetch;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * Polls a fixed list of feeds once and publishes their articles, without joining the fetcher
 * group or touching the registry: for a one-off catch-up from an OPML file.
 */
public final class OnceToKafka {

    private OnceToKafka() {
    }

    /** Returns the feeds with the outcome of their poll. */
    public static List<FeedRecord> run(String bootstrapServers, Map<String, Object> overrides,
            Collection<FeedSource> sources, FeedPoller poller, Clock clock, int threads) throws InterruptedException {
        try (KafkaProducer<byte[], byte[]> producer =
                     new KafkaProducer<>(KafkaClients.producer(bootstrapServers, overrides));
             FeedScheduler scheduler = new FeedScheduler(poller, new ArticlePublisher(producer, false), clock, threads)) {
            sources.forEach(s -> scheduler.upsert(FeedRecord.of(s)));
            scheduler.pollAllOnce();
            producer.flush();
            return scheduler.feeds();
        }
    }
}
