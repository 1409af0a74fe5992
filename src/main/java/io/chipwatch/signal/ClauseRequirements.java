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
        return new Check(clauseText, null, 0);
    }

    /**
     * As {@link #in(String)}, for a clause whose folded chars (by {@link RequiredStems#foldToChars(String)})
     * are already at hand: {@code folded} from {@code offset} on is {@code clauseText} folded.
     */
    Check in(String clauseText, char[] folded, int offset) {
        return new Check(clauseText, folded, offset);
    }

    /** One clause's text, screened on first use. */
    final class Check {

        private final String text;
        /** Null until screened when the clause had to be folded on its own. */
        private char[] folded;
        private int offset;
        private StemScreen.Possible possible;

        private Check(String text, char[] folded, int offset) {
            this.text = text;
            this.folded = folded;
            this.offset = offset;
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
                if (folded == null) {
                    folded = RequiredStems.foldToChars(text);
                    offset = 0;
                }
                possible = screen == null ? StemScreen.Possible.all(patterns.size(), offset)
                        : screen.candidates(folded, offset, offset + text.length());
            }
            return possible.patterns().get(p) && possible.find(p, patterns.get(p).matcher(text), offset, 0);
        }
    }
}
