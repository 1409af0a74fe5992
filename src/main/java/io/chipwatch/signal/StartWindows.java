package io.chipwatch.signal;

import java.util.Arrays;
import java.util.regex.Matcher;

/**
 * Where in a text a pattern's matches can start: the union of closed windows {@code [lo, hi]},
 * one per occurrence of one of its stems (a match containing a stem found at {@code q} starts at
 * most {@code reach} chars before it, and not after it; see {@link RequiredStems}). Searching only
 * these positions finds the same matches as {@link Matcher#find(int)} from the same offset,
 * without trying the regular expression at every position of the sentence. Not thread-safe: each
 * screening builds its own.
 */
final class StartWindows {

    /**
     * Windows at most this wide are tried position by position; a wider one is searched with one
     * {@link Matcher#find()}, which steps through positions faster than repeated resets do.
     */
    private static final int NARROW = 16;

    private int[] bounds = new int[4];
    private int size;
    private boolean merged;

    /** Adds the window {@code [lo, hi]}, in text offsets. */
    void add(int lo, int hi) {
        if (size == bounds.length) {
            bounds = Arrays.copyOf(bounds, 2 * size);
        }
        bounds[size++] = lo;
        bounds[size++] = hi;
        merged = false;
    }

    /** The lowest start of all windows. */
    int first() {
        merge();
        return bounds[0];
    }

    /**
     * Like {@code matcher.find(from)}, but tries only starts inside the windows: the first match
     * whose start is at least {@code from} and inside a window. On success the matcher holds the
     * match, as after {@code find}.
     *
     * @param matcher a matcher over the text from {@code offset} (a sentence), whose region this changes
     * @param offset  the text offset of the matcher's input
     * @param from    where the search starts, relative to the matcher's input
     * @param folded  for a pattern whose matches begin with a word boundary, the folded text the
     *                windows were found in (the matcher's input starts at {@code offset} of it):
     *                positions inside a word are skipped ({@link LeadingBoundary}); else {@code null}
     */
    boolean find(Matcher matcher, int offset, int from, char[] folded) {
        merge();
        // The text outside the region still counts for \b and lookarounds, and ^ does not match at
        // the region's start: the same conditions as find(int) over the whole input.
        matcher.reset().useTransparentBounds(true).useAnchoringBounds(false);
        int length = matcher.regionEnd();
        int next = from;
        for (int k = 0; k < size; k += 2) {
            int lo = Math.max(bounds[k] - offset, next);
            int hi = Math.min(bounds[k + 1] - offset, length);
            if (lo > hi) {
                continue;
            }
            if (hi - lo < NARROW) {
                for (int p = lo; p <= hi; p++) {
                    if (folded != null && !LeadingBoundary.possibleAt(folded, offset, p, length)) {
                        continue;
                    }
                    if (matcher.region(p, length).lookingAt()) {
                        return true;
                    }
                }
            } else {
                if (!matcher.region(lo, length).find()) {
                    return false;
                }
                if (matcher.start() <= hi) {
                    return true;
                }
                // No match starts before this one; it may still lie in a later window.
                next = matcher.start();
            }
        }
        return false;
    }

    /** Sorts the windows by start and joins those that overlap or touch. */
    private void merge() {
        if (merged) {
            return;
        }
        int pairs = size / 2;
        long[] packed = new long[pairs];
        for (int k = 0; k < pairs; k++) {
            packed[k] = ((long) bounds[2 * k] << 32) | (bounds[2 * k + 1] & 0xFFFFFFFFL);
        }
        Arrays.sort(packed);
        int out = 0;
        for (long window : packed) {
            int lo = (int) (window >> 32);
            int hi = (int) window;
            if (out > 0 && lo <= bounds[out - 1] + 1) {
                bounds[out - 1] = Math.max(bounds[out - 1], hi);
            } else {
                bounds[out++] = lo;
                bounds[out++] = hi;
            }
        }
        size = out;
        merged = true;
    }
}
