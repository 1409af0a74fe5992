package io.chipwatch.signal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a sentence frames its trigger: negated, hedged (a confidence cap) and background (restated
 * history). Reads the {@link Modifier}s of the rules and the dates of the trigger's clause.
 */
final class Framing {

    /** The verdict for one trigger. */
    record Verdict(boolean negated, double confidenceCap, boolean background) {
    }

    private final List<Modifier> modifiers;
    private final Duration horizon;

    Framing(List<Modifier> modifiers, Duration horizon) {
        this.modifiers = modifiers;
        this.horizon = horizon;
    }

    /** The modifiers' patterns, in order, for the screen of a sentence ({@link SignalDetector#screens}). */
    List<Pattern> patterns() {
        return modifiers.stream().map(Modifier::pattern).toList();
    }

    /**
     * @param sentence  the sentence text
     * @param offset    the sentence's offset in the article text
     * @param ts        trigger start, relative to the sentence
     * @param date      the date expression attached to this trigger, if any
     * @param published the article's date; {@code null} turns off date-based background
     * @param possible  the modifiers that can match anywhere in the sentence, hence in any part of
     *                  it this looks at, and where (see {@link StemScreen})
     */
    Verdict judge(String sentence, int offset, int ts, Optional<LocalDate> date, Instant published,
            StemScreen.Possible possible) {
        boolean negated = false;
        double cap = 1.0;
        boolean pluperfect = false;
        boolean reported = false;
        boolean standing = false;
        BitSet candidates = possible.patterns();
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Modifier m = modifiers.get(i);
            int scopeStart = m.window() == 0 ? 0 : wordsBeforeStart(sentence, ts, m.window());
            String scope = m.window() == 0 ? sentence : sentence.substring(scopeStart, ts);
            // The windows were found in the whole sentence: a superset of those of the scope.
            if (!possible.find(i, m.pattern().matcher(scope), offset + scopeStart, 0)) {
                continue;
            }
            switch (m.kind()) {
                case NEGATION -> negated = true;
                case HEDGE -> cap = Math.min(cap, m.confidence());
                case PLUPERFECT -> pluperfect = true;
                case REPORTING -> reported = true;
                case STANDING_PAST -> standing = true;
                default -> throw new IllegalStateException("unknown modifier kind " + m.kind());
            }
        }
        boolean background;
        if (date.isPresent() && published != null) {
            LocalDate cutoff = published.minus(horizon).atZone(ZoneOffset.UTC).toLocalDate();
            background = date.get().isBefore(cutoff);
        } else {
            background = standing || (pluperfect && !reported);
        }
        return new Verdict(negated, cap, background);
    }

    /** The last {@code words} words before {@code end}, within the sentence. */
    static String wordsBefore(String sentence, int end, int words) {
        return sentence.substring(wordsBeforeStart(sentence, end, words), end);
    }

    /** Where the last {@code words} words before {@code end} begin. */
    private static int wordsBeforeStart(String sentence, int end, int words) {
        int i = end;
        int seen = 0;
        while (i > 0 && Character.isWhitespace(sentence.charAt(i - 1))) {
            i--;
        }
        while (i > 0) {
            char c = sentence.charAt(i - 1);
            if (Character.isWhitespace(c) && !Character.isWhitespace(sentence.charAt(i))) {
                seen++;
                if (seen >= words) {
                    break;
                }
            }
            i--;
        }
        return i;
    }
}
