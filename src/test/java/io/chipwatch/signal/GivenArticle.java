package io.chipwatch.signal;

import io.chipwatch.article.Article;
import io.chipwatch.tag.EntityType;
import io.chipwatch.tag.Mention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Builds an article and its mentions for signal tests, standing in for the tagger: each
 * {@code surface=entity-id} tags every whole-word occurrence of the surface (longest surfaces
 * first, no overlaps), with the type read from the id prefix.
 */
final class GivenArticle {

    private GivenArticle() {
    }

    static Article article(String text, String title, Instant published) {
        return new Article("test", null, title, published, null, "test", text, null, null);
    }

    /** {@code m("Pékin", "regulator:cn-government")} as {@code "Pékin=regulator:cn-government"}. */
    static String m(String surface, String entity) {
        return surface + "=" + entity;
    }

    static List<Mention> mentions(String text, List<String> specs) {
        return tag(text, specs, true);
    }

    /** Tags with an alias list, as a tagger would: an alias that is not in the text (or only inside a longer one) is skipped. */
    static List<Mention> tagWithAliases(String text, List<String> aliases) {
        return tag(text, aliases, false);
    }

    private static List<Mention> tag(String text, List<String> specs, boolean everyOneFound) {
        List<String[]> parsed = new ArrayList<>();
        for (String spec : specs) {
            int eq = spec.lastIndexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("mention spec '" + spec + "' is not surface=entity-id");
            }
            parsed.add(new String[] {spec.substring(0, eq), spec.substring(eq + 1)});
        }
        parsed.sort(Comparator.comparingInt((String[] p) -> p[0].length()).reversed());
        List<Mention> found = new ArrayList<>();
        for (String[] p : parsed) {
            int from = 0;
            int count = 0;
            while ((from = text.indexOf(p[0], from)) >= 0) {
                int end = from + p[0].length();
                if (wordBoundary(text, from, end) && noOverlap(found, from, end)) {
                    found.add(new Mention(p[1], type(p[1]), p[1], p[0], from, end, 0));
                    count++;
                }
                from = end;
            }
            if (count == 0 && everyOneFound) {
                throw new IllegalArgumentException("mention '" + p[0] + "' is not in the text");
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    private static EntityType type(String id) {
        return EntityType.valueOf(id.substring(0, id.indexOf(':')).toUpperCase(Locale.ROOT));
    }

    private static boolean wordBoundary(String text, int start, int end) {
        boolean left = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        boolean right = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
        return left && right;
    }

    private static boolean noOverlap(List<Mention> found, int start, int end) {
        return found.stream().noneMatch(m -> start < m.end() && end > m.start());
    }
}
