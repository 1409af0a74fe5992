package io.chipwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes from a page what is never article text: code, media, hidden elements, and the page
 * furniture that markup names as such (navigation, share bars, related links, comments, adverts,
 * cookie banners...). The page is changed in place.
 *
 * <p>Class and id names are a hint, not proof: an element named like furniture but holding a long
 * run of prose is kept, so a site that puts its article in {@code <div class="main share-enabled">}
 * does not lose it.
 */
final class Boilerplate {

    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
            "video", "audio", "picture", "img", "map", "link", "meta", "head", "source", "track");
    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
    /** A named-as-furniture element with at least this much prose in paragraphs is kept anyway. */
    private static final int PROSE_TO_KEEP = 1000;
    /** A picture box with more text than this is a block of article with an image in it. */
    private static final int CAPTION_MAX = 300;
    /** Comment threads go whatever their length: they are prose, but not the article's. */
    private static final Pattern COMMENTS = Pattern.compile("comment(?!ary)|kommentar|comentario|reactions|discussion|replies");

    private Boilerplate() {
    }

    /** Removes the markup that can never be text, then the named furniture. */
    static void clean(Element body) {
        removeMediaBoxes(body);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                if (node instanceof Element element && depth > 0 && isNeverText(element)) {
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        TextStats stats = TextStats.measure(body);
        List<Element> furniture = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (element != body && isFurniture(element, stats)) {
                furniture.add(element);
            }
        }
        furniture.forEach(Element::remove);
    }

    /**
     * Removes picture boxes, video teasers and galleries while their images are still there to
     * tell them apart from text: a named media box with a short caption, or a named gallery.
     */
    private static void removeMediaBoxes(Element body) {
        TextStats stats = TextStats.measure(body);
        List<Element> boxes = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            TextStats.Counts counts = stats.of(element);
            if (element == body || counts.media == 0 || NoisePatterns.isProtected(element)
                    || NoisePatterns.isNamedArticleBody(element)) {
                continue;
            }
            String names = NoisePatterns.names(element);
            boolean caption = counts.text - counts.linkText < CAPTION_MAX && NoisePatterns.isMediaBox(names);
            if (caption || NoisePatterns.isGallery(names) && counts.media >= 2) {
                boxes.add(element);
            }
        }
        boxes.forEach(Element::remove);
    }

    private static boolean isNeverText(Element element) {
        return NEVER_TEXT.contains(element.normalName());
    }

    private static boolean isHidden(Element element) {
        return element.hasAttr("hidden")
                || element.attr("aria-hidden").equalsIgnoreCase("true")
                || HIDDEN_STYLE.matcher(element.attr("style")).find();
    }

    private static boolean isFurniture(Element element, TextStats stats) {
        if (NoisePatterns.isProtected(element)) {
            return false;
        }
        TextStats.Counts counts = stats.of(element);
        boolean prose = proseLength(counts) >= PROSE_TO_KEEP;
        if (isHidden(element)) {
            // some sites hide the whole text until a script reveals it: that is still the article
            return !prose;
        }
        if (NoisePatterns.isFurnitureTag(element) || element.normalName().equals("header")) {
            return !prose || element.normalName().equals("nav");
        }
        if (element.normalName().equals("figure")) {
            return counts.paragraphs == 0 || counts.text < 300;
        }
        String names = NoisePatterns.names(element);
        if (NoisePatterns.isStrongNegative(names)) {
            return !prose || COMMENTS.matcher(names).find();
        }
        return NoisePatterns.isNegative(names) && !NoisePatterns.isPositive(names) && !prose;
    }

    /**
     * Non-link text, counted when the element has real paragraphs or a mass of text that only an
     * article has (pages that write paragraphs as {@code <div>}s or {@code <br>}-separated runs).
     */
    private static int proseLength(TextStats.Counts counts) {
        int plain = counts.text - counts.linkText;
        return counts.paragraphs >= 2 || plain >= 2 * PROSE_TO_KEEP ? plain : 0;
    }
}
