package io.chipwatch.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Compares a topic on the cluster with its spec. */
final class SpecComparison {

    private SpecComparison() {
    }

    /**
     * Everything that differs, in a stable order: partitions, replication, then configs by name.
     * A config the spec sets must have the spec's value; a config set on the topic but absent
     * from the spec is drift too, so the files stay the whole truth.
     */
    static List<Drift> drift(TopicSpec spec, TopicState state) {
        List<Drift> drift = new ArrayList<>();
        if (spec.partitions() != state.partitions()) {
            drift.add(new Drift(Drift.PARTITIONS, String.valueOf(spec.partitions()),
                    String.valueOf(state.partitions()), spec.partitions() > state.partitions()));
        }
        if (spec.replicationFactor() != state.replicationFactor()) {
            drift.add(new Drift(Drift.REPLICATION, String.valueOf(spec.replicationFactor()),
                    String.valueOf(state.replicationFactor()), false));
        }
        for (Map.Entry<String, String> wanted : new TreeMap<>(spec.configs()).entrySet()) {
            String actual = state.configs().get(wanted.getKey());
            if (!wanted.getValue().equals(actual)) {
                drift.add(new Drift(wanted.getKey(), wanted.getValue(), String.valueOf(actual), true));
            }
        }
        for (Map.Entry<String, String> override : new TreeMap<>(state.overrides()).entrySet()) {
            if (!spec.configs().containsKey(override.getKey())) {
                drift.add(new Drift(override.getKey(), Drift.DEFAULT, override.getValue(), true));
            }
        }
        return drift;
    }
}
