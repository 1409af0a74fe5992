package io.chipwatch.alert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The latest state of the most recent alerts, one per key, bounded: what a feed or a page shows.
 * Thread-safe: one thread adds what it reads from the alerts topic, others take snapshots.
 * When full, the alert last seen longest ago makes room.
 */
public final class LatestAlerts {

    private final int capacity;
    private final Map<String, Alert> byKey = new HashMap<>();

    public LatestAlerts(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    /** Records the latest state of an alert's key; a {@code null} alert is ignored. */
    public synchronized void add(Alert alert) {
        if (alert == null || alert.key() == null) {
            return;
        }
        byKey.put(alert.key(), alert);
        if (byKey.size() > capacity) {
            byKey.values().stream()
                    .min(ORDER)
                    .ifPresent(oldest -> byKey.remove(oldest.key()));
        }
    }

    /** The alerts held now, newest first. */
    public synchronized List<Alert> snapshot() {
        List<Alert> all = new ArrayList<>(byKey.values());
        all.sort(ORDER.reversed());
        return all;
    }

    private static final Comparator<Alert> ORDER = Comparator
            .comparing(Alert::lastSeenAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Alert::key, Comparator.reverseOrder());
}
