package io.chipwatch.stream;

import io.chipwatch.alert.Alert;
import io.chipwatch.alert.EntityDirectory;
import io.chipwatch.alert.MentionTally;
import io.chipwatch.alert.SpikePolicy;
import io.chipwatch.alert.VolumeHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Reads every update of an entity's ten-minute slice of mentions and judges the six one-hour
 * windows that contain the slice, each the sum of its six slices, with the {@link SpikePolicy}
 * and the entity's hourly history, kept in a store backed by a changelog (so the once-a-day rule
 * holds across restarts). A window is judged as soon as its count changes, not when it closes: a
 * spike is reported while it is happening. The alert cites the latest articles of the window.
 */
final class SpikeProcessor implements Processor<Windowed<String>, MentionTally, String, Alert> {

    static final String STORE = "volume-history";

    private final SpikePolicy policy;
    private final EntityDirectory entities;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, VolumeHistory> histories;
    private TimestampedWindowStore<String, MentionTally> slices;

    SpikeProcessor(SpikePolicy policy, EntityDirectory entities) {
        this.policy = policy;
        this.entities = entities;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.histories = context.getStateStore(STORE);
        this.slices = context.getStateStore(SpikeBranch.SLICE_STORE);
    }

    @Override
    public void process(Record<Windowed<String>, MentionTally> record) {
        if (record.value() == null) {
            return;
        }
        String entity = record.key().key();
        Instant slice = record.key().window().startTime();
        NavigableMap<Long, MentionTally> around = slicesAround(entity, slice);
        VolumeHistory known = histories.get(entity);
        VolumeHistory history = known;
        // Oldest window first: the window that starts on the hour is recorded in the history
        // before a later window is compared with it.
        for (int k = SpikeBranch.SLICES_PER_HOUR - 1; k >= 0; k--) {
            Instant start = slice.minus(SpikeBranch.SLICE.multipliedBy(k));
            Instant end = start.plus(SpikePolicy.HOUR);
            MentionTally hour = around.subMap(start.toEpochMilli(), true, end.toEpochMilli(), false).values().stream()
                    .reduce(MentionTally.EMPTY, MentionTally::plus);
            if (!policy.concerns(start, hour)) {
                continue;
            }
            SpikePolicy.Outcome outcome = policy.apply(entities.ref(entity), history, start, hour);
            history = outcome.history();
            outcome.alert().ifPresent(alert -> context.forward(new Record<>(alert.key(), alert, record.timestamp(),
                    record.headers())));
        }
        if (history != known) {
            histories.put(entity, history);
        }
    }

    /** The entity's slices of the eleven that the six windows around {@code slice} cover, by start. */
    private NavigableMap<Long, MentionTally> slicesAround(String entity, Instant slice) {
        Duration reach = SpikePolicy.HOUR.minus(SpikeBranch.SLICE);
        NavigableMap<Long, MentionTally> found = new TreeMap<>();
        try (WindowStoreIterator<ValueAndTimestamp<MentionTally>> it = slices.fetch(entity, slice.minus(reach),
                slice.plus(reach))) {
            while (it.hasNext()) {
                KeyValue<Long, ValueAndTimestamp<MentionTally>> next = it.next();
                if (next.value != null && next.value.value() != null) {
                    found.put(next.key, next.value.value());
                }
            }
        }
        return found;
    }
}
