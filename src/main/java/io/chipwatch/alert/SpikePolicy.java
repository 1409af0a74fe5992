package io.chipwatch.alert;

import io.chipwatch.signal.Action;
import io.chipwatch.tag.EntityRef;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether an entity's mentions in the last hour are unusual: more than
 * {@code sigmas} standard deviations above its mean hourly count over the trailing
 * {@code baseline} (hours without a mention count as zero), with floors so that a quiet entity
 * does not alert on a handful of articles. Pure: history in, history and at most one alert out.
 *
 * <p>Rules:
 * <ul>
 *   <li>the hour must hold at least {@code minMentions} articles;</li>
 *   <li>the spread used is at least {@code minStd}, so a flat baseline (all zeros, or the same
 *       count every hour) does not turn one extra article into "infinitely unusual";</li>
 *   <li>an entity counted for less than {@code warmUp} has no baseline yet and never alerts:
 *       on a fresh install everything looks new;</li>
 *   <li>at most one alert per entity per UTC day (of the hour's end): a burst that lasts the
 *       afternoon is one alert.</li>
 * </ul>
 * Volume alerts are keyed {@code spike|<entity id>|<yyyy-MM-dd>}; their "actor" is the entity
 * whose volume moved (not a regulator), their action {@code OTHER}, their severity {@code HIGH}
 * from twice the threshold's deviations on, else {@code MEDIUM}.
 */
public final class SpikePolicy {

    public static final Duration HOUR = Duration.ofHours(1);
    static final int MAX_SPIKE_DAYS = 8;

    private final Duration baseline;
    private final double sigmas;
    private final long minMentions;
    private final double minStd;
    private final Duration warmUp;

    /** The outcome of one count: the history to store, and the alert to emit if any. */
    public record Outcome(VolumeHistory history, Optional<Alert> alert) {
    }

    public SpikePolicy(Duration baseline, double sigmas, long minMentions, double minStd, Duration warmUp) {
        if (baseline.compareTo(HOUR) < 0 || sigmas <= 0 || minMentions < 1 || minStd <= 0 || warmUp.isNegative()) {
            throw new IllegalArgumentException("bad spike settings");
        }
        this.baseline = baseline;
        this.sigmas = sigmas;
        this.minMentions = minMentions;
        this.minStd = minStd;
        this.warmUp = warmUp;
    }

    /** A week of baseline, 3 sigmas, at least 5 articles, spread at least 1, a day of warm-up. */
    public static SpikePolicy defaults() {
        return new SpikePolicy(Duration.ofDays(7), 3.0, 5, 1.0, Duration.ofDays(1));
    }

    /**
     * Whether a window's count can change anything: it is a whole clock hour (kept in the
     * history) or it is big enough to be a spike. Most updates are neither, and the caller can
     * skip them without reading the history.
     */
    public boolean concerns(Instant windowStart, MentionTally tally) {
        return windowStart.equals(windowStart.truncatedTo(ChronoUnit.HOURS)) || tally.count() >= minMentions;
    }

    /**
     * @param entity      the entity counted
     * @param history     its stored history, or null the first time
     * @param windowStart start of the one-hour window the count is for
     * @param tally       the mentions counted in that window so far, with its latest articles
     */
    public Outcome apply(EntityRef entity, VolumeHistory history, Instant windowStart, MentionTally tally) {
        Instant windowEnd = windowStart.plus(HOUR);
        VolumeHistory current = history == null
                ? new VolumeHistory(windowStart.truncatedTo(ChronoUnit.HOURS), List.of(), List.of())
                : history;
        VolumeHistory updated = record(current, windowStart, tally.count());

        String day = windowEnd.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        double[] stats = baselineBefore(current, windowStart);
        double mean = stats[0];
        double std = stats[1];
        double threshold = mean + sigmas * Math.max(std, minStd);
        boolean warm = !windowStart.isBefore(current.firstSeen().plus(warmUp));
        if (!warm || tally.count() < minMentions || tally.count() <= threshold || updated.spikeDays().contains(day)) {
            return new Outcome(updated, Optional.empty());
        }
        List<String> days = new ArrayList<>(updated.spikeDays());
        days.add(day);
        while (days.size() > MAX_SPIKE_DAYS) {
            days.remove(0);
        }
        VolumeHistory marked = new VolumeHistory(updated.firstSeen(), updated.hours(), days);
        return new Outcome(marked, Optional.of(alert(entity, day, windowStart, windowEnd, tally, mean, std)));
    }

    /**
     * Mean and standard deviation of the hourly counts in the baseline period before
     * {@code start}. The period starts no earlier than the entity's first count: hours before it
     * were not watched, so they are not known to be quiet.
     */
    double[] baselineBefore(VolumeHistory history, Instant start) {
        Instant from = start.minus(baseline);
        if (from.isBefore(history.firstSeen())) {
            from = history.firstSeen();
        }
        long hours = Duration.between(from, start).toHours();
        if (hours <= 0) {
            return new double[] {0, 0};
        }
        double sum = 0;
        double sumSquares = 0;
        for (VolumeHistory.HourCount h : history.hours()) {
            if (!h.hour().isBefore(from) && h.hour().plus(HOUR).compareTo(start) <= 0) {
                sum += h.count();
                sumSquares += (double) h.count() * h.count();
            }
        }
        double mean = sum / hours;
        double variance = Math.max(0, sumSquares / hours - mean * mean);
        return new double[] {mean, Math.sqrt(variance)};
    }

    /** Keeps the count of whole clock hours only (the hopping windows that start on the hour). */
    private VolumeHistory record(VolumeHistory history, Instant windowStart, long count) {
        Instant earliest = history.firstSeen().isAfter(windowStart.truncatedTo(ChronoUnit.HOURS))
                ? windowStart.truncatedTo(ChronoUnit.HOURS) : history.firstSeen();
        List<VolumeHistory.HourCount> hours = new ArrayList<>(history.hours());
        if (windowStart.equals(windowStart.truncatedTo(ChronoUnit.HOURS))) {
            hours.removeIf(h -> h.hour().equals(windowStart));
            hours.add(new VolumeHistory.HourCount(windowStart, count));
            hours.sort(Comparator.comparing(VolumeHistory.HourCount::hour));
        }
        Instant latest = hours.isEmpty() ? windowStart : hours.get(hours.size() - 1).hour();
        Instant horizon = latest.minus(baseline).minus(HOUR);
        hours.removeIf(h -> h.hour().isBefore(horizon));
        return new VolumeHistory(earliest, hours, history.spikeDays());
    }

    private Alert alert(EntityRef entity, String day, Instant start, Instant end, MentionTally tally,
            double mean, double std) {
        double z = (tally.count() - mean) / Math.max(std, minStd);
        String headline = String.format(Locale.ROOT,
                "Unusual volume: %d mentions of %s in the last hour (baseline %.1f ± %.1f)",
                tally.count(), entity.name(), mean, std);
        String evidence = String.format(Locale.ROOT,
                "%d articles from %d outlets mention %s between %s and %s; over the previous %d hours it "
                        + "averaged %.2f an hour (standard deviation %.2f); this hour is %.1f deviations above.",
                tally.count(), tally.sources().size(), entity.name(), start, end, baseline.toHours(), mean, std, z);
        return new Alert(keyOf(entity.id(), day), AlertStatus.SPIKE, entity, Action.OTHER, List.of(entity.id()),
                headline, evidence, start, end, (int) Math.min(Integer.MAX_VALUE, tally.count()),
                tally.sources().size(), tally.articles(), z >= 2 * sigmas ? Severity.HIGH : Severity.MEDIUM, "volume-spike");
    }

    /** The key of an entity's volume alert for one UTC day. */
    public static String keyOf(String entityId, String day) {
        return "spike|" + entityId + "|" + day;
    }
}
