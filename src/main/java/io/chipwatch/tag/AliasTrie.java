package io.chipwatch.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A trie of folded alias keys, compiled into flat arrays so that walking it is a few array reads
 * a character. Text characters map straight to a small alphabet code through one table
 * ({@link #codeOf}), which folds case, accents and dashes in the same step. Nodes with several
 * children get a dense row indexed by code; the long single-child chains that make up most of a
 * big watchlist store their one edge inline. Each accepting node lists the payloads (alias entry
 * numbers) of the keys ending there.
 */
final class AliasTrie {

    /** No alias uses this character: the walk stops. */
    static final int DEAD = 0;
    /** Invisible inside a word (combining accent, soft hyphen): the walk steps over it. */
    static final int SKIP = 1;

    final char[] codeOf = new char[Character.MAX_VALUE + 1];
    final int spaceCode;
    final int alphabet;
    final int[] rowStart;
    final int[] table;
    final int[] singleCode;
    final int[] singleChild;
    final int[] acceptStart;
    final int[] acceptEnd;
    final int[] payloads;
    private final boolean[] accepting;

    private AliasTrie(Builder b) {
        TreeSet<Character> chars = new TreeSet<>();
        for (Map<Character, Integer> edges : b.children) {
            chars.addAll(edges.keySet());
        }
        Map<Character, Integer> code = new HashMap<>();
        int next = 2;
        for (char c : chars) {
            code.put(c, next++);
        }
        alphabet = next;
        spaceCode = code.getOrDefault(' ', -1);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (Fold.classOf(ch) == Fold.SKIP) {
                codeOf[c] = SKIP;
            } else {
                codeOf[c] = (char) (int) code.getOrDefault(Fold.fold(ch), DEAD);
            }
        }
        int nodes = b.children.size();
        rowStart = new int[nodes];
        singleCode = new int[nodes];
        singleChild = new int[nodes];
        acceptStart = new int[nodes];
        acceptEnd = new int[nodes];
        int rows = 0;
        for (Map<Character, Integer> edges : b.children) {
            if (edges.size() > 1) {
                rows++;
            }
        }
        table = new int[Math.max(1, rows) * alphabet];
        List<Integer> flat = new ArrayList<>();
        int row = 0;
        for (int node = 0; node < nodes; node++) {
            Map<Character, Integer> edges = b.children.get(node);
            rowStart[node] = -1;
            singleCode[node] = -1;
            if (edges.size() > 1) {
                rowStart[node] = row * alphabet;
                for (Map.Entry<Character, Integer> e : edges.entrySet()) {
                    table[row * alphabet + code.get(e.getKey())] = e.getValue();
                }
                row++;
            } else if (edges.size() == 1) {
                Map.Entry<Character, Integer> e = edges.entrySet().iterator().next();
                singleCode[node] = code.get(e.getKey());
                singleChild[node] = e.getValue();
            }
            acceptStart[node] = flat.size();
            flat.addAll(b.accepts.get(node));
            acceptEnd[node] = flat.size();
        }
        payloads = flat.stream().mapToInt(Integer::intValue).toArray();
        accepting = new boolean[nodes];
        for (int node = 0; node < nodes; node++) {
            accepting[node] = acceptEnd[node] > acceptStart[node];
        }
    }

    /** The child of {@code node} along {@code code}, or 0 (the root is nobody's child) when there is none. */
    int step(int node, int code) {
        int row = rowStart[node];
        if (row >= 0) {
            return table[row + code];
        }
        return singleCode[node] == code ? singleChild[node] : 0;
    }

    boolean accepts(int node) {
        return accepting[node];
    }

    int nodeCount() {
        return rowStart.length;
    }

    /** Collects folded keys and their payloads, then compiles. */
    static final class Builder {
        private final List<Map<Character, Integer>> children = new ArrayList<>();
        private final List<List<Integer>> accepts = new ArrayList<>();

        Builder() {
            newNode();
        }

        /** Adds a folded key (from {@link Fold#key}) carrying {@code payload}; a key may carry several. */
        Builder add(String key, int payload) {
            int node = 0;
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                Integer child = children.get(node).get(c);
                if (child == null) {
                    child = newNode();
                    children.get(node).put(c, child);
                }
                node = child;
            }
            if (!accepts.get(node).contains(payload)) {
                accepts.get(node).add(payload);
            }
            return this;
        }

        AliasTrie build() {
            return new AliasTrie(this);
        }

        private int newNode() {
            children.add(new HashMap<>(4));
            accepts.add(new ArrayList<>(1));
            return children.size() - 1;
        }
    }

    @Override
    public String toString() {
        return "AliasTrie[nodes=" + nodeCount() + ", alphabet=" + alphabet + ", payloads=" + payloads.length
                + ", denseRows=" + table.length / Math.max(1, alphabet) + "]";
    }
}
