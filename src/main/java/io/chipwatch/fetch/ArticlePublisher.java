package io.chipwatch.fetch;

import io.chipwatch.article.Article;
import io.chipwatch.kafka.Topic;
import io.chipwatch.kafka.Topics;
import java.util.List;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends poll results to Kafka: articles to {@code chipwatch.articles} keyed by article id, and,
 * when the feeds live in the registry, each feed's new state back to {@code chipwatch.feeds}.
 * The producer is thread-safe, so polls on many threads share it.
 */
final class ArticlePublisher implements FeedScheduler.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(ArticlePublisher.class);
    private static final Topic<String, FeedRecord> FEEDS = Topics.FEEDS;
    private static final Topic<String, Article> ARTICLES = Topics.ARTICLES;

    private final Producer<byte[], byte[]> producer;
    private final boolean saveFeedState;

    ArticlePublisher(Producer<byte[], byte[]> producer, boolean saveFeedState) {
        this.producer = producer;
        this.saveFeedState = saveFeedState;
    }

    @Override
    public void articles(List<Article> articles) {
        for (Article article : articles) {
            producer.send(new ProducerRecord<>(ARTICLES.name(),
                    ARTICLES.keySerde().serializer().serialize(ARTICLES.name(), article.id()),
                    ARTICLES.valueSerde().serializer().serialize(ARTICLES.name(), article)),
                    (metadata, error) -> {
                        if (error != null) {
                            LOG.error("article {} from {} not published", article.id(), article.feed(), error);
                        }
                    });
        }
    }

    @Override
    public void feedUpdated(FeedRecord feed) {
        if (!saveFeedState) {
            return;
        }
        producer.send(new ProducerRecord<>(FEEDS.name(),
                FEEDS.keySerde().serializer().serialize(FEEDS.name(), feed.url()),
                FEEDS.valueSerde().serializer().serialize(FEEDS.name(), feed)),
                (metadata, error) -> {
                    if (error != null) {
                        LOG.error("state of feed {} not saved", feed.url(), error);
                    }
                });
    }
}
