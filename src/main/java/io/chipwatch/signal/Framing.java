package io.chipwatch.signal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

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

    /**
     * @param sentence  the sentence text
     * @param ts        trigger start, relative to the sentence
     * @param date      the date expression attached to this trigger, if any
     * @param published the article's date; {@code null} turns off date-based background
     */
    Verdict judge(String sentence, int ts, Optional<LocalDate> date, Instant published) {
        boolean negated = false;
        double cap = 1.0;
        boolean pluperfect = false;
        boolean reported = false;
        boolean standing = false;
        for (Modifier m : modifiers) {
            String scope = m.window() == 0 ? sentence : wordsBefore(sentence, ts, m.window());
            if (!m.pattern().matcher(scope).find()) {
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
        return sentence.substring(i, end);
    }
}
