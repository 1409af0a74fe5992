/**
 * Policy signals: rules, as data, that turn tagged sentences into government actions with
 * actor, action, targets and evidence.
 *
 * <p>{@link io.chipwatch.signal.SignalRules} loads and validates {@code seeds/signals.yaml};
 * {@link io.chipwatch.signal.SignalDetector} applies it to an article and its mentions and
 * returns {@link io.chipwatch.signal.PolicySignal}s. The rest is the detector's machinery:
 * a small sentence splitter, clauses, date expressions, actor and target finding, and the
 * framing (hedge, negation, background) of each trigger, and the stem screen
 * ({@link io.chipwatch.signal.StemScreen}) that skips the patterns a sentence cannot match. See
 * {@code docs/signals.md}.
 */
package io.chipwatch.signal;
