package io.chipwatch.stream;

import io.chipwatch.article.Article;
import java.time.Duration;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Lets the first record of each article id through and drops the repeats. Articles are keyed by
 * id, so every copy of an article lands in the same partition and meets the same store. Ids are
 * remembered for {@code retention} of wall-clock time, then purged by a punctuator so the store
 * stays bounded.
 *
 * <p>Records that cannot be articles of the pipeline (no key, text over the size limit) are
 * rejected with an {@link InvalidRecordException}, which routes them to the dead-letter topic.
 */
final class DedupeProcessor implements FixedKeyProcessor<String, Article, Article> {

    static final String STORE = "dedupe-store";
    /** Larger texts are not news articles; they would only slow every stage down. */
    static final int MAX_TEXT_CHARS = 1_000_000;

    private final Duration retention;
    private FixedKeyProcessorContext<String, Article> context;
    private KeyValueStore<String, Long> seen;

    DedupeProcessor(Duration retention) {
        this.retention = retention;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
        this.seen = context.getStateStore(STORE);
        context.schedule(Duration.ofMinutes(10), PunctuationType.WALL_CLOCK_TIME, this::purge);
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        String id = record.key();
        if (id == null || id.isBlank()) {
            throw new InvalidRecordException("article record has no key; chipwatch.articles is keyed by article id");
        }
        Article article = record.value();
        if (article == null) {
            return; // a tombstone: nothing to process
        }
        if (article.text().length() > MAX_TEXT_CHARS) {
            throw new InvalidRecordException("article " + id + " text is " + article.text().length()
                    + " characters; the limit is " + MAX_TEXT_CHARS);
        }
        if (seen.get(id) != null) {
            return;
        }
        seen.put(id, context.currentSystemTimeMs());
        Article withId = id.equals(article.id()) ? article : article.withId(id);
        context.forward(record.withValue(withId));
    }

    private void purge(long now) {
        long cutoff = now - retention.toMillis();
        try (KeyValueIterator<String, Long> all = seen.all()) {
            while (all.hasNext()) {
                KeyValue<String, Long> entry = all.next();
                if (entry.value < cutoff) {
                    seen.delete(entry.key);
                }
            }
        }
    }
}
