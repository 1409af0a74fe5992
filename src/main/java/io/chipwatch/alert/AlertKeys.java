package io.chipwatch.alert;

import io.chipwatch.signal.Action;
import io.chipwatch.signal.PolicySignal;

/**
 * Alert keys: who did what to which target, {@code government|ACTION|mainTarget}.
 *
 * <p>The actor part is the acting government, not the agency: the Commerce Department and the
 * White House announcing the same ban on the same chip are one development, and should be one
 * alert. The main target is the first target of the signal (the detector orders chips before
 * companies), or the country market when the signal names none. Entity List designations come in
 * batches (140 entities on one day) and outlets name different companies of a batch first, or
 * none, so their main target is the market: the batch is the development, its companies are
 * its targets.
 */
public final class AlertKeys {

    /** The market a signal concerns when it names no chip and no company. */
    public static final String DEFAULT_MARKET = "market:cn";

    private final EntityDirectory entities;

    public AlertKeys(EntityDirectory entities) {
        this.entities = entities;
    }

    public String keyOf(PolicySignal signal) {
        return entities.governmentOf(signal.actor()) + "|" + signal.action().name() + "|" + mainTarget(signal);
    }

    /**
     * The government and the main target, {@code government|mainTarget}: a development and its
     * reversal share a subject, so the signals topic is keyed by it to bring both to one task.
     */
    public String subjectOf(PolicySignal signal) {
        return entities.governmentOf(signal.actor()) + "|" + mainTarget(signal);
    }

    /** The key of the opposite development on the same subject, if the action has an opposite. */
    public static String withAction(String key, String action) {
        String[] parts = key.split("\\|", 3);
        return parts[0] + "|" + action + "|" + parts[2];
    }

    static String mainTarget(PolicySignal signal) {
        if (signal.targets().isEmpty() || signal.action() == Action.ENTITY_LIST) {
            return DEFAULT_MARKET;
        }
        return signal.targets().get(0);
    }
}
