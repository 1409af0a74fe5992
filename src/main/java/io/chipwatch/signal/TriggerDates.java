package io.chipwatch.signal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which date expression of a sentence dates a trigger: one of its own clause whose nearest
 * trigger it is, else, for a trigger right after "a week after" and the like, the date named
 * before that expression.
 */
final class TriggerDates {

    /** How close after a relative expression ("a week after") a trigger must be to take its anchor's date. */
    private static final int RELATIVE_REACH = 60;

    private TriggerDates() {
    }

    static Optional<LocalDate> of(String sentence, SentenceScan.Hit hit, Clause clause, List<SentenceScan.Hit> hits,
            List<DateExpressions.Dated> dated, DateExpressions dates) {
        return dateOf(hit, clause, hits, dated, dates.vocabulary().maxDistance())
                .or(() -> anchoredDate(sentence, hit, dated, dates));
    }

    /**
     * The date expression that dates this trigger: an expression of its clause, within reach,
     * whose nearest trigger is this one (or one overlapping it); the nearest such expression wins.
     */
    private static Optional<LocalDate> dateOf(SentenceScan.Hit hit, Clause clause, List<SentenceScan.Hit> hits,
            List<DateExpressions.Dated> dated, int reach) {
        LocalDate best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateExpressions.Dated d : dated) {
            if (!clause.contains(d.start(), d.end())) {
                continue;
            }
            SentenceScan.Hit nearest = hits.stream().filter(h -> clause.contains(h.start(), h.start() + 1))
                    .min(Comparator.comparingInt(h -> distance(d, h))).orElse(hit);
            // Another match of the same rule may be another actor's act: only this match, or one
            // overlapping it, owns the date.
            boolean mine = nearest.start() < hit.end() && hit.start() < nearest.end();
            int distance = distance(d, nearest);
            if (mine && distance <= reach && distance < bestDistance) {
                best = d.latest();
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * "opened the probe in December, a week after Washington restricted...": a trigger that follows
     * a relative expression closely takes the date of the nearest date expression before that
     * expression, which sits in another clause.
     */
    private static Optional<LocalDate> anchoredDate(String sentence, SentenceScan.Hit hit,
            List<DateExpressions.Dated> dated, DateExpressions dates) {
        // The text before the trigger, as a region with opaque bounds would show it.
        ScreenedPattern.Matches relative = dates.relative().matches(sentence.substring(0, hit.start()));
        int relativeStart = -1;
        int relativeEnd = -1;
        while (relative.next()) {
            relativeStart = relative.start();
            relativeEnd = relative.end();
        }
        if (relativeStart < 0 || hit.start() - relativeEnd > RELATIVE_REACH) {
            return Optional.empty();
        }
        int anchor = relativeStart;
        int reach = dates.vocabulary().maxDistance();
        return dated.stream().filter(d -> d.end() <= anchor && anchor - d.end() <= reach)
                .reduce((first, second) -> second).map(DateExpressions.Dated::latest);
    }

    private static int distance(DateExpressions.Dated d, SentenceScan.Hit h) {
        if (d.end() <= h.start()) {
            return h.start() - d.end();
        }
        return d.start() >= h.end() ? d.start() - h.end() : 0;
    }

}
