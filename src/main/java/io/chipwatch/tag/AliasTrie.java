package io.chipwatch.tag;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A trie of folded alias keys, compiled into flat arrays so that walking it is a few array reads
 * a character. Text characters map straight to a small alphabet code through one table
 * ({@link #codeOf}), which folds case, accents and dashes in the same step.
 *
 * <p>Layout is chosen for the cache, since a big watchlist is walked from every word start:
 * nodes are numbered breadth-first, so the short prefixes every word tries sit together; the
 * few nodes with many children (the root, common first letters) get a dense row indexed by
 * code, and all others a short sorted edge list scanned linearly.
 */
final class AliasTrie {

    /** No alias uses this character: the walk stops. */
    static final int DEAD = 0;
    /** Invisible inside a word (combining accent, soft hyphen): the walk steps over it. */
    static final int SKIP = 1;
    /** From this many children on, a node gets a dense row. */
    private static final int DENSE_FROM = 8;

    final char[] codeOf = new char[Character.MAX_VALUE + 1];
    final int spaceCode;
    final int alphabet;
    /** Per node: a dense row offset into {@link #table} (>= 0), or {@code -(first edge + 1)}. */
    private final int[] base;
    private final byte[] degree;
    private final char[] edgeCode;
    private final int[] edgeChild;
    private final int[] table;
    private final boolean[] accepting;
    final int[] acceptStart;
    final int[] acceptEnd;
    final int[] payloads;

    private AliasTrie(Builder b) {
        TreeSet<Character> chars = new TreeSet<>();
        b.children.forEach(edges -> chars.addAll(edges.keySet()));
        Map<Character, Integer> code = new HashMap<>();
        int next = 2;
        for (char c : chars) {
            code.put(c, next++);
        }
        alphabet = next;
        spaceCode = code.getOrDefault(' ', -1);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            codeOf[c] = Fold.classOf(ch) == Fold.SKIP ? SKIP : (char) (int) code.getOrDefault(Fold.fold(ch), DEAD);
        }
        int[] order = breadthFirst(b.children);
        int nodes = order.length;
        int[] renumber = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            renumber[order[i]] = i;
        }
        base = new int[nodes];
        degree = new byte[nodes];
        acceptStart = new int[nodes];
        acceptEnd = new int[nodes];
        accepting = new boolean[nodes];
        int rows = 0;
        int edges = 0;
        for (Map<Character, Integer> e : b.children) {
            if (e.size() >= DENSE_FROM) {
                rows++;
            } else {
                edges += e.size();
            }
        }
        table = new int[Math.max(1, rows) * alphabet];
        edgeCode = new char[edges];
        edgeChild = new int[edges];
        List<Integer> flat = new ArrayList<>();
        int row = 0;
        int edge = 0;
        for (int n = 0; n < nodes; n++) {
            int old = order[n];
            TreeMap<Integer, Integer> out = new TreeMap<>();
            b.children.get(old).forEach((c, child) -> out.put(code.get(c), renumber[child]));
            if (out.size() >= DENSE_FROM) {
                base[n] = row * alphabet;
                for (Map.Entry<Integer, Integer> e : out.entrySet()) {
                    table[row * alphabet + e.getKey()] = e.getValue();
                }
                row++;
            } else {
                base[n] = -(edge + 1);
                degree[n] = (byte) out.size();
                for (Map.Entry<Integer, Integer> e : out.entrySet()) {
                    edgeCode[edge] = (char) (int) e.getKey();
                    edgeChild[edge] = e.getValue();
                    edge++;
                }
            }
            acceptStart[n] = flat.size();
            flat.addAll(b.accepts.get(old));
            acceptEnd[n] = flat.size();
            accepting[n] = acceptEnd[n] > acceptStart[n];
        }
        payloads = flat.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] breadthFirst(List<Map<Character, Integer>> children) {
        int[] order = new int[children.size()];
        int count = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        while (!queue.isEmpty()) {
            int node = queue.poll();
            order[count++] = node;
            new TreeMap<>(children.get(node)).values().forEach(queue::add);
        }
        return Arrays.copyOf(order, count);
    }

    /** The child of {@code node} along {@code code}, or 0 (the root is nobody's child) when there is none. */
    int step(int node, int code) {
        int b = base[node];
        if (b >= 0) {
            return table[b + code];
        }
        int e = -b - 1;
        int end = e + degree[node];
        for (; e < end; e++) {
            if (edgeCode[e] == code) {
                return edgeChild[e];
            }
        }
        return 0;
    }

    boolean accepts(int node) {
        return accepting[node];
    }

    int nodeCount() {
        return base.length;
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
                + ", denseRows=" + table.length / Math.max(1, alphabet) + ", edges=" + edgeCode.length + "]";
    }
}
