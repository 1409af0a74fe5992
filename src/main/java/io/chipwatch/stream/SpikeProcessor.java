package io.chipwatch.stream;

import io.chipwatch.alert.Alert;
import io.chipwatch.alert.EntityDirectory;
import io.chipwatch.alert.MentionTally;
import io.chipwatch.alert.RecentMentions;
import io.chipwatch.alert.SpikePolicy;
import io.chipwatch.alert.VolumeHistory;
import io.chipwatch.article.ArticleRef;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Reads every update of an entity's windowed tally and applies the {@link SpikePolicy} with the
 * entity's hourly history, kept in a store backed by a changelog (so the once-a-day rule holds
 * across restarts). A window is judged as soon as its count changes, not when it closes: a
 * spike is reported while it is happening. The alert cites the entity's latest mentions that fall
 * in the window ({@link RecentMentionsProcessor}).
 */
final class SpikeProcessor implements Processor<Windowed<String>, MentionTally, String, Alert> {

    static final String STORE = "volume-history";

    private final SpikePolicy policy;
    private final EntityDirectory entities;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, VolumeHistory> histories;
    private KeyValueStore<String, RecentMentions> recent;

    SpikeProcessor(SpikePolicy policy, EntityDirectory entities) {
        this.policy = policy;
        this.entities = entities;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.histories = context.getStateStore(STORE);
        this.recent = context.getStateStore(RecentMentionsProcessor.STORE);
    }

    @Override
    public void process(Record<Windowed<String>, MentionTally> record) {
        if (record.value() == null) {
            return;
        }
        String entity = record.key().key();
        if (!policy.concerns(record.key().window().startTime(), record.value())) {
            return;
        }
        Instant start = record.key().window().startTime();
        SpikePolicy.Outcome outcome = policy.apply(entities.ref(entity), histories.get(entity), start,
                record.value(), cited(entity, start, record.key().window().endTime()));
        histories.put(entity, outcome.history());
        outcome.alert().ifPresent(alert -> context.forward(record.withKey(alert.key()).withValue(alert)));
    }

    private List<ArticleRef> cited(String entity, Instant start, Instant end) {
        RecentMentions mentions = recent.get(entity);
        return mentions == null ? List.of() : mentions.between(start, end);
    }
}
