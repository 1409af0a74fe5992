package io.chipwatch.kafka;

import java.util.List;

/** The outcome of {@link TopicApplier#apply} for every spec, in spec order. */
public record TopicReport(List<TopicOutcome> topics) {

    public TopicReport {
        topics = List.copyOf(topics);
    }

    /** Whether the run created or altered anything. */
    public boolean changedAnything() {
        return topics.stream().anyMatch(t -> t.action() == TopicOutcome.Action.CREATED
                || t.action() == TopicOutcome.Action.ALTERED);
    }

    /** Whether some topic still differs from its spec. */
    public boolean hasDrift() {
        return topics.stream().anyMatch(t -> !t.remainingDrift().isEmpty());
    }

    public List<TopicOutcome> withAction(TopicOutcome.Action action) {
        return topics.stream().filter(t -> t.action() == action).toList();
    }
}
