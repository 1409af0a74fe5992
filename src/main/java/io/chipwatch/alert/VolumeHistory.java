package io.chipwatch.alert;

import java.time.Instant;
import java.util.List;

/**
 * What the volume stage remembers of one entity: when it was first counted, its mention count
 * for each clock hour of the trailing baseline (hours without mentions are absent and count as
 * zero), and the UTC days on which it already raised a volume alert.
 *
 * @param firstSeen the start of the first hour the entity was counted in
 * @param hours     counts of whole clock hours, oldest first, pruned to the baseline period
 * @param spikeDays days ({@code yyyy-MM-dd}, UTC) that already had a volume alert, most recent last
 */
public record VolumeHistory(Instant firstSeen, List<HourCount> hours, List<String> spikeDays) {

    public VolumeHistory {
        hours = List.copyOf(hours);
        spikeDays = List.copyOf(spikeDays);
    }

    /** The mentions of one entity in the clock hour starting at {@code hour}. */
    public record HourCount(Instant hour, long count) {
    }
}
