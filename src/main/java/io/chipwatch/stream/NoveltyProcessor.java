package io.chipwatch.stream;

import io.chipwatch.alert.Alert;
import io.chipwatch.alert.AlertKeys;
import io.chipwatch.alert.AlertState;
import io.chipwatch.alert.NoveltyPolicy;
import io.chipwatch.signal.PolicySignal;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Turns signals into alerts with the {@link NoveltyPolicy}, keeping each alert key's state in a
 * store backed by a changelog, so a restarted instance resumes exactly where it stopped.
 *
 * <p>Reads signals keyed by subject (government and main target), so that a development and its
 * opposite are in the same partition and this processor sees both states; emits alerts keyed by
 * alert key.
 */
final class NoveltyProcessor implements Processor<String, PolicySignal, String, Alert> {

    static final String STORE = "alert-store";

    private final NoveltyPolicy policy;
    private final AlertKeys keys;
    private final PipelineObserver observer;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, AlertState> states;

    NoveltyProcessor(NoveltyPolicy policy, AlertKeys keys, PipelineObserver observer) {
        this.policy = policy;
        this.keys = keys;
        this.observer = observer;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.states = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, PolicySignal> record) {
        PolicySignal signal = record.value();
        if (signal == null || !policy.alerts(signal)) {
            return;
        }
        if (signal.article() == null || signal.article().id() == null) {
            throw new InvalidRecordException("signal without its article; cannot count corroboration");
        }
        String key = keys.keyOf(signal);
        String oppositeKey = signal.action().opposite()
                .map(action -> AlertKeys.withAction(key, action.name()))
                .orElse(null);
        Instant at = signal.article().published() != null
                ? signal.article().published()
                : Instant.ofEpochMilli(record.timestamp());

        NoveltyPolicy.Outcome outcome = policy.apply(key, states.get(key),
                oppositeKey == null ? null : states.get(oppositeKey), signal, at);

        states.put(key, outcome.state());
        outcome.opposite().ifPresent(o -> states.put(o.key(), o));
        // The record keeps the timestamp the article was written with (fetch or publish time)
        // through the signals topic, so this is the article's whole trip through the pipeline.
        Duration sinceArticle = Duration.ofMillis(Math.max(0, context.currentSystemTimeMs() - record.timestamp()));
        for (Alert alert : outcome.alerts()) {
            context.forward(record.withKey(alert.key()).withValue(alert));
            observer.alert(alert, sinceArticle);
        }
    }
}
