package io.chipwatch.signal;

import io.chipwatch.article.Article;
import io.chipwatch.tag.EntityType;
import io.chipwatch.tag.Mention;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Orders the targets of a signal: chips first, the main target first (the first chip named after
 * the trigger, else the nearest one before it), then companies, the main chip's vendor first,
 * then in text order. When a rule allows it and the clause names no chip, the chip the article
 * is about stands in: the last chip named earlier in the same paragraph, else the first chip of
 * the headline, else the first chip named before the sentence (or after it, when the clause names
 * its maker) — provided the clause names no company or names
 * that chip's vendor.
 */
final class TargetFinder {

    /** What joins two coordinated names: "and", "or", a comma, in the four languages. */
    private static final Pattern COORDINATION = Pattern.compile(
            "\\s*(,|,?\\s*(and|or|et|ou|y|o|und|oder))\\s*", Regexes.FLAGS);

    private TargetFinder() {
    }

    /**
     * @param clause      mentions of the trigger's clause
     * @param contextChip the chip the article is about here, if any
     */
    static List<String> targets(String text, List<Mention> clause, int triggerStart, Optional<String> contextChip) {
        List<Mention> chips = clause.stream().filter(m -> m.type() == EntityType.CHIP).toList();
        List<Mention> companies = clause.stream().filter(m -> m.type() == EntityType.COMPANY).toList();
        Set<String> ordered = new LinkedHashSet<>();
        mainChip(chips, triggerStart).map(main -> coordinated(text, chips, main, true)).ifPresent(ordered::add);
        if (ordered.isEmpty() && contextChip.isEmpty() && !companies.isEmpty()) {
            ordered.add(coordinated(text, companies, companies.get(0), false));
        }
        if (ordered.isEmpty() && contextChip.isPresent()
                && (companies.isEmpty() || companies.stream().anyMatch(c -> isVendor(c.entity(), contextChip.get())))) {
            ordered.add(contextChip.get());
        }
        chips.forEach(c -> ordered.add(c.entity()));
        String main = ordered.isEmpty() ? null : ordered.iterator().next();
        if (main != null) {
            companies.stream().filter(c -> isVendor(c.entity(), main)).findFirst().ifPresent(c -> ordered.add(c.entity()));
        }
        companies.forEach(c -> ordered.add(c.entity()));
        return List.copyOf(ordered);
    }

    /**
     * The chip an article is about around a sentence, for clauses that name only the company.
     *
     * @param headlineChip the article's {@link #headlineChip(Article, List)}, asked for only when needed
     */
    static Optional<String> contextChip(Supplier<Optional<String>> headlineChip, List<Mention> mentions,
            int paragraphStart, int sentenceStart, List<Mention> clause) {
        String inParagraph = null;
        for (Mention m : mentions) {
            if (m.type() == EntityType.CHIP && m.start() >= paragraphStart && m.start() < sentenceStart) {
                inParagraph = m.entity();
            }
        }
        if (inParagraph != null) {
            return Optional.of(inParagraph);
        }
        // A chip first named further down is another subject, unless this clause names its maker
        // ("Nvidia and AMD will pay 15%..." leads an article about the H20).
        return headlineChip.get().or(() -> mentions.stream()
                .filter(m -> m.type() == EntityType.CHIP)
                .filter(m -> m.start() < sentenceStart || clause.stream()
                        .anyMatch(c -> c.type() == EntityType.COMPANY && isVendor(c.entity(), m.entity())))
                .map(Mention::entity).findFirst());
    }

    /** A chip whose written form in the text also appears in the headline; the earliest in the headline wins. */
    static Optional<String> headlineChip(Article article, List<Mention> mentions) {
        return headlineEntity(article, mentions, EntityType.CHIP);
    }

    /** An entity of this type whose written form in the text also appears in the headline; the earliest in the headline wins. */
    static Optional<String> headlineEntity(Article article, List<Mention> mentions, EntityType type) {
        if (article.title() == null) {
            return Optional.empty();
        }
        String title = article.title().toLowerCase(Locale.ROOT);
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            if (m.type() != type) {
                continue;
            }
            for (String form : forms(m)) {
                int at = indexOfWord(title, form);
                if (at >= 0 && at < bestAt) {
                    best = m.entity();
                    bestAt = at;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static boolean isVendor(String companyId, String chipId) {
        String company = companyId.substring(companyId.indexOf(':') + 1);
        String chip = chipId.substring(chipId.indexOf(':') + 1);
        return chip.startsWith(company + "-");
    }

    private static Optional<Mention> mainChip(List<Mention> chips, int triggerStart) {
        for (Mention c : chips) {
            if (c.start() >= triggerStart) {
                return Optional.of(c);
            }
        }
        return chips.isEmpty() ? Optional.empty() : Optional.of(chips.get(chips.size() - 1));
    }

    /**
     * The main target among the entities coordinated with {@code main} ("the A800 and H800", "Moore
     * Threads and Biren"): the first by id, so that outlets listing them in another order name the
     * same main target. Chips of another vendor are other developments and are not pooled.
     */
    static String coordinated(String text, List<Mention> mentions, Mention main, boolean sameVendor) {
        int at = mentions.indexOf(main);
        int from = at;
        int to = at;
        while (from > 0 && joined(text, mentions.get(from - 1), mentions.get(from))) {
            from--;
        }
        while (to < mentions.size() - 1 && joined(text, mentions.get(to), mentions.get(to + 1))) {
            to++;
        }
        String best = main.entity();
        for (Mention m : mentions.subList(from, to + 1)) {
            if ((!sameVendor || vendor(m.entity()).equals(vendor(best))) && m.entity().compareTo(best) < 0) {
                best = m.entity();
            }
        }
        return best;
    }

    private static boolean joined(String text, Mention a, Mention b) {
        return a.end() <= b.start() && b.start() <= text.length()
                && COORDINATION.matcher(text.substring(a.end(), b.start())).matches();
    }

    /** {@code chip:nvidia-h20} -> {@code nvidia}. */
    private static String vendor(String chipId) {
        String slug = chipId.substring(chipId.indexOf(':') + 1);
        int dash = slug.indexOf('-');
        return dash < 0 ? slug : slug.substring(0, dash);
    }

    /** The surface, the display name, and the surface's last word when it carries a model number ("puces H20" -> "h20"). */
    private static List<String> forms(Mention m) {
        List<String> forms = new ArrayList<>();
        if (m.name() != null) {
            forms.add(m.name().toLowerCase(Locale.ROOT));
        }
        if (m.surface() == null || m.surface().isBlank()) {
            return forms;
        }
        forms.add(m.surface().toLowerCase(Locale.ROOT));
        String last = lastWord(m.surface()).toLowerCase(Locale.ROOT);
        if (last.chars().anyMatch(Character::isDigit)) {
            forms.add(last);
        }
        return forms;
    }

    /**
     * The last element of {@code surface.split("\\s+")} for a surface that is not blank: its last
     * run of chars other than {@code [ \t\n\x0B\f\r]}, found without a regular expression (this
     * runs for every mention of every signal's headline check).
     */
    private static String lastWord(String surface) {
        int end = surface.length();
        while (end > 0 && isSpace(surface.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !isSpace(surface.charAt(start - 1))) {
            start--;
        }
        return surface.substring(start, end);
    }

    /** {@code \s} of a regular expression without Unicode classes. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static int indexOfWord(String haystack, String word) {
        int from = 0;
        while (true) {
            int at = haystack.indexOf(word, from);
            if (at < 0) {
                return -1;
            }
            int end = at + word.length();
            boolean left = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
            boolean right = end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
            if (left && right) {
                return at;
            }
            from = at + 1;
        }
    }
}
