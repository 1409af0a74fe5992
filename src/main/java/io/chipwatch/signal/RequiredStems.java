package io.chipwatch.signal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Derives, from a rule's regular expression, case-folded literal strings one of which every match
 * must contain ("banned|barred" needs "banned" or "barred"; "\b(impos\w+|instaur\w+)" needs
 * "impos" or "instaur"). A pattern with a branch that needs no literal ("\d{1,2}\s?%" aside,
 * "[^.;]{0,40}" alone) has none, and must always be run.
 *
 * <p>The derivation is conservative: anything it does not read (escapes such as {@code \x41},
 * {@code \Q...\E}, comments mode, supplementary characters) gives "always run". Literals are
 * folded with {@link #fold(char)}, the same equivalence Java uses for
 * {@code CASE_INSENSITIVE | UNICODE_CASE}, so a case-insensitive match implies a folded one.
 */
final class RequiredStems {

    /** Bounds the strings a pattern is expanded into ("interdi(t|te|ts)" is three). */
    private static final int MAX_STRINGS = 256;
    /** Bounds the alternatives a requirement may list (a long alternation of verb forms). */
    private static final int MAX_REQUIRED = 4096;
    private static final int MAX_LENGTH = 48;
    /** Anchors with a string shorter than this count as {@link #SHORT_PENALTY} chars farther away. */
    private static final int SHORT = 3;
    private static final int SHORT_PENALTY = 64;

    /** A length or offset without bound. */
    static final int UNBOUNDED = Integer.MAX_VALUE;

    /**
     * What a piece of a pattern can match: {@code exact} the finite set of strings it matches
     * (null when not finite or too many); {@code required} strings one of which any match contains,
     * each with how far after the start of the match it can begin at most (null when none is
     * required); {@code anchor} another such requirement, the one that begins closest to the start
     * of the match, which tells best where a match can start; {@code maxLength} the longest match,
     * in chars.
     */
    private record Lits(Set<String> exact, Map<String, Integer> required, Map<String, Integer> anchor, int maxLength) {

        /** One character (two chars for a supplementary code point). */
        static final Lits ONE = anything(2);
        static final Lits EMPTY = new Lits(Set.of(""), null, null, 0);

        static Lits exactly(Set<String> strings) {
            Map<String, Integer> required = strings.contains("") ? null : at(strings, 0);
            return new Lits(strings, required, required, strings.stream().mapToInt(String::length).max().orElse(0));
        }

        /** Up to {@code maxLength} chars of anything: no literal required. */
        static Lits anything(int maxLength) {
            return new Lits(null, null, null, maxLength);
        }
    }

    /**
     * {@link #fold(char)} of every char, computed once: folding a whole article char by char
     * through {@link Character#toUpperCase(char)} and {@link Character#toLowerCase(char)} was a
     * visible share of detection time.
     */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLDED[c] = fold((char) c);
        }
    }

    private final String regex;
    private int at;

    private RequiredStems(String regex) {
        this.regex = regex;
    }

    /**
     * The folded literals one of which every match of {@code pattern} contains, each with how
     * many chars before its start the match can begin at most ({@link #UNBOUNDED} when the text
     * before it has no limit, as with {@code \w+}); empty when the pattern must always run.
     */
    static Optional<Map<String, Integer>> of(Pattern pattern) {
        return parse(pattern).map(Lits::required).map(RequiredStems::shortest);
    }

    /**
     * Like {@link #of(Pattern)}, but the requirement whose strings begin closest to the start of
     * a match ("ordered" in "\b(ordered|told)\b[^.;]{0,160}\bto stop", where {@link #of} gives
     * "stop"): where one of them occurs at {@code q}, a match can start only in
     * {@code [q - offset, q]}. Empty when the pattern must always run.
     */
    static Optional<Map<String, Integer>> anchorsOf(Pattern pattern) {
        return parse(pattern).map(Lits::anchor).map(RequiredStems::shortest);
    }

    /** Both requirements of a pattern, from one reading of it. */
    record Stems(Map<String, Integer> screen, Map<String, Integer> anchors) {
    }

    /** {@link #of} and {@link #anchorsOf} together, reading the pattern once. */
    static Optional<Stems> stemsOf(Pattern pattern) {
        return parse(pattern).map(lits -> new Stems(shortest(lits.required()), shortest(lits.anchor())));
    }

    /** What the whole pattern can match; empty when it is not read or has no requirement. */
    private static Optional<Lits> parse(Pattern pattern) {
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
            return Optional.empty();
        }
        try {
            RequiredStems parser = new RequiredStems(pattern.pattern());
            Lits lits = parser.alternation();
            if (parser.at != parser.regex.length() || lits.required() == null || lits.anchor() == null) {
                return Optional.empty();
            }
            return Optional.of(lits);
        } catch (Unreadable e) {
            return Optional.empty();
        }
    }

    /**
     * Folds one character as Java's Unicode case-insensitive matching compares it (lower case of
     * the upper case), repeated until stable so that folding a folded character changes nothing.
     */
    static char fold(char c) {
        char f = c;
        for (int i = 0; i < 3; i++) {
            char next = Character.toLowerCase(Character.toUpperCase(f));
            if (next == f) {
                return f;
            }
            f = next;
        }
        return f;
    }

    /** {@code text} with every character folded; same length, so offsets stay valid. */
    static String fold(String text) {
        return new String(foldToChars(text));
    }

    /** The chars of {@link #fold(String)}, as the screens read them. */
    static char[] foldToChars(String text) {
        return foldInPlace(text.toCharArray());
    }

    /** Folds {@code chars} in place, as {@link #foldToChars(String)}; returns them. */
    static char[] foldInPlace(char[] chars) {
        for (int i = 0; i < chars.length; i++) {
            chars[i] = FOLDED[chars[i]];
        }
        return chars;
    }

    private Lits alternation() {
        Lits first = sequence();
        if (at >= regex.length() || regex.charAt(at) != '|') {
            return first;
        }
        Set<String> exact = first.exact() == null ? null : new LinkedHashSet<>(first.exact());
        Map<String, Integer> required = first.required() == null ? null : new LinkedHashMap<>(first.required());
        Map<String, Integer> anchor = first.anchor() == null ? null : new LinkedHashMap<>(first.anchor());
        int maxLength = first.maxLength();
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            Lits next = sequence();
            exact = exact == null || next.exact() == null ? null : union(exact, next.exact(), MAX_STRINGS);
            required = required == null || next.required() == null ? null : merge(required, next.required());
            anchor = anchor == null || next.anchor() == null ? null : merge(anchor, next.anchor());
            maxLength = Math.max(maxLength, next.maxLength());
        }
        return new Lits(exact, required, anchor, maxLength);
    }

    private Lits sequence() {
        List<Lits> parts = new ArrayList<>();
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            parts.add(quantified(atom()));
        }
        return concatenation(parts);
    }

    /**
     * The best requirement of a concatenation: a run of exact parts joined, or one part's own,
     * shifted by the longest text the parts before it can match.
     */
    private static Lits concatenation(List<Lits> parts) {
        Map<String, Integer> best = null;
        Map<String, Integer> anchor = null;
        Set<String> run = Set.of("");
        int runStart = 0;
        Set<String> all = Set.of("");
        int before = 0;
        for (Lits part : parts) {
            if (part.exact() != null) {
                if (run != null && run.equals(Set.of(""))) {
                    runStart = before;
                }
                Set<String> joined = product(run, part.exact());
                if (joined == null) {
                    joined = part.exact();
                    runStart = before;
                }
                run = joined;
                all = all == null ? null : product(all, part.exact());
                if (!run.contains("")) {
                    best = better(best, at(run, runStart));
                    anchor = closer(anchor, at(run, runStart));
                }
            } else {
                run = Set.of("");
                all = null;
            }
            if (part.required() != null) {
                best = better(best, shifted(part.required(), before));
            }
            if (part.anchor() != null) {
                anchor = closer(anchor, shifted(part.anchor(), before));
            }
            before = add(before, part.maxLength());
        }
        return all != null ? Lits.exactly(all) : new Lits(null, best, anchor, before);
    }

    private Lits quantified(Lits atom) {
        if (at >= regex.length()) {
            return atom;
        }
        char c = regex.charAt(at);
        int min;
        int max;
        if (c == '?' || c == '*' || c == '+') {
            at++;
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : UNBOUNDED;
        } else if (c == '{') {
            int close = regex.indexOf('}', at);
            if (close < 0) {
                throw new Unreadable();
            }
            String[] bounds = regex.substring(at + 1, close).split(",", -1);
            try {
                min = Integer.parseInt(bounds[0].trim());
                max = bounds.length == 1 ? min : bounds[1].isBlank() ? UNBOUNDED : Integer.parseInt(bounds[1].trim());
            } catch (NumberFormatException e) {
                throw new Unreadable();
            }
            at = close + 1;
        } else {
            return atom;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++; // lazy or possessive: the same strings
        }
        int maxLength = multiply(atom.maxLength(), max);
        if (min == 0) {
            Set<String> optional = max == 1 && atom.exact() != null ? union(atom.exact(), Set.of(""), MAX_STRINGS) : null;
            return optional == null ? Lits.anything(maxLength) : Lits.exactly(optional);
        }
        // The first repetition holds the requirement, as far from the start as in the atom alone.
        return min == 1 && max == 1 ? atom : new Lits(null, atom.required(), atom.anchor(), maxLength);
    }

    private Lits atom() {
        char c = regex.charAt(at);
        switch (c) {
            case '(':
                return group();
            case '[':
                return characterClass();
            case '\\':
                return escape();
            case '.':
                at++;
                return Lits.ONE;
            case '^':
            case '$':
                at++;
                return Lits.EMPTY;
            default:
                at++;
                if (Character.isSurrogate(c)) {
                    throw new Unreadable();
                }
                return Lits.exactly(Set.of(String.valueOf(fold(c))));
        }
    }

    private Lits group() {
        at++;
        boolean lookaround = false;
        if (regex.startsWith("?", at)) {
            if (regex.startsWith("?:", at) || regex.startsWith("?>", at)) {
                at += 2;
            } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
                at += 2;
                lookaround = true;
            } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
                at += 3;
                lookaround = true;
            } else if (regex.startsWith("?<", at)) {
                int close = regex.indexOf('>', at);
                if (close < 0) {
                    throw new Unreadable();
                }
                at = close + 1;
            } else {
                int end = at + 1;
                while (end < regex.length() && "idmsuxUc-".indexOf(regex.charAt(end)) >= 0) {
                    end++;
                }
                String flags = regex.substring(at + 1, end);
                if (flags.contains("x") || end >= regex.length()) {
                    throw new Unreadable();
                }
                at = end + 1;
                if (regex.charAt(end) == ')') {
                    return Lits.EMPTY;
                }
                if (regex.charAt(end) != ':') {
                    throw new Unreadable();
                }
            }
        }
        Lits inner = alternation();
        if (at >= regex.length() || regex.charAt(at) != ')') {
            throw new Unreadable();
        }
        at++;
        // A lookaround consumes nothing: the text matched around it stays contiguous.
        return lookaround ? Lits.EMPTY : inner;
    }

    /** A class of plain characters ("[ts]") is a set of one-character strings; any other class is anything. */
    private Lits characterClass() {
        int start = at + 1;
        int end = start;
        if (end < regex.length() && regex.charAt(end) == ']') {
            throw new Unreadable(); // "[]...]": not read
        }
        boolean plain = true;
        while (end < regex.length() && regex.charAt(end) != ']') {
            char c = regex.charAt(end);
            if (c == '[' || c == '&' || c == '^' || c == '-' || c == '\\' || Character.isSurrogate(c)) {
                plain = false;
                if (c == '\\') {
                    end++;
                }
                if (c == '[') {
                    throw new Unreadable(); // nested classes: not read
                }
            }
            end++;
        }
        if (end >= regex.length()) {
            throw new Unreadable();
        }
        at = end + 1;
        if (!plain || end == start) {
            return Lits.ONE;
        }
        Set<String> chars = new LinkedHashSet<>();
        for (int i = start; i < end; i++) {
            chars.add(String.valueOf(fold(regex.charAt(i))));
        }
        return Lits.exactly(chars);
    }

    private Lits escape() {
        if (at + 1 >= regex.length()) {
            throw new Unreadable();
        }
        char c = regex.charAt(at + 1);
        at += 2;
        if ("bBAzZG".indexOf(c) >= 0) {
            return Lits.EMPTY;
        }
        if ("wWsSdDhHvV".indexOf(c) >= 0) {
            return Lits.ONE;
        }
        if (c == 'R') {
            return Lits.anything(2);
        }
        if (c == 'X') {
            return Lits.anything(UNBOUNDED);
        }
        if ((c == 'p' || c == 'P') && !regex.startsWith("{", at)) {
            at++; // \pL: a one-letter property name
            return Lits.ONE;
        }
        if (c == 'p' || c == 'P') {
            int close = regex.indexOf('}', at);
            if (close < 0) {
                throw new Unreadable();
            }
            at = close + 1;
            return Lits.ONE;
        }
        char literal = switch (c) {
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 'f' -> '\f';
            default -> {
                // Back references, octal, hex and Unicode escapes, control characters: not read.
                if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
                    throw new Unreadable();
                }
                yield c;
            }
        };
        return Lits.exactly(Set.of(String.valueOf(fold(literal))));
    }

    private static Set<String> union(Set<String> a, Set<String> b, int max) {
        Set<String> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u.size() > max ? null : u;
    }

    /** Either requirement; a string in both keeps the larger offset. Null when too many. */
    private static Map<String, Integer> merge(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> m = new LinkedHashMap<>(a);
        b.forEach((k, v) -> m.merge(k, v, Math::max));
        return m.size() > MAX_REQUIRED ? null : m;
    }

    private static Map<String, Integer> at(Set<String> strings, int offset) {
        Map<String, Integer> m = new LinkedHashMap<>();
        strings.forEach(k -> m.put(k, offset));
        return m;
    }

    private static Map<String, Integer> shifted(Map<String, Integer> required, int by) {
        Map<String, Integer> m = new LinkedHashMap<>();
        required.forEach((k, v) -> m.put(k, add(v, by)));
        return m;
    }

    private static int add(int a, int b) {
        return a == UNBOUNDED || b == UNBOUNDED || (long) a + b >= UNBOUNDED ? UNBOUNDED : a + b;
    }

    private static int multiply(int a, int times) {
        return a == 0 ? 0 : times == UNBOUNDED || (long) a * times >= UNBOUNDED ? UNBOUNDED : a * times;
    }

    /**
     * Drops each string that contains another one of the set: where "the us government" occurs,
     * "us" does too, so requiring one of the shorter strings is the same requirement. The kept
     * string's offset grows to cover the dropped one's ("us" may begin 4 chars later than "the us").
     */
    private static Map<String, Integer> shortest(Map<String, Integer> strings) {
        List<String> byLength = new ArrayList<>(strings.keySet());
        byLength.sort((x, y) -> Integer.compare(x.length(), y.length()));
        Map<String, Integer> kept = new LinkedHashMap<>();
        for (String s : byLength) {
            boolean covered = false;
            for (Map.Entry<String, Integer> k : kept.entrySet()) {
                int inside = s.indexOf(k.getKey());
                if (inside >= 0) {
                    k.setValue(Math.max(k.getValue(), add(strings.get(s), inside)));
                    covered = true;
                }
            }
            if (!covered) {
                kept.put(s, strings.get(s));
            }
        }
        return kept;
    }

    /** Every string of {@code a} followed by every string of {@code b}; null when too many or too long. */
    private static Set<String> product(Set<String> a, Set<String> b) {
        if (a == null || b == null || (long) a.size() * b.size() > MAX_STRINGS) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                if (x.length() + y.length() > MAX_LENGTH) {
                    return null;
                }
                out.add(x + y);
            }
        }
        return out;
    }

    /** The more selective requirement: longer shortest string, then fewer strings. */
    private static Map<String, Integer> better(Map<String, Integer> current, Map<String, Integer> candidate) {
        if (candidate == null) {
            return current;
        }
        if (current == null) {
            return candidate;
        }
        int a = minLength(current.keySet());
        int b = minLength(candidate.keySet());
        return b > a || (b == a && candidate.size() < current.size()) ? candidate : current;
    }

    /**
     * The requirement that bounds the start of a match tighter: the smaller largest offset, but
     * strings under three chars ("de", "to") occur so often that a slightly farther requirement
     * serves better; then the more selective.
     */
    private static Map<String, Integer> closer(Map<String, Integer> current, Map<String, Integer> candidate) {
        if (candidate == null) {
            return current;
        }
        if (current == null) {
            return candidate;
        }
        long a = spread(current);
        long b = spread(candidate);
        return b < a || (b == a && better(current, candidate) == candidate) ? candidate : current;
    }

    /** How far before its strings a requirement lets a match start, short strings counted as farther. */
    private static long spread(Map<String, Integer> requirement) {
        long reach = requirement.values().stream().mapToLong(Integer::longValue).max().orElse(0);
        return minLength(requirement.keySet()) < SHORT ? reach + SHORT_PENALTY : reach;
    }

    private static int minLength(Set<String> strings) {
        return strings.stream().mapToInt(String::length).min().orElse(0);
    }

    /** A construct this reader does not follow: the pattern must always run. */
    private static final class Unreadable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Unreadable() {
            super(null, null, false, false);
        }
    }
}
