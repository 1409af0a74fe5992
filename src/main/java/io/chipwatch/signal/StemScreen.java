package io.chipwatch.signal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells which of a list of patterns can match in a span of text, from the literal stems each
 * needs ({@link RequiredStems}), in one pass over the folded text (an Aho-Corasick automaton over
 * all stems). A pattern without stems is always a candidate. Trying only the candidates finds the
 * same matches as trying every pattern, at a fraction of the cost: most sentences contain the
 * stems of few rules. Immutable and thread-safe.
 */
final class StemScreen {

    private static final int[] NONE = new int[0];

    private final BitSet always = new BitSet();
    private final int[] rootNext;
    private final char[][] edgeChars;
    private final int[][] edgeTargets;
    private final int[] fail;
    private final int[][] out;
    /** Trie transitions per state; state 0 is the root. */
    private final List<Map<Character, Integer>> next = new ArrayList<>();
    private final List<Integer> failure = new ArrayList<>();
    /** Patterns whose stem ends at a state, including those of its failure chain. */
    private final List<int[]> outputs = new ArrayList<>();

    StemScreen(List<Pattern> patterns) {
        addState();
        List<List<Integer>> ends = new ArrayList<>();
        ends.add(new ArrayList<>());
        for (int i = 0; i < patterns.size(); i++) {
            Optional<Set<String>> stems = RequiredStems.of(patterns.get(i));
            if (stems.isEmpty()) {
                always.set(i);
                continue;
            }
            for (String stem : stems.get()) {
                int state = 0;
                for (int k = 0; k < stem.length(); k++) {
                    Integer to = next.get(state).get(stem.charAt(k));
                    if (to == null) {
                        to = addState();
                        ends.add(new ArrayList<>());
                        next.get(state).put(stem.charAt(k), to);
                    }
                    state = to;
                }
                ends.get(state).add(i);
            }
        }
        link(ends);
        // Flattened for the scan: a table for the root (every character is tried there), short
        // arrays for the other states, which have one or two edges.
        int states = next.size();
        rootNext = new int[Character.MAX_VALUE + 1];
        Arrays.fill(rootNext, -1);
        next.get(0).forEach((c, to) -> rootNext[c] = to);
        edgeChars = new char[states][];
        edgeTargets = new int[states][];
        fail = new int[states];
        out = new int[states][];
        for (int state = 0; state < states; state++) {
            Map<Character, Integer> edges = next.get(state);
            edgeChars[state] = new char[edges.size()];
            edgeTargets[state] = new int[edges.size()];
            int k = 0;
            for (Map.Entry<Character, Integer> edge : edges.entrySet()) {
                edgeChars[state][k] = edge.getKey();
                edgeTargets[state][k] = edge.getValue();
                k++;
            }
            fail[state] = failure.get(state);
            out[state] = outputs.get(state);
        }
    }

    /** Which patterns can match in {@code [from, to)} of {@code folded} (text folded by {@link RequiredStems#fold(String)}). */
    BitSet candidates(String folded, int from, int to) {
        BitSet found = (BitSet) always.clone();
        int state = 0;
        for (int i = from; i < to; i++) {
            char c = folded.charAt(i);
            int step = step(state, c);
            while (step < 0 && state != 0) {
                state = fail[state];
                step = step(state, c);
            }
            state = step < 0 ? 0 : step;
            for (int p : out[state]) {
                found.set(p);
            }
        }
        return found;
    }

    /** The trie transition from {@code state} on {@code c}, or -1; the root's is a table lookup. */
    private int step(int state, char c) {
        if (state == 0) {
            return rootNext[c];
        }
        char[] keys = edgeChars[state];
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] == c) {
                return edgeTargets[state][k];
            }
        }
        return -1;
    }

    private int addState() {
        next.add(new HashMap<>());
        failure.add(0);
        outputs.add(NONE);
        return next.size() - 1;
    }

    /** Failure links breadth-first, each state's outputs merged with those of its failure state. */
    private void link(List<List<Integer>> ends) {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        outputs.set(0, toArray(ends.get(0), NONE));
        for (int child : next.get(0).values()) {
            failure.set(child, 0);
            outputs.set(child, toArray(ends.get(child), NONE));
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            for (Map.Entry<Character, Integer> edge : next.get(state).entrySet()) {
                int child = edge.getValue();
                int f = failure.get(state);
                while (f != 0 && !next.get(f).containsKey(edge.getKey())) {
                    f = failure.get(f);
                }
                Integer target = next.get(f).get(edge.getKey());
                int fail = target == null || target == child ? 0 : target;
                failure.set(child, fail);
                outputs.set(child, toArray(ends.get(child), outputs.get(fail)));
                queue.add(child);
            }
        }
    }

    private static int[] toArray(List<Integer> own, int[] inherited) {
        BitSet set = new BitSet();
        own.forEach(set::set);
        for (int p : inherited) {
            set.set(p);
        }
        return set.isEmpty() ? NONE : set.stream().toArray();
    }
}
