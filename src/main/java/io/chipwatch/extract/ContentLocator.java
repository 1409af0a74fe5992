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
 * candidates sit beside it or down into the one child that holds nearly all its prose; then
 * {@link BlockJoiner} adds the neighbouring blocks that carry more of the same article.
 */
final class ContentLocator {

    private static final int MIN_PROSE = 25;
    /** Share of a container's non-link text that one child must hold for the search to move into it. */
    private static final double NARROW_SHARE = 0.8;
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
        return new BlockJoiner(stats, scores).join(narrow(top));
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

}
