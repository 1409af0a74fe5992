package io.chipwatch.kafka;

/**
 * One way a topic differs from its spec.
 *
 * @param setting a topic config name, or {@code partitions} / {@code replication}
 * @param wanted  the spec's value; {@code (default)} for a config the spec leaves to the broker
 * @param actual  the cluster's value
 * @param fixable whether {@code topics apply --alter} can correct it: configs and a partition
 *                increase can be, fewer partitions or another replication factor cannot
 */
public record Drift(String setting, String wanted, String actual, boolean fixable) {

    static final String PARTITIONS = "partitions";
    static final String REPLICATION = "replication";
    static final String DEFAULT = "(default)";

    @Override
    public String toString() {
        return setting + ": wanted " + wanted + ", actual " + actual + (fixable ? "" : " (cannot be changed in place)");
    }
}
