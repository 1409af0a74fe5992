package io.chipwatch.fuzz;

import java.time.Duration;

/**
 * How long each fuzz target runs: {@code -Dchipwatch.fuzz.tries} inputs (default 300) or
 * {@code -Dchipwatch.fuzz.seconds} seconds (default 5), whichever ends first, from the seed
 * {@code -Dchipwatch.fuzz.seed} (default fixed, so CI is repeatable; change it to explore).
 */
record Budget(int tries, Duration time, long seed) {

    static Budget fromSystemProperties() {
        return new Budget(Integer.getInteger("chipwatch.fuzz.tries", 300),
                Duration.ofSeconds(Long.getLong("chipwatch.fuzz.seconds", 5)),
                Long.getLong("chipwatch.fuzz.seed", 20251210L));
    }

    /** Whether try {@code n}, started {@code startNanos}, is still within the budget. */
    boolean allows(int n, long startNanos) {
        return n < tries && System.nanoTime() - startNanos < time.toNanos();
    }
}
