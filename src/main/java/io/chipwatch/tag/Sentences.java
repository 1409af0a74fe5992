package io.chipwatch.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts English and French news text into sentences. A sentence ends at a line break, or at
 * {@code . ! ? …} (with any closing quotes or brackets, French-spaced "dernier. »" included)
 * followed by white space and a word that does not start in lower case. A full stop does not end a
 * sentence after an initial ("Michael C. Horowitz", "M. Huang"), a dotted abbreviation ("U.S.",
 * "e.g.") or a title or company suffix ("Dr.", "Inc."); decimals ("3.6") and domains
 * ("Mydrivers.com") have no space after the dot and never split.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "inc", "corp", "co", "ltd", "jr", "sr", "st", "vs", "gen",
            "sen", "rep", "gov", "dept", "no", "fig", "mme", "mlle", "mm", "me", "jan", "feb", "aug",
            "sept", "oct", "nov", "dec", "approx", "av", "bd", "cf", "p", "pp", "vol", "art");

    /** The characters that may end a sentence; everything else is skipped with one table read. */
    private static final boolean[] STOPS = new boolean[Character.MAX_VALUE + 1];

    static {
        for (char c : new char[] {'\n', '\r', '.', '!', '?', '…'}) {
            STOPS[c] = true;
        }
    }

    private Sentences() {
    }

    /** Receives each sentence as it is found. */
    private interface Sink {
        void accept(int start, int end);
    }

    /** The sentences of {@code text}, in order, each trimmed of surrounding white space. */
    public static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        split(text, (start, end) -> spans.add(new Span(start, end)));
        return spans;
    }

    /** The start offset of each sentence, ascending: what a binary search for "which sentence" needs. */
    public static int[] starts(String text) {
        int[][] starts = {new int[16]};
        int[] count = {0};
        split(text, (start, end) -> {
            if (count[0] == starts[0].length) {
                starts[0] = Arrays.copyOf(starts[0], count[0] * 2);
            }
            starts[0][count[0]++] = start;
        });
        return Arrays.copyOf(starts[0], count[0]);
    }

    private static void split(String text, Sink spans) {
        int n = text.length();
        int start = skipSpace(text, 0);
        int i = start;
        while (i < n) {
            while (i < n && !STOPS[text.charAt(i)]) {
                i++;
            }
            if (i >= n) {
                break;
            }
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(spans, text, start, i);
                start = skipSpace(text, i + 1);
                i = start;
                continue;
            }
            if (isTerminal(c)) {
                int end = afterClosers(text, i + 1);
                if (end < n && !Character.isWhitespace(text.charAt(end))) {
                    i = end;
                    continue;
                }
                int next = skipSpace(text, end);
                boolean breaks = next >= n || !Character.isLowerCase(text.charAt(next));
                if (breaks && c == '.' && isAbbreviation(text, i)) {
                    breaks = false;
                }
                if (breaks) {
                    add(spans, text, start, end);
                    start = next;
                    i = next;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        add(spans, text, start, n);
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /** Past further terminal marks and closing quotes/brackets; French puts a space before "»". */
    private static int afterClosers(String text, int from) {
        int n = text.length();
        int end = from;
        while (end < n && isTerminal(text.charAt(end))) {
            end++;
        }
        while (true) {
            int s = end;
            while (s < n && (text.charAt(s) == ' ' || text.charAt(s) == '\u00A0' || text.charAt(s) == '\u202F')) {
                s++;
            }
            if (s < n && (text.charAt(s) == '»' || text.charAt(s) == '”')) {
                end = s + 1;
            } else if (end < n && (text.charAt(end) == ')' || text.charAt(end) == ']' || text.charAt(end) == '"'
                    || text.charAt(end) == '’' || text.charAt(end) == '\'')) {
                end++;
            } else {
                return end;
            }
        }
    }

    private static boolean isAbbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String token = text.substring(s, dot);
        if (token.isEmpty()) {
            return false;
        }
        if (token.length() == 1 && Character.isUpperCase(token.charAt(0))) {
            return true;
        }
        return token.indexOf('.') >= 0 || ABBREVIATIONS.contains(token.toLowerCase(Locale.ROOT));
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i)) || i < text.length() && text.charAt(i) == '\u00A0') {
            i++;
        }
        return i;
    }

    private static void add(Sink spans, String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > start) {
            spans.accept(start, e);
        }
    }
}
