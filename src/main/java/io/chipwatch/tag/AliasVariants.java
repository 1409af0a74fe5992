package io.chipwatch.tag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The folded spellings one alias stands for. Journalists write part numbers with and without a
 * dash or a space between letters and digits ("H20", "H-20", "H 20", "MI308", "MI-308"), and
 * pluralise them in English ("H100s"); the watchlist lists the name once and this expands it.
 * Dashes already fold to spaces, so "H-20" and "H 20" are one key.
 */
final class AliasVariants {

    /** Beyond this many letter/digit joints an alias is matched only as written, to bound the expansion. */
    private static final int MAX_JOINTS = 4;

    private AliasVariants() {
    }

    /**
     * @param text   the alias as written
     * @param plural whether an English plural {@code s} may follow a part number
     */
    static Set<String> keys(String text, boolean plural) {
        String key = Fold.key(text);
        List<String> variants = new ArrayList<>();
        variants.add("");
        int joints = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean joint = i > 0 && joints < MAX_JOINTS && isJoint(key, i);
            if (joint) {
                joints++;
                List<String> next = new ArrayList<>(variants.size() * 2);
                for (String v : variants) {
                    if (c == ' ') {
                        next.add(v + ' ');
                        next.add(v);
                    } else {
                        next.add(v + c);
                        next.add(v + ' ' + c);
                    }
                }
                variants = next;
            } else {
                for (int v = 0; v < variants.size(); v++) {
                    variants.set(v, variants.get(v) + c);
                }
            }
        }
        Set<String> keys = new LinkedHashSet<>(variants);
        if (plural && endsWithPartNumber(key)) {
            for (String v : variants) {
                keys.add(v + 's');
            }
        }
        return keys;
    }

    /** A place between a letter and a digit, written together or with a separator ("h|20", "mi| |308"). */
    private static boolean isJoint(String key, int i) {
        char c = key.charAt(i);
        if (c == ' ') {
            return i + 1 < key.length() && differentKinds(key.charAt(i - 1), key.charAt(i + 1));
        }
        char prev = key.charAt(i - 1);
        return prev != ' ' && differentKinds(prev, c);
    }

    private static boolean differentKinds(char a, char b) {
        return (Character.isLetter(a) && Character.isDigit(b)) || (Character.isDigit(a) && Character.isLetter(b));
    }

    private static boolean endsWithPartNumber(String key) {
        int lastSpace = key.lastIndexOf(' ');
        String lastWord = key.substring(lastSpace + 1);
        return lastWord.chars().anyMatch(Character::isDigit);
    }
}
