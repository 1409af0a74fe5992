package io.chipwatch.tag;

import java.util.BitSet;

/**
 * One alias as the matcher uses it: which entity it names (or none, for an ignore phrase), the
 * capitals it insists on, and the entities a document must name for it to count.
 *
 * @param entity   index into the tagger's entity table, or {@link #IGNORE}
 * @param caseRule how strictly {@code upper} applies
 * @param upper    for each letter of the alias as written, whether it is a capital
 * @param requires entity indices of which at least one must be named plainly; {@code null} if unconditional
 */
record AliasEntry(int entity, CaseRule caseRule, boolean[] upper, BitSet requires) {

    static final int IGNORE = -1;

    static boolean[] capitals(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        boolean[] upper = new boolean[letters];
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                upper[k++] = Character.isUpperCase(c);
            }
        }
        return upper;
    }

    /** Whether the text between {@code start} and {@code end} has the capitals this alias asks for. */
    boolean caseMatches(String text, int start, int end) {
        if (caseRule == CaseRule.ANY) {
            return true;
        }
        int k = 0;
        for (int i = start; i < end && k < upper.length; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            boolean isUpper = Character.isUpperCase(c);
            if (upper[k] && !isUpper) {
                return false;
            }
            if (caseRule == CaseRule.EXACT && !upper[k] && isUpper) {
                return false;
            }
            k++;
        }
        return true;
    }

    boolean conditional() {
        return requires != null;
    }
}
