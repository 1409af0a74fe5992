package io.chipwatch.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One {@link StemScreen} for several groups of patterns that are needed for the same spans, so
 * that a span is scanned once for all of them instead of once per group: the automaton pass costs
 * about the same per char whatever the number of stems. Each group gets its own
 * {@link StemScreen.Possible}, indexed as the group's own list. Immutable and thread-safe.
 */
final class ScreenGroups {

    /** Null when unscreened: every pattern of every group is a candidate. */
    private final StemScreen screen;
    private final int[] sizes;

    /** @param screened whether to screen the patterns; the same answers either way */
    ScreenGroups(List<List<Pattern>> groups, boolean screened) {
        List<Pattern> all = new ArrayList<>();
        this.sizes = new int[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            sizes[g] = groups.get(g).size();
            all.addAll(groups.get(g));
        }
        this.screen = screened ? new StemScreen(all) : null;
    }

    /** For each group, in order, which of its patterns can match in {@code [from, to)} of {@code folded}. */
    List<StemScreen.Possible> candidates(char[] folded, int from, int to) {
        List<StemScreen.Possible> out = new ArrayList<>(sizes.length);
        StemScreen.Possible all = screen == null ? null : screen.candidates(folded, from, to);
        int base = 0;
        for (int size : sizes) {
            out.add(all == null ? StemScreen.Possible.all(size, from) : all.slice(base, size));
            base += size;
        }
        return out;
    }
}
