package io.chipwatch.signal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether a trigger's clause holds what its rule asks for: a match of each of the rule's
 * {@code require} patterns, and, for {@code domain} rules, the chip vocabulary. The patterns of
 * all rules are screened together ({@link StemScreen}) once per clause, so a pattern runs only
 * where its stems occur, from the starts they allow; the answers are the same as running each
 * pattern over the whole clause. Immutable and thread-safe.
 */
final class ClauseRequirements {

    /** Every rule's {@code require} patterns, then the domain vocabulary. */
    private final List<Pattern> patterns = new ArrayList<>();
    /** Where each rule's patterns are in {@link #patterns}. */
    private final Map<SignalRule, int[]> indexes = new IdentityHashMap<>();
    private final int domain;
    /** Null tries every pattern. */
    private final StemScreen screen;

    /** @param screened whether to screen the patterns; the same answers either way */
    ClauseRequirements(SignalRules rules, boolean screened) {
        for (SignalRule rule : rules.rules()) {
            int[] own = new int[rule.require().size()];
            for (int i = 0; i < own.length; i++) {
                own[i] = patterns.size();
                patterns.add(rule.require().get(i));
            }
            indexes.put(rule, own);
        }
        domain = patterns.size();
        patterns.add(rules.domain());
        screen = screened ? new StemScreen(patterns) : null;
    }

    /** The requirements as they stand in one clause. */
    Check in(String clauseText) {
        return new Check(clauseText);
    }

    /**
     * As {@link #in(String)}, for a clause without asides at {@code offset} of an article, given
     * which patterns can match in a stretch of the article that contains it (its sentence; see
     * {@link StemScreen}): the windows found there include those of the clause.
     */
    Check in(String clauseText, StemScreen.Possible possible, int offset) {
        Check check = new Check(clauseText);
        check.possible = possible;
        check.offset = offset;
        return check;
    }

    /** The patterns, in the order a {@link StemScreen.Possible} given to {@link #in(String, StemScreen.Possible, int)} numbers them. */
    List<Pattern> patterns() {
        return patterns;
    }

    /** One clause's text, screened on first use. */
    final class Check {

        private final String text;
        /** The article offset of the text the windows of {@link #possible} refer to. */
        private int offset;
        private StemScreen.Possible possible;

        private Check(String text) {
            this.text = text;
        }

        /** Whether every {@code require} pattern of the rule matches somewhere in the clause. */
        boolean satisfies(SignalRule rule) {
            for (int p : indexes.get(rule)) {
                if (!matches(p)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the clause uses the chip vocabulary of {@link SignalRules#domain()}. */
        boolean namesDomain() {
            return matches(domain);
        }

        private boolean matches(int p) {
            if (possible == null) {
                possible = screen == null ? StemScreen.Possible.all(patterns.size(), 0)
                        : screen.candidates(RequiredStems.foldToChars(text), 0, text.length());
            }
            return possible.patterns().get(p) && possible.find(p, patterns.get(p).matcher(text), offset, 0);
        }
    }
}
