package io.chipwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Turns the best-scoring container into the list of blocks that make up the article: the text
 * of a page is often not in one element but split into same-class blocks (a column cut by
 * adverts), started by lead paragraphs beside the block that holds the rest, or followed by
 * sibling paragraphs. A container the page names as the article body is trusted on its own.
 */
final class BlockJoiner {

    private static final int TWIN_MIN_PROSE = 50;
    private static final double TWIN_MAX_LINK_DENSITY = 0.35;
    private static final int LEAD_MIN_PROSE = 80;

    private final TextStats stats;
    private final Map<Element, Double> scores;

    BlockJoiner(TextStats stats, Map<Element, Double> scores) {
        this.stats = stats;
        this.scores = scores;
    }

    /**
     * The best element with those of its siblings that read like more of the same text. When the
     * best element (or one of its two nearest ancestors) has siblings of the same class holding
     * prose, the article is split into repeated blocks (a text column cut by adverts, one block per
     * paragraph group) and the search joins the blocks at that level.
     */
    List<Element> join(Element top) {
        Element level = top;
        Element ancestor = top;
        for (int up = 0; up < 3 && ancestor != null && !ancestor.normalName().equals("body"); up++) {
            if (hasProseTwin(ancestor)) {
                level = ancestor;
                break;
            }
            ancestor = ancestor.parent();
        }
        if (level == top) {
            level = withLeadParagraphs(top);
        }
        Element parent = level.parent();
        if (parent == null || level.normalName().equals("body")) {
            return List.of(level);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        // a container the page itself names as the article body needs no neighbours but its twins
        boolean namedBody = NoisePatterns.isNamedArticleBody(level);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == level || isTwin(sibling, level) && isProse(sibling)
                    || !namedBody && belongs(sibling, level, threshold)) {
                chosen.add(sibling);
            }
        }
        return chosen;
    }

    /**
     * Moves up (at most two levels) to the ancestor whose earlier siblings are paragraphs of
     * prose: the text starts in the body container and goes on in a nested block ("Read more"
     * wrappers, a paywall {@code div} holding the rest of the article).
     */
    private Element withLeadParagraphs(Element top) {
        Element ancestor = top;
        for (int up = 0; up < 3 && ancestor.parent() != null && !ancestor.normalName().equals("body"); up++) {
            if (up > 0 && !NoisePatterns.isNamedArticleBody(ancestor)) {
                for (Element before = ancestor.previousElementSibling(); before != null;
                        before = before.previousElementSibling()) {
                    if (isLeadParagraph(before)) {
                        return ancestor;
                    }
                }
            }
            if (NoisePatterns.isNamedArticleBody(ancestor)) {
                return ancestor == top ? top : ancestor;
            }
            ancestor = ancestor.parent();
        }
        return top;
    }

    /** A plain paragraph of prose; a standfirst ("intro", "chapo", "dek") is the page's summary, not its text. */
    private boolean isLeadParagraph(Element element) {
        TextStats.Counts counts = stats.of(element);
        return element.nameIs("p") && counts.text >= LEAD_MIN_PROSE && counts.linkDensity() < 0.25
                && !NoisePatterns.isStandfirst(NoisePatterns.names(element));
    }

    private boolean hasProseTwin(Element element) {
        Element parent = element.parent();
        if (parent == null || element.className().isBlank()) {
            return false;
        }
        for (Element sibling : parent.children()) {
            if (sibling != element && isTwin(sibling, element) && isProse(sibling)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTwin(Element sibling, Element element) {
        return !element.className().isBlank() && sibling.className().equals(element.className());
    }

    private boolean isProse(Element element) {
        TextStats.Counts counts = stats.of(element);
        return counts.text - counts.linkText >= TWIN_MIN_PROSE && counts.linkDensity() < TWIN_MAX_LINK_DENSITY;
    }

    private boolean belongs(Element sibling, Element top, double threshold) {
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topBonus(top) : 0;
        Double score = scores.get(sibling);
        if (score != null && score + bonus >= threshold) {
            return true;
        }
        TextStats.Counts counts = stats.of(sibling);
        if (!sibling.normalName().equals("p")) {
            // a block that only wraps paragraphs (an intro, a lead) reads like a paragraph
            return counts.paragraphs > 0 && counts.text >= LEAD_MIN_PROSE && counts.linkDensity() < 0.25
                    && counts.paragraphs * 1.0 >= sibling.children().size() * 0.5
                    && !NoisePatterns.isNegative(NoisePatterns.names(sibling));
        }
        String text = sibling.text();
        return counts.text >= 80 && counts.linkDensity() < 0.25
                || counts.text > 0 && counts.linkDensity() == 0 && TextRenderer.endsSentence(text);
    }

    private double topBonus(Element top) {
        Double score = scores.get(top);
        return score == null ? 0 : score * 0.2;
    }
}
