package io.chipwatch.tag;

/**
 * Wire datelines: the place, in capitals, a story was filed from, at the start of a paragraph,
 * before a comma, a slash to another place, or the agency in brackets ("WASHINGTON, Oct 17
 * (Reuters) -", "BEIJING/TAIPEI (AP) -", "PÉKIN, 12 août (AFP) -"). The city there names no
 * government, so a metonym alias ("Washington", "Pékin") must not be taken from it. Only place
 * names written in mixed case are checked: an acronym ("BIS, which...") or a company in capitals
 * ("NVIDIA, qui...") at the start of a paragraph is no dateline.
 */
final class Datelines {

    private Datelines() {
    }

    /** Whether {@code text[start, end)} is (part of) a dateline. */
    static boolean isDateline(String text, int start, int end) {
        if (!allCapitals(text, start, end)) {
            return false;
        }
        int before = start - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t' || text.charAt(before) == '/'
                || Character.isUpperCase(text.charAt(before)))) {
            before--;
        }
        if (before >= 0 && text.charAt(before) != '\n' && text.charAt(before) != '\r') {
            return false;
        }
        int after = end;
        while (after < text.length() && (text.charAt(after) == '/' || Character.isUpperCase(text.charAt(after))
                || text.charAt(after) == ' ' && after + 1 < text.length() && Character.isUpperCase(text.charAt(after + 1)))) {
            after++;
        }
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return after < text.length() && (text.charAt(after) == ',' || text.charAt(after) == '(');
    }

    private static boolean allCapitals(String text, int start, int end) {
        boolean letters = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters = true;
            }
        }
        return letters;
    }
}
