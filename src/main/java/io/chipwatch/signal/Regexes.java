package io.chipwatch.signal;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Compiles the regular expressions of the rule file, all with the same flags. */
final class Regexes {

    /** Case-insensitive and Unicode-aware, so that {@code \w} and {@code \b} work on French words. */
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private Regexes() {
    }

    /**
     * @param field what the expression is, for the error message
     * @throws IllegalArgumentException when the expression is missing or does not compile
     */
    static Pattern compile(String field, String regex) {
        if (regex == null || regex.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        try {
            return Pattern.compile(regex, FLAGS);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(field + " is not a valid regular expression: "
                    + e.getDescription() + " near index " + e.getIndex(), e);
        }
    }

    static Pattern compileOptional(String field, String regex) {
        return regex == null ? null : compile(field, regex);
    }

    /**
     * Same length as the input, so offsets stay valid: typographic apostrophes become plain ones
     * and non-breaking spaces plain spaces, which lets rule authors write only the plain forms.
     */
    static String normalize(String text) {
        char[] chars = text.toCharArray();
        return normalizeInPlace(chars) ? new String(chars) : text;
    }

    /** {@link #normalize(String)} on the chars of a text, in place; whether any changed. */
    static boolean normalizeInPlace(char[] chars) {
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char plain = switch (chars[i]) {
                case '\u2019', '\u2018', '\u02BC' -> '\'';
                case '\u00A0', '\u202F' -> ' ';
                default -> chars[i];
            };
            changed |= plain != chars[i];
            chars[i] = plain;
        }
        return changed;
    }
}
