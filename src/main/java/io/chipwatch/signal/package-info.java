/**
 * Policy signals: rules, as data, that turn tagged sentences into government actions with actor, action, targets and evidence.
 */
package io.chipwatch.signal;
