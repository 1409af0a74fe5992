package io.chipwatch.kafka;

import io.chipwatch.article.Article;
import io.chipwatch.article.ArticleIds;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes articles to {@code chipwatch.articles}, keyed by article id so that every copy of an
 * article reaches the same partition and the dedupe stage. Idempotent: a retried send never
 * writes an article twice.
 */
public final class ArticlePublisher implements AutoCloseable {

    private final KafkaProducer<String, Article> producer;
    private final Clock clock = Clock.systemUTC();

    public ArticlePublisher(Properties producerProperties) {
        Properties p = new Properties();
        p.putAll(producerProperties);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        this.producer = new KafkaProducer<>(p, Topics.ARTICLES.keySerde().serializer(),
                Topics.ARTICLES.valueSerde().serializer());
    }

    /**
     * Sends one article, giving it its id first if it has none, and the time of publishing as
     * {@code fetchedAt} if it has none (end-to-end latency starts there). Asynchronous; see
     * {@link #flush}.
     */
    public void publish(Article article) {
        Article stamped = article.fetchedAt() == null ? article.withFetchedAt(clock.instant()) : article;
        Article withId = stamped.id() == null ? stamped.withId(ArticleIds.idOf(stamped)) : stamped;
        producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), withId.id(), withId), (metadata, error) -> {
            if (error != null) {
                throw new IllegalStateException("cannot publish article " + withId.id(), error);
            }
        });
    }

    /** Waits until every article sent so far is acknowledged. */
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
