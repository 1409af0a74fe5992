package io.chipwatch.signal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.regex.Pattern;

/**
 * Words just before a trigger that change what it means: a hedge, a negation, a past framing.
 *
 * @param id         name for error messages and docs
 * @param kind       what the words do
 * @param window     how many words before the trigger are looked at; 0 means the whole sentence before it
 * @param pattern    the words
 * @param confidence for {@link Kind#HEDGE}: the confidence a hedged signal keeps
 */
public record Modifier(String id, Kind kind, int window, Pattern pattern, double confidence) {

    /** What a modifier does to the trigger it precedes. */
    public enum Kind {
        /** threat, plan, proposal, call or condition: lower confidence */
        HEDGE,
        /** the action did not happen: no signal */
        NEGATION,
        /** "had banned": background unless a {@link #REPORTING} frame precedes */
        PLUPERFECT,
        /** "X reported that...": the pluperfect is the reporter's tense, not history */
        REPORTING,
        /** "since 2023", "during his first term": background */
        STANDING_PAST
    }

    @JsonCreator
    static Modifier fromYaml(
            @JsonProperty(value = "id", required = true) String id,
            @JsonProperty(value = "kind", required = true) Kind kind,
            @JsonProperty("window") Integer window,
            @JsonProperty(value = "pattern", required = true) String pattern,
            @JsonProperty("confidence") Double confidence) {
        int words = window == null ? 0 : window;
        if (words < 0) {
            throw new IllegalArgumentException("modifier " + id + ": window must be >= 0");
        }
        if (kind == Kind.HEDGE && (confidence == null || confidence <= 0 || confidence >= 1)) {
            throw new IllegalArgumentException("modifier " + id + ": a HEDGE needs a confidence in (0, 1)");
        }
        return new Modifier(id, kind, words, Regexes.compile("modifier " + id + ": pattern", pattern),
                confidence == null ? 1.0 : confidence);
    }
}
