package io.chipwatch.signal;

import java.util.regex.Pattern;

/**
 * Whether every match of a pattern begins with a word boundary ({@code \b}): true when each
 * top-level alternative starts with {@code \b}, or with a group (not optional) whose alternatives
 * all do, as in {@code \b(the )?US|\bWashington} or {@code (\b(to|into)\s+)$}. Most patterns of
 * the rule file begin so. Such a pattern cannot match at a position between two letters, which
 * lets a search skip the positions inside words that its stems point to ("us" in "plus", "on"
 * in "questions") without trying the expression there. Conservative: anything it does not read
 * gives false.
 */
final class LeadingBoundary {

    private LeadingBoundary() {
    }

    static boolean of(Pattern pattern) {
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) != 0) {
            return false;
        }
        String regex = pattern.pattern();
        if (regex.contains("\\Q")) {
            return false; // quoted text is not read
        }
        return everyAlternative(regex, 0, regex.length());
    }

    /**
     * Whether a match can start only at a word boundary at {@code at} of {@code folded} (text folded
     * by {@link RequiredStems#foldToChars(String)}, which the matcher's input starts at {@code base}
     * of): false when the chars on both sides are ASCII letters or digits, word chars for
     * {@code \b} whatever the flags (a folded ASCII letter may come from the Kelvin sign or a long
     * s, letters too). At the input's ends there may always be a boundary.
     */
    static boolean possibleAt(char[] folded, int base, int at, int length) {
        return at == 0 || at >= length || !asciiWord(folded[base + at - 1]) || !asciiWord(folded[base + at]);
    }

    private static boolean asciiWord(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Whether every top-level alternative of {@code regex[from, to)} begins with a boundary. */
    private static boolean everyAlternative(String regex, int from, int to) {
        int start = from;
        int depth = 0;
        for (int i = from; i < to; i++) {
            int end = tokenEnd(regex, i);
            if (end < 0) {
                return false;
            }
            char c = regex.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                if (!begins(regex, start, i)) {
                    return false;
                }
                start = i + 1;
            }
            i = end;
        }
        return begins(regex, start, to);
    }

    /** Whether the alternative {@code regex[from, to)} begins with a boundary that every match of it passes. */
    private static boolean begins(String regex, int from, int to) {
        if (regex.startsWith("\\b", from) && from + 2 <= to) {
            // Not \b{g} (a grapheme boundary), nor a boundary made optional.
            return from + 2 == to || "{?*".indexOf(regex.charAt(from + 2)) < 0;
        }
        if (from >= to || regex.charAt(from) != '(') {
            return false;
        }
        int close = groupEnd(regex, from);
        if (close < 0 || close >= to) {
            return false;
        }
        if (close + 1 < to && "?*{".indexOf(regex.charAt(close + 1)) >= 0) {
            return false; // a group that may be skipped, or repeated a counted number of times
        }
        int body;
        if (regex.startsWith("(?:", from)) {
            body = from + 3;
        } else if (regex.startsWith("(?<", from) && !regex.startsWith("(?<=", from) && !regex.startsWith("(?<!", from)) {
            body = regex.indexOf('>', from) + 1;
        } else if (regex.startsWith("(?", from)) {
            return false; // lookarounds, flags, atomic groups
        } else {
            body = from + 1;
        }
        return body > from && everyAlternative(regex, body, close);
    }

    /** The index of the parenthesis that closes the group opened at {@code open}; -1 if none. */
    private static int groupEnd(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            int end = tokenEnd(regex, i);
            if (end < 0) {
                return -1;
            }
            char c = regex.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
            i = end;
        }
        return -1;
    }

    /**
     * The index of the last char of the token at {@code i}: an escape and the char it escapes, a
     * whole character class, or one char; -1 for a class that {@link #classEnd} cannot read.
     */
    private static int tokenEnd(String regex, int i) {
        char c = regex.charAt(i);
        if (c == '\\') {
            return i + 1;
        }
        return c == '[' ? classEnd(regex, i) : i;
    }

    /**
     * The index of the bracket that closes the character class opened at {@code open} (classes
     * nest); -1 if none, or if the class starts with a bracket, which Java may read as a literal.
     */
    private static int classEnd(String regex, int open) {
        int first = regex.startsWith("[^", open) ? open + 2 : open + 1;
        if (first < regex.length() && regex.charAt(first) == ']') {
            return -1;
        }
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
