package io.chipwatch.signal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which of a list of patterns can match in a span of text, and where their matches can
 * start, using the literal stems each needs ({@link RequiredStems}), in one pass over the folded
 * text (an Aho-Corasick automaton over all stems). Each pattern has two sets of stems, often the
 * same: its most selective ones screen it, and those nearest the start of a match bound where a
 * match can start (a window before each occurrence). A pattern without stems is always a
 * candidate, from the start of the span. Trying only the candidates, each only at the starts its
 * windows allow, finds the same matches as trying every pattern at every position: most sentences
 * contain the stems of few rules, and a stem occurs at few places. Immutable and thread-safe.
 */
final class StemScreen {

    /**
     * The patterns that can match in a span, the span's start {@code from}, and, for patterns with
     * stems, the windows their matches can start in: {@code starts[p]} is {@code null} for a
     * pattern without stems (anywhere from {@code from}), and {@code starts} itself is {@code null}
     * when no pattern has a window (most spans, for most screens: nothing is allocated for them).
     * {@code folded} is the text the screen read and {@code atBoundary} tells the patterns whose
     * matches begin with a word boundary ({@link LeadingBoundary}), so that a search skips the
     * positions of their windows inside words; both {@code null} without a screen.
     */
    record Possible(BitSet patterns, int from, StartWindows[] starts, char[] folded, boolean[] atBoundary) {

        /** Every pattern, from the start of the span: the screen switched off. */
        static Possible all(int size, int from) {
            BitSet every = new BitSet(size);
            every.set(0, size);
            return new Possible(every, from, null, null, null);
        }

        /**
         * For each pattern, the earliest text offset a match can start at: the span's start for a
         * pattern without stems, {@link Integer#MAX_VALUE} for one the screen ruled out.
         */
        int[] earliest() {
            int[] earliest = new int[patterns.size()];
            Arrays.fill(earliest, Integer.MAX_VALUE);
            for (int p = patterns.nextSetBit(0); p >= 0; p = patterns.nextSetBit(p + 1)) {
                earliest[p] = windows(p) == null ? from : windows(p).first();
            }
            return earliest;
        }

        /**
         * The first match of pattern {@code p} that starts at or after {@code from}, as
         * {@code matcher.find(from)} finds it; only the starts the screen allows are tried. False
         * for a pattern the screen ruled out.
         *
         * @param matcher a matcher of pattern {@code p} over the text from {@code offset} (a sentence)
         * @param from    relative to the matcher's input
         */
        boolean find(int p, Matcher matcher, int offset, int from) {
            if (!patterns.get(p)) {
                return false;
            }
            StartWindows windows = windows(p);
            if (windows == null) {
                int first = Math.max(from, this.from - offset);
                return first <= matcher.reset().regionEnd() && matcher.find(first);
            }
            return windows.find(matcher, offset, from, atBoundary != null && atBoundary[p] ? folded : null);
        }

        /** Patterns {@code base} to {@code base + size - 1} of this, renumbered from 0: one group of a {@link ScreenGroups}. */
        Possible slice(int base, int size) {
            return new Possible(patterns.get(base, base + size), from,
                    starts == null ? null : Arrays.copyOfRange(starts, base, base + size), folded,
                    atBoundary == null ? null : Arrays.copyOfRange(atBoundary, base, base + size));
        }

        private StartWindows windows(int p) {
            return starts == null ? null : starts[p];
        }
    }

    /**
     * Output entries are quadruples: pattern, stem length, how far before the stem a match may
     * start, and the stem's roles: a {@link #SCREEN} stem lets its pattern through, a
     * {@link #WINDOW} stem tells where its matches can start. A pattern can match only where
     * both kinds occur.
     */
    private static final int ENTRY = 4;
    private static final int SCREEN = 1;
    private static final int WINDOW = 2;
    private static final int[] NONE = new int[0];
    /** Stems are cut to this many chars. */
    private static final int MAX_STEM = 12;

    private final int size;
    private final BitSet always = new BitSet();
    /** The patterns whose every match begins with a word boundary. */
    private final boolean[] atBoundary;
    /** The class of each char in the transition table: 0 for chars no stem contains. */
    private final char[] classOf = new char[Character.MAX_VALUE + 1];
    /** Columns of the transition table: the classes of chars, 0 included. */
    private final int width;
    /**
     * The automaton as a table: at {@code state * width + class}, the state's successor on the
     * class, failure links already followed, so the scan does one lookup per char. Each entry is
     * its successor's row offset ({@code successor * width}), negated minus one when the successor
     * has outputs.
     */
    private final int[] rows;
    private final int[][] out;

    StemScreen(List<Pattern> patterns) {
        this.size = patterns.size();
        this.atBoundary = new boolean[size];
        for (int i = 0; i < size; i++) {
            atBoundary[i] = LeadingBoundary.of(patterns.get(i));
        }
        List<Map<Character, Integer>> trie = new ArrayList<>();
        List<List<int[]>> ends = new ArrayList<>();
        trie.add(new HashMap<>());
        ends.add(new ArrayList<>());
        for (int i = 0; i < patterns.size(); i++) {
            Optional<RequiredStems.Stems> stems = RequiredStems.stemsOf(patterns.get(i));
            if (stems.isEmpty()) {
                always.set(i);
                continue;
            }
            // A stem's prefix is required wherever the stem is, and begins where it does. Cut stems
            // keep the table small: the trigger file's long expansions ("must now apply for a
            // licence") made it twice the size.
            Map<String, int[]> roles = new LinkedHashMap<>();
            stems.get().screen().forEach((stem, reach) -> roles.merge(prefix(stem), new int[] {SCREEN, 0}, StemScreen::join));
            stems.get().anchors().forEach((stem, reach) -> roles.merge(prefix(stem), new int[] {WINDOW, reach}, StemScreen::join));
            for (Map.Entry<String, int[]> stem : roles.entrySet()) {
                int state = insert(trie, ends, stem.getKey());
                ends.get(state).add(new int[] {i, stem.getKey().length(), stem.getValue()[1], stem.getValue()[0]});
            }
        }
        // Numbered breadth-first, the shallow states that most chars of a text lead to share a
        // few cache lines of the table; in insertion order they were spread over all of it.
        int[] order = breadthFirst(trie);
        trie = renumbered(trie, order);
        ends = reordered(ends, order);
        char classes = 1;
        for (Map<Character, Integer> edges : trie) {
            for (char c : edges.keySet()) {
                if (classOf[c] == 0) {
                    classOf[c] = classes++;
                }
            }
        }
        this.width = classes;
        int[] next = new int[trie.size() * width];
        this.out = new int[trie.size()][];
        link(trie, ends, next);
        this.rows = new int[next.length];
        for (int k = 0; k < next.length; k++) {
            rows[k] = out[next[k]].length == 0 ? next[k] * width : -next[k] * width - 1;
        }
    }

    /** Which patterns can match in {@code [from, to)} of {@code folded} (text folded by {@link RequiredStems#fold(String)}). */
    Possible candidates(String folded, int from, int to) {
        return candidates(folded.toCharArray(), from, to);
    }

    /** As {@link #candidates(String, int, int)}, on the chars of the folded text. */
    Possible candidates(char[] folded, int from, int to) {
        BitSet found = new BitSet(size);
        // Allocated at the first window: most spans hold no stem of most screens.
        StartWindows[] starts = null;
        int row = 0;
        for (int i = from; i < to; i++) {
            row = rows[row + classOf[folded[i]]];
            if (row >= 0) {
                continue;
            }
            row = -row - 1;
            int[] outputs = out[row / width];
            for (int k = 0; k < outputs.length; k += ENTRY) {
                int p = outputs[k];
                if ((outputs[k + 3] & SCREEN) != 0) {
                    found.set(p);
                }
                if ((outputs[k + 3] & WINDOW) == 0) {
                    continue;
                }
                int stem = i + 1 - outputs[k + 1];
                int reach = outputs[k + 2];
                int start = reach == RequiredStems.UNBOUNDED ? from : Math.max(from, stem - reach);
                if (starts == null) {
                    starts = new StartWindows[size];
                }
                if (starts[p] == null) {
                    starts[p] = new StartWindows();
                }
                starts[p].add(start, stem);
            }
        }
        for (int p = found.nextSetBit(0); p >= 0; p = found.nextSetBit(p + 1)) {
            if (starts == null || starts[p] == null) {
                found.clear(p); // no window: no start is possible
            }
        }
        found.or(always);
        return new Possible(found, from, starts, folded, atBoundary);
    }

    /** Where {@link Matcher#find()} would resume after the match {@code matcher} holds. */
    static int resume(Matcher matcher) {
        return matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
    }

    /**
     * Fills the transition table {@code next[state * width + class]} breadth-first: a trie edge
     * where there is one, else the successor of the state's failure state (the longest proper
     * suffix that is in the trie); and each state's outputs, merged with those of its failure state.
     */
    private void link(List<Map<Character, Integer>> trie, List<List<int[]>> ends, int[] next) {
        int[] fail = new int[trie.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        out[0] = flatten(ends.get(0), NONE);
        queue.add(0);
        while (!queue.isEmpty()) {
            int state = queue.poll();
            for (Map.Entry<Character, Integer> edge : trie.get(state).entrySet()) {
                int child = edge.getValue();
                int cls = classOf[edge.getKey()];
                // The child's failure state: where the parent's failure state goes on this char.
                int failTo = state == 0 ? 0 : next[fail[state] * width + cls];
                fail[child] = failTo;
                out[child] = flatten(ends.get(child), out[failTo]);
                queue.add(child);
            }
            if (state != 0) {
                System.arraycopy(next, fail[state] * width, next, state * width, width);
            }
            for (Map.Entry<Character, Integer> edge : trie.get(state).entrySet()) {
                next[state * width + classOf[edge.getKey()]] = edge.getValue();
            }
        }
    }

    /** The states of the trie in breadth-first order, the root first. */
    private static int[] breadthFirst(List<Map<Character, Integer>> trie) {
        int[] order = new int[trie.size()];
        int head = 0;
        int tail = 1;
        while (head < tail) {
            for (int child : new TreeMap<>(trie.get(order[head++])).values()) {
                order[tail++] = child;
            }
        }
        return order;
    }

    /** The trie with state {@code order[k]} renamed {@code k}. */
    private static List<Map<Character, Integer>> renumbered(List<Map<Character, Integer>> trie, int[] order) {
        int[] name = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            name[order[k]] = k;
        }
        List<Map<Character, Integer>> out = new ArrayList<>(order.length);
        for (int old : order) {
            Map<Character, Integer> edges = new HashMap<>();
            trie.get(old).forEach((c, to) -> edges.put(c, name[to]));
            out.add(edges);
        }
        return out;
    }

    private static <T> List<T> reordered(List<T> states, int[] order) {
        List<T> out = new ArrayList<>(order.length);
        for (int old : order) {
            out.add(states.get(old));
        }
        return out;
    }

    /** Adds {@code stem} to the trie; the state it ends in. */
    private static int insert(List<Map<Character, Integer>> trie, List<List<int[]>> ends, String stem) {
        int state = 0;
        for (int k = 0; k < stem.length(); k++) {
            Integer to = trie.get(state).get(stem.charAt(k));
            if (to == null) {
                to = trie.size();
                trie.add(new HashMap<>());
                ends.add(new ArrayList<>());
                trie.get(state).put(stem.charAt(k), to);
            }
            state = to;
        }
        return state;
    }

    private static String prefix(String stem) {
        return stem.length() <= MAX_STEM ? stem : stem.substring(0, MAX_STEM);
    }

    /** Both roles of two stems cut to the same prefix; as a window, the farther reach. */
    private static int[] join(int[] a, int[] b) {
        return new int[] {a[0] | b[0], Math.max(a[1], b[1])};
    }

    private static int[] flatten(List<int[]> own, int[] inherited) {
        int[] all = Arrays.copyOf(inherited, inherited.length + ENTRY * own.size());
        int k = inherited.length;
        for (int[] entry : own) {
            System.arraycopy(entry, 0, all, k, ENTRY);
            k += ENTRY;
        }
        return all;
    }
}
