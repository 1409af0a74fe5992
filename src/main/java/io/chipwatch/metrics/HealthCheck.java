package io.chipwatch.metrics;

/**
 * One thing {@code /health} checks. Implementations answer quickly (they are called on the HTTP
 * thread) and never throw: a failure to check is a failed check.
 */
@FunctionalInterface
public interface HealthCheck {

    Result check();

    /**
     * @param name   what was checked, e.g. {@code streams}
     * @param up     whether it is healthy
     * @param detail one line for a person, e.g. {@code REBALANCING}
     */
    record Result(String name, boolean up, String detail) {
    }
}
