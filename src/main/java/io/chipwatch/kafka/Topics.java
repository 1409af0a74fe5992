package io.chipwatch.kafka;

import io.chipwatch.alert.Alert;
import io.chipwatch.article.Article;
import io.chipwatch.fetch.FeedRecord;
import io.chipwatch.signal.PolicySignal;
import io.chipwatch.tag.TaggedArticle;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic chipwatch reads or writes. Each has a declarative spec of the same name under
 * {@code topics/}, which {@code chipwatch topics apply} turns into the real topic.
 */
public final class Topics {

    /** Raw articles, keyed by article id. Fetchers and {@code replay} write here. */
    public static final Topic<String, Article> ARTICLES =
            new Topic<>("chipwatch.articles", Serdes.String(), JsonSerde.of(Article.class));

    /** Articles with their mentions, keyed by article id. */
    public static final Topic<String, TaggedArticle> ARTICLES_TAGGED =
            new Topic<>("chipwatch.articles.tagged", Serdes.String(), JsonSerde.of(TaggedArticle.class));

    /** Policy signals, keyed by alert key so that one key's signals meet in one partition. */
    public static final Topic<String, PolicySignal> SIGNALS =
            new Topic<>("chipwatch.signals", Serdes.String(), JsonSerde.of(PolicySignal.class));

    /** Alerts, keyed by alert key; compacted, so the latest record of a key is its state. */
    public static final Topic<String, Alert> ALERTS =
            new Topic<>("chipwatch.alerts", Serdes.String(), JsonSerde.of(Alert.class));

    /** Records that could not be read or processed, as they were, with the reason in headers. */
    public static final Topic<byte[], byte[]> DLQ =
            new Topic<>("chipwatch.dlq", Serdes.ByteArray(), Serdes.ByteArray());

    /**
     * The feed registry, keyed by feed URL; compacted, so the latest record of a feed is its
     * declaration and its poller state. Fetchers share its partitions as one consumer group.
     */
    public static final Topic<String, FeedRecord> FEEDS =
            new Topic<>("chipwatch.feeds", Serdes.String(), JsonSerde.of(FeedRecord.class));

    /**
     * The watchlist in force: one record, key {@link #WATCHLIST_KEY}, value the YAML text. Every
     * instance reads it as a global store, so a published watchlist reaches all of them.
     */
    public static final Topic<String, String> WATCHLIST =
            new Topic<>("chipwatch.watchlist", Serdes.String(), Serdes.String());

    public static final String WATCHLIST_KEY = "watchlist";

    public static final List<Topic<?, ?>> ALL =
            List.of(ARTICLES, ARTICLES_TAGGED, SIGNALS, ALERTS, DLQ, FEEDS, WATCHLIST);

    private Topics() {
    }
}
