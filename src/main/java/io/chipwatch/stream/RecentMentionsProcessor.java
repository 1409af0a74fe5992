package io.chipwatch.stream;

import io.chipwatch.alert.RecentMentions;
import io.chipwatch.article.ArticleRef;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Remembers the latest articles that mentioned each entity (keyed by entity id, after the
 * repartition), for {@link SpikeProcessor} to cite, and passes every mention on to be counted.
 */
final class RecentMentionsProcessor implements FixedKeyProcessor<String, ArticleRef, ArticleRef> {

    static final String STORE = "recent-mentions";

    private FixedKeyProcessorContext<String, ArticleRef> context;
    private KeyValueStore<String, RecentMentions> recent;

    @Override
    public void init(FixedKeyProcessorContext<String, ArticleRef> context) {
        this.context = context;
        this.recent = context.getStateStore(STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, ArticleRef> record) {
        if (record.value() != null) {
            RecentMentions known = recent.get(record.key());
            recent.put(record.key(), (known == null ? RecentMentions.NONE : known).with(record.timestamp(), record.value()));
        }
        context.forward(record);
    }
}
