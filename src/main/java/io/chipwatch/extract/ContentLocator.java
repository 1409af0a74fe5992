package io.chipwatch.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the elements that hold the article in a cleaned page.
 *
 * <p>Each run of prose (a paragraph, or a container's own text) votes for the containers above it,
 * more for longer text with more commas; a container's tally is then discounted by the share of its
 * text that sits in links. The best container wins, moved up to a common ancestor when other strong
 * candidates sit beside it, and its siblings that look like more of the same article join it.
 */
final class ContentLocator {

    private static final int MIN_PROSE = 25;
    /** Share of a container's non-link text that one child must hold for the search to move into it. */
    private static final double NARROW_SHARE = 0.8;
    private static final int TWIN_MIN_PROSE = 50;
    private static final int LEAD_MIN_PROSE = 80;
    private static final double TWIN_MAX_LINK_DENSITY = 0.35;
    private static final Set<String> PROSE_TAGS = Set.of("p", "pre", "td", "blockquote", "dd", "li");
    private static final Set<String> CONTAINER_TAGS = Set.of("div", "section", "article", "main", "span", "font", "center");

    private final TextStats stats;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    private ContentLocator(TextStats stats) {
        this.stats = stats;
    }

    /** The article's elements in document order; the whole body when no element holds prose. */
    static List<Element> locate(Element body, TextStats stats) {
        return new ContentLocator(stats).find(body);
    }

    private List<Element> find(Element body) {
        for (Element element : body.getAllElements()) {
            int prose = proseLength(element);
            if (prose >= MIN_PROSE) {
                vote(element, prose);
            }
        }
        if (scores.isEmpty()) {
            // no run of prose long enough to vote: what little text the cleaned page has is its text
            return List.of(body);
        }
        List<Element> ranked = new ArrayList<>(scores.keySet());
        scores.replaceAll((element, score) -> score * (1 - stats.of(element).linkDensity()));
        ranked.sort(Comparator.comparingDouble((Element e) -> scores.get(e)).reversed());
        Element top = widen(ranked.get(0), ranked.subList(1, Math.min(ranked.size(), 6)));
        return withSiblings(narrow(top));
    }

    /** The length of prose an element holds itself, not counting nested prose elements. */
    private int proseLength(Element element) {
        String name = element.normalName();
        if (PROSE_TAGS.contains(name)) {
            if (!name.equals("p") && stats.of(element).paragraphs > 0) {
                return 0; // its paragraphs vote themselves
            }
            return stats.of(element).text;
        }
        return CONTAINER_TAGS.contains(name) ? stats.of(element).ownText : 0;
    }

    private void vote(Element element, int prose) {
        double vote = 1 + stats.of(element).commas + Math.min(prose / 100.0, 3);
        Element ancestor = PROSE_TAGS.contains(element.normalName()) ? element.parent() : element;
        for (int level = 0; ancestor != null && level < 3; level++, ancestor = ancestor.parent()) {
            if (ancestor.normalName().equals("html")) {
                break;
            }
            double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
            scores.merge(ancestor, initial(ancestor) + vote * share, (old, ignored) -> old + vote * share);
        }
    }

    private static double initial(Element element) {
        double base = switch (element.normalName()) {
            case "article" -> 10;
            case "body" -> -5;
            case "div", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + NoisePatterns.weight(element);
    }

    /**
     * Moves from the best candidate up to the ancestor it shares with other near-best candidates:
     * an article split into several blocks (by adverts, by a paywall wrapper) scores in pieces.
     */
    private Element widen(Element top, List<Element> others) {
        double topScore = scores.get(top);
        List<Element> close = others.stream().filter(e -> scores.get(e) >= 0.75 * topScore).toList();
        if (close.size() < 2) {
            return top;
        }
        for (Element ancestor = top.parent(); ancestor != null && !ancestor.normalName().equals("body");
                ancestor = ancestor.parent()) {
            Element candidate = ancestor;
            long inside = close.stream().filter(e -> e.parents().contains(candidate) || e == candidate).count();
            if (inside >= 2) {
                return ancestor;
            }
        }
        return top;
    }

    /**
     * Moves down from a wide container to the one child that holds nearly all its prose: a page
     * column scores well (class "content", votes from two levels down) but also carries the
     * standfirst, the dateline and the share bar that sit beside the body.
     */
    private Element narrow(Element top) {
        Element current = top;
        while (true) {
            int prose = stats.of(current).text - stats.of(current).linkText;
            Element inner = null;
            for (Element child : current.children()) {
                TextStats.Counts counts = stats.of(child);
                if (scores.containsKey(child) && counts.text - counts.linkText >= prose * NARROW_SHARE) {
                    inner = child;
                }
            }
            if (inner == null || prose == 0) {
                return current;
            }
            current = inner;
        }
    }

    /**
     * The best element with those of its siblings that read like more of the same text. When the
     * best element (or one of its two nearest ancestors) has siblings of the same class holding
     * prose, the article is split into repeated blocks (a text column cut by adverts, one block per
     * paragraph group) and the search joins the blocks at that level.
     */
    private List<Element> withSiblings(Element top) {
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
