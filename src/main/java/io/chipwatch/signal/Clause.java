package io.chipwatch.signal;

/**
 * The part of a sentence a trigger belongs to. Parenthetical asides ("(un dispositif similaire
 * avait déjà été annoncé ... cet été)") and semicolons separate clauses, so that an aside's chip
 * or date does not leak into the main statement, and the other way round.
 */
final class Clause {

    private final int[] depth;
    private final int start;
    private final int end;
    private final int level;

    private Clause(int[] depth, int start, int end, int level) {
        this.depth = depth;
        this.start = start;
        this.end = end;
        this.level = level;
    }

    /** The clause of {@code sentence} around offset {@code at}. */
    static Clause around(String sentence, int at) {
        return around(sentence, depths(sentence), at);
    }

    /**
     * The clause of {@code sentence} around offset {@code at}, given the sentence's
     * {@link #depths(String)}: computed once per sentence, not once per trigger.
     */
    static Clause around(String sentence, int[] depth, int at) {
        int level = at < depth.length ? depth[at] : 0;
        int start = at;
        while (start > 0 && isInside(sentence, depth, start - 1, level)) {
            start--;
        }
        int end = at;
        while (end < sentence.length() && isInside(sentence, depth, end, level)) {
            end++;
        }
        return new Clause(depth, start, end, level);
    }

    /** How deep in brackets each char of {@code sentence} is; an opening bracket counts as inside. */
    static int[] depths(String sentence) {
        int[] depth = new int[sentence.length()];
        int d = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '(' || c == '[') {
                d++;
            }
            depth[i] = d;
            if ((c == ')' || c == ']') && d > 0) {
                d--;
            }
        }
        return depth;
    }

    private static boolean isInside(String sentence, int[] depth, int i, int level) {
        if (level == 0) {
            return sentence.charAt(i) != ';' || depth[i] > 0;
        }
        return depth[i] >= level && !(depth[i] == level && (sentence.charAt(i) == '(' || sentence.charAt(i) == '['));
    }

    private boolean nested(int from, int to) {
        for (int i = from; i < to; i++) {
            if (depth[i] > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code [from, to)} of the sentence lies in this clause (not in an aside of it). */
    boolean contains(int from, int to) {
        if (from < start || to > end) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (level == 0 ? depth[i] > 0 : depth[i] < level) {
                return false;
            }
        }
        return true;
    }

    /** Where the clause starts in the sentence. */
    int start() {
        return start;
    }

    /** Whether the clause has no aside: its {@link #text(String)} is a plain part of the sentence. */
    boolean plain() {
        return level == 0 && !nested(start, end);
    }

    /** The clause's text, asides blanked out with spaces so that offsets still line up. */
    String text(String sentence) {
        if (plain()) {
            return sentence.substring(start, end); // no aside to blank: most clauses
        }
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            out.append(contains(i, i + 1) ? sentence.charAt(i) : ' ');
        }
        return out.toString();
    }
}
