package io.chipwatch.kafka;

import java.util.List;
import java.util.Optional;

/**
 * A topic seen from both sides: its spec, its state on the cluster, and how they differ.
 *
 * @param name  the topic name
 * @param spec  its spec, empty for a topic that exists without one
 * @param state its state on the cluster, empty when it does not exist yet
 * @param drift how the state differs from the spec; empty unless both exist
 */
public record TopicListing(String name, Optional<TopicSpec> spec, Optional<TopicState> state, List<Drift> drift) {

    public TopicListing {
        drift = List.copyOf(drift);
    }

    /** {@code matches}, {@code drift}, {@code missing} (spec but no topic) or {@code no spec}. */
    public String status() {
        if (spec.isEmpty()) {
            return "no spec";
        }
        if (state.isEmpty()) {
            return "missing";
        }
        return drift.isEmpty() ? "matches" : "drift";
    }
}
