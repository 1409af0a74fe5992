package io.chipwatch.kafka;

import java.util.List;

/**
 * What {@link TopicApplier} found and did for one topic.
 *
 * @param topic  the topic name
 * @param action what happened
 * @param drift  the differences found before acting; for {@link Action#ALTERED} the fixable ones
 *               were applied, the others remain
 */
public record TopicOutcome(String topic, Action action, List<Drift> drift) {

    public TopicOutcome {
        drift = List.copyOf(drift);
    }

    public enum Action {
        /** The topic did not exist and was created from its spec. */
        CREATED,
        /** The topic already matched its spec. */
        UNCHANGED,
        /** The topic differs from its spec and was left as it is. */
        DRIFTED,
        /** The fixable differences were applied. */
        ALTERED
    }

    /** Differences still on the cluster after this run. */
    public List<Drift> remainingDrift() {
        return action == Action.ALTERED ? drift.stream().filter(d -> !d.fixable()).toList() : drift;
    }
}
