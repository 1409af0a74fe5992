package io.chipwatch.signal;

import java.util.ArrayDeque;
import java.util.ArrayList;
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
    }

    /** Which patterns can match in {@code [from, to)} of {@code folded} (text folded by {@link RequiredStems#fold(String)}). */
    BitSet candidates(String folded, int from, int to) {
        BitSet found = (BitSet) always.clone();
        int state = 0;
        for (int i = from; i < to; i++) {
            char c = folded.charAt(i);
            Integer step = next.get(state).get(c);
            while (step == null && state != 0) {
                state = failure.get(state);
                step = next.get(state).get(c);
            }
            state = step == null ? 0 : step;
            for (int p : outputs.get(state)) {
                found.set(p);
            }
        }
        return found;
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
