package io.chipwatch.tag;

import java.util.BitSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One alias as the matcher uses it: which entity it names (or none, for an ignore phrase), the
 * capitals it insists on, and the entities a document must name for it to count.
 *
 * @param entity   index into the tagger's entity table, or {@link #IGNORE}
 * @param caseRule how strictly {@code upper} applies
 * @param upper    for each letter of the alias as written, whether it is a capital
 * @param requires entity indices of which at least one must be named plainly; {@code null} if unconditional
 * @param notAfterName whether a capitalised word just before it (a first name: "Sarah Blackwell") rules it out
 */
record AliasEntry(int entity, CaseRule caseRule, boolean[] upper, BitSet requires, boolean notAfterName) {

    static final int IGNORE = -1;

    /** Capitalised words that start sentences or titles without being a first name. */
    private static final Set<String> NOT_NAMES = Set.of(
            "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "new", "next",
            "latest", "upcoming", "and", "or", "but", "with", "how", "why", "when", "while", "after", "before", "if",
            "le", "la", "les", "l", "un", "une", "des", "du", "de", "sa", "son", "ses", "leur", "leurs", "ce", "cette",
            "ces", "nouvelle", "nouveau", "nouvelles", "et", "ou", "mais", "avec", "comment", "pourquoi", "quand",
            "si", "plus", "on", "in", "for", "pour", "en", "dans", "par", "by", "of");

    /** The matcher's view of {@code alias}, an alias of {@code entities[entity]}; {@code index} maps ids to positions. */
    static AliasEntry of(Alias alias, int entity, Entity[] entities, Map<String, Integer> index) {
        return new AliasEntry(entity, alias.caseRule(), capitals(alias.text()),
                alias.requires().isEmpty() ? null : requirements(alias, entities, index), alias.notAfterName());
    }

    /** The entities that satisfy one of the alias's requirements: an id, {@code jurisdiction:xx} or {@code type:T}. */
    private static BitSet requirements(Alias alias, Entity[] entities, Map<String, Integer> index) {
        BitSet set = new BitSet(entities.length);
        for (String requirement : alias.requires()) {
            if (requirement.startsWith("jurisdiction:")) {
                String j = requirement.substring("jurisdiction:".length());
                for (int e = 0; e < entities.length; e++) {
                    if (j.equals(entities[e].jurisdiction())) {
                        set.set(e);
                    }
                }
            } else if (requirement.startsWith("type:")) {
                EntityType type = EntityType.valueOf(requirement.substring("type:".length()));
                for (int e = 0; e < entities.length; e++) {
                    if (entities[e].type() == type) {
                        set.set(e);
                    }
                }
            } else if (index.containsKey(requirement)) {
                set.set(index.get(requirement));
            }
        }
        return set;
    }

    private static boolean[] capitals(String text) {
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
    /** Whether the alias as written has small letters: "Washington" has, "BIS" has not. */
    boolean writtenInMixedCase() {
        for (boolean capital : upper) {
            if (!capital) {
                return true;
            }
        }
        return false;
    }

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

    /**
     * Whether the match at {@code start} survives {@link #notAfterName}: the word before it, if
     * any, is not a capitalised ordinary word that is not already part of a mention ending at
     * {@code previousEnd} ("Nvidia Blackwell" stays, "Sarah Blackwell" goes).
     */
    boolean contextAllows(String text, int start, int previousEnd) {
        if (!notAfterName) {
            return true;
        }
        int j = start - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\u00A0')) {
            j--;
        }
        if (j < 0 || !Character.isLetter(text.charAt(j)) || j < previousEnd) {
            return true;
        }
        int ws = j;
        while (ws > 0 && Character.isLetter(text.charAt(ws - 1))) {
            ws--;
        }
        String word = text.substring(ws, j + 1);
        boolean titleCase = Character.isUpperCase(word.charAt(0))
                && word.chars().skip(1).anyMatch(Character::isLowerCase);
        return !titleCase || NOT_NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean conditional() {
        return requires != null;
    }
}
