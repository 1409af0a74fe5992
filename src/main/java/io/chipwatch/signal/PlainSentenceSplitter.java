package io.chipwatch.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A small sentence splitter for the signal stage: a line break ends a paragraph, and
 * {@code . ! ? …} followed by a space and a capital, digit or opening quote ends a sentence,
 * except after a known abbreviation ("U.S.", "M.", "Inc."). Mentions are placed in sentences by
 * their offsets, so the tagger's own sentence numbering does not have to agree with this one.
 */
final class PlainSentenceSplitter {

    /** One sentence: its offsets in the text and the paragraph it belongs to. */
    record Span(int start, int end, int paragraph) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of(
            "m", "mm", "mme", "mr", "mrs", "ms", "dr", "st", "inc", "corp", "co", "ltd", "jr", "sr",
            "no", "vs", "etc", "p", "ex", "gen", "sen", "rep", "gov", "u.s", "u.k", "e.u", "u.n", "jan",
            "feb", "apr", "aug", "sept", "oct", "nov", "dec");

    /** Longest span treated as one sentence, in characters. */
    static final int MAX_SENTENCE = 1500;

    private PlainSentenceSplitter() {
    }

    static List<Span> split(String text) {
        return split(text, text.toCharArray());
    }

    /**
     * As {@link #split(String)}, given the text's chars: read from a char array, as through
     * {@link String#charAt}, whose every call checks the string's coding (Latin-1 or UTF-16),
     * splitting was a twentieth of detection time.
     */
    static List<Span> split(String text, char[] chars) {
        List<Span> spans = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= chars.length) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? chars.length : nl;
            if (splitLine(chars, lineStart, lineEnd, paragraph, spans)) {
                paragraph++;
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return spans;
    }

    private static boolean splitLine(char[] text, int from, int to, int paragraph, List<Span> out) {
        int start = from;
        boolean any = false;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = sentenceEnd(text, i, to);
                if (end > 0) {
                    any |= add(text, start, end, paragraph, out);
                    start = end;
                    i = end - 1;
                }
            }
        }
        any |= add(text, start, to, paragraph, out);
        return any;
    }

    /**
     * Where the sentence ends if the mark at {@code i} ends one, closing quotes included (French
     * puts a space before "»"); -1 if it does not.
     */
    private static int sentenceEnd(char[] text, int i, int to) {
        int end = i + 1;
        while (true) {
            int j = end;
            while (j < to && text[j] == ' ') {
                j++;
            }
            // A spaced quote closes only if it is a closing guillemet or curly quote.
            boolean closes = j < to && (j == end ? isCloser(text[j]) : text[j] == '»' || text[j] == '”');
            if (!closes) {
                break;
            }
            end = j + 1;
        }
        int j = end;
        if (j < to && !Character.isWhitespace(text[j])) {
            return -1;
        }
        while (j < to && Character.isWhitespace(text[j])) {
            j++;
        }
        if (j >= to) {
            return end;
        }
        char next = text[j];
        boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || "«\"“'(‘[—–-".indexOf(next) >= 0;
        return opens && (text[i] != '.' || !abbreviationBefore(text, i)) ? end : -1;
    }

    private static boolean abbreviationBefore(char[] text, int dot) {
        int k = dot;
        while (k > 0 && (Character.isLetter(text[k - 1]) || text[k - 1] == '.')) {
            k--;
        }
        String word = new String(text, k, dot - k).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(text[k]));
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '»' || c == '”' || c == ')' || c == '’' || c == ']' || c == '\'';
    }

    private static boolean add(char[] text, int start, int end, int paragraph, List<Span> out) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text[s])) {
            s++;
        }
        while (e > s && Character.isWhitespace(text[e - 1])) {
            e--;
        }
        if (s >= e) {
            return false;
        }
        // A "sentence" longer than any real one (a table, a list, text without stops) is cut at
        // spaces, so that matching time stays proportional to the text.
        while (e - s > MAX_SENTENCE) {
            int cut = lastSpace(text, s + MAX_SENTENCE);
            if (cut <= s) {
                cut = s + MAX_SENTENCE;
            }
            out.add(new Span(s, cut, paragraph));
            s = cut;
            while (s < e && Character.isWhitespace(text[s])) {
                s++;
            }
        }
        out.add(new Span(s, e, paragraph));
        return true;
    }

    /** As {@link String#lastIndexOf(int, int)} for a space. */
    private static int lastSpace(char[] text, int from) {
        for (int i = Math.min(from, text.length - 1); i >= 0; i--) {
            if (text[i] == ' ') {
                return i;
            }
        }
        return -1;
    }
}
