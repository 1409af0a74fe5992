package io.chipwatch.stream;

import io.chipwatch.article.Article;
import io.chipwatch.article.ArticleRef;
import io.chipwatch.tag.Mention;
import io.chipwatch.tag.TaggedArticle;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * One record per distinct entity an article mentions, keyed by entity id and stamped with the
 * article's publication time, for the volume windows. An article without a date, or dated more
 * than {@link #MAX_AHEAD} after it was received (a wrong time zone or a typo in a feed), keeps
 * the time it was received: a future stamp would drag stream time ahead and make every real
 * article late, and brokers refuse records stamped more than an hour ahead of their clock
 * ({@code log.message.timestamp.after.max.ms}, one hour by default since Kafka 4.0), which would
 * fail the repartition write and stop the stream thread.
 *
 * <p>An article published more than {@link #MAX_BEHIND} before it was received is not counted:
 * a volume spike says that attention is surging now, and a backfill of old news (a replay of
 * 2023's coverage) is no surge. Its novelty and corroboration still count in full.
 */
final class MentionsByEntity implements Processor<String, TaggedArticle, String, ArticleRef> {

    static final Duration MAX_AHEAD = Duration.ofMinutes(10);
    static final Duration MAX_BEHIND = Duration.ofDays(3);

    private ProcessorContext<String, ArticleRef> context;

    @Override
    public void init(ProcessorContext<String, ArticleRef> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, TaggedArticle> record) {
        TaggedArticle tagged = record.value();
        if (tagged == null) {
            return;
        }
        Article article = tagged.article();
        if (article.published() != null
                && article.published().isBefore(Instant.ofEpochMilli(record.timestamp()).minus(MAX_BEHIND))) {
            return;
        }
        long at = eventTime(article.published(), record.timestamp());
        ArticleRef ref = article.ref();
        tagged.mentions().stream().map(Mention::entity).distinct()
                .forEach(entity -> context.forward(new Record<>(entity, ref, at, record.headers())));
    }

    static long eventTime(Instant published, long received) {
        if (published == null || published.isAfter(Instant.ofEpochMilli(received).plus(MAX_AHEAD))) {
            return received;
        }
        return published.toEpochMilli();
    }
}
