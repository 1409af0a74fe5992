package io.chipwatch.signal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern that the detector tries on many short stretches of text (the words before a
 * trigger or a country name), tried only at the starts its stems allow ({@link StemScreen}).
 * Answers as the pattern itself does over the same text. Immutable and thread-safe.
 */
final class ScreenedPattern {

    private final Pattern pattern;
    /** Null runs the pattern everywhere. */
    private final StemScreen screen;

    /** @param screened whether to screen the pattern; the same answers either way */
    ScreenedPattern(Pattern pattern, boolean screened) {
        this.pattern = pattern;
        this.screen = screened ? new StemScreen(List.of(pattern)) : null;
    }

    /** As {@code pattern.matcher(text).find()}. */
    boolean find(String text) {
        return matches(text).next();
    }

    /** The successive matches in {@code text}, as repeated {@link Matcher#find()} gives them. */
    Matches matches(String text) {
        StemScreen.Possible possible = screen == null ? StemScreen.Possible.all(1, 0)
                : screen.candidates(RequiredStems.foldToChars(text), 0, text.length());
        return new Matches(pattern.matcher(text), possible, text.length());
    }

    /** A search through one text; the matcher holds each match found. */
    static final class Matches {

        private final Matcher matcher;
        private final StemScreen.Possible possible;
        private final int length;
        private int from;

        private Matches(Matcher matcher, StemScreen.Possible possible, int length) {
            this.matcher = matcher;
            this.possible = possible;
            this.length = length;
        }

        /** Finds the next match; false when there is none. */
        boolean next() {
            if (from > length || !possible.find(0, matcher, 0, from)) {
                from = length + 1;
                return false;
            }
            from = StemScreen.resume(matcher);
            return true;
        }

        int start() {
            return matcher.start();
        }

        int end() {
            return matcher.end();
        }
    }
}
