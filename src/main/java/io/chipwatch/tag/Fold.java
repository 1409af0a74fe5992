package io.chipwatch.tag;

import java.text.Normalizer;

/**
 * The character folding every alias and every text goes through before comparison: one table
 * lookup a character, so the matcher never allocates or normalises a string in its hot loop.
 * Folding lower-cases, strips accents ({@code é -> e}), turns every dash and white space into one
 * space and every apostrophe into {@code '}. It maps one char to one char, so offsets in the
 * folded view are offsets in the original text.
 */
final class Fold {

    /** A character that ends a word: punctuation, space, symbols. */
    static final byte OTHER = 0;
    /** A letter or a digit. */
    static final byte WORD = 1;
    /** Inside a word but invisible to matching: combining accents, soft hyphens, zero-width joiners. */
    static final byte SKIP = 2;

    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];
    private static final byte[] CLASS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            FOLDED[i] = foldOne(c);
            CLASS[i] = classify(c);
        }
    }

    private Fold() {
    }

    static char fold(char c) {
        return FOLDED[c];
    }

    static byte classOf(char c) {
        return CLASS[c];
    }

    /** True when {@code c} does not continue a word: what sits either side of a match. */
    static boolean isBoundary(char c) {
        return CLASS[c] == OTHER;
    }

    /** The folded form of a whole string, spaces collapsed and trimmed: the key aliases are compared by. */
    static String key(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (CLASS[c] == SKIP) {
                continue;
            }
            char f = FOLDED[c];
            if (f == ' ' && (out.length() == 0 || out.charAt(out.length() - 1) == ' ')) {
                continue;
            }
            out.append(f);
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    private static char foldOne(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isDash(c)) {
            return ' ';
        }
        if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u00B4' || c == '`' || c == '\u2032') {
            return '\'';
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        String stripped = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        char base = stripped.length() == 1 ? stripped.charAt(0) : c;
        return Character.toLowerCase(base);
    }

    private static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE63' || c == '\uFF0D';
    }

    private static byte classify(char c) {
        if (c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060') {
            return SKIP;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return SKIP;
        }
        return Character.isLetterOrDigit(c) ? WORD : OTHER;
    }
}
