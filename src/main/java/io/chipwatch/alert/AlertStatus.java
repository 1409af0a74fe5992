package io.chipwatch.alert;

/** Why an alert record was emitted. */
public enum AlertStatus {
    /** The first signal of a policy development (or the first after it went quiet). */
    NEW,
    /** More articles corroborate a known development: counts and article list changed. */
    UPDATED,
    /** The opposite action on a target that had an alert, e.g. an easing after a ban. */
    REVERSAL,
    /** An entity is mentioned far more than its usual rate. */
    SPIKE
}
