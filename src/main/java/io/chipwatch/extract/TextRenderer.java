package io.chipwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the article's elements out as plain text, one paragraph per block element, paragraphs
 * separated by a blank line. On the way it leaves out what sits inside an article container but is
 * not the article: the headline, clusters of links, runs that are mostly a link ("Lire aussi : ..."),
 * datelines around a {@code <time>}, and the stock lines of page furniture ({@link StockLines}).
 */
final class TextRenderer {

    /** A short run mostly made of link text is a link to elsewhere ("Read also: ..."), not text. */
    private static final double RUN_LINK_DENSITY_MAX = 0.5;
    private static final int RUN_LINK_CHECK_BELOW = 300;
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0\u200b\ufeff]+");

    private record Block(String text, boolean heading) {
    }

    private final TextStats stats;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private boolean currentHeading;
    private boolean currentHasTime;
    private int currentLinkText;
    private int linkDepth;

    private TextRenderer(TextStats stats) {
        this.stats = stats;
    }

    /**
     * The text of the given elements, in order.
     *
     * @param title the page's headline, left out where the body repeats it above the text; may be null
     */
    static String render(List<Element> elements, TextStats stats, String title) {
        TextRenderer renderer = new TextRenderer(stats);
        for (Element element : elements) {
            NodeTraversor.filter(renderer.new Writer(), element);
            renderer.flush();
        }
        renderer.dropRepeatedHeadline(title);
        return renderer.join();
    }

    /** Removes copies of the headline among the first blocks (sites repeat it in a styled div). */
    private void dropRepeatedHeadline(String title) {
        if (title == null || title.isBlank()) {
            return;
        }
        String headline = SPACES.matcher(title).replaceAll(" ").strip();
        for (int i = 0; i < Math.min(3, blocks.size()); i++) {
            String text = blocks.get(i).text();
            if (text.length() >= 10 && (text.equals(headline) || headline.startsWith(text) && text.length() * 2 > headline.length())) {
                blocks.remove(i);
                return;
            }
        }
    }

    private final class Writer implements NodeFilter {

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String value = text.getWholeText();
                current.append(value);
                if (linkDepth > 0) {
                    currentLinkText += TextStats.visibleLength(value);
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (element.nameIs("br")) {
                flush();
                return FilterResult.CONTINUE;
            }
            if (element.nameIs("a")) {
                linkDepth++;
            }
            if (element.nameIs("time")) {
                currentHasTime = true;
            }
            if (!element.isBlock() && !element.nameIs("td") && !element.nameIs("th")) {
                return FilterResult.CONTINUE;
            }
            flush();
            if (isOutsideText(element)) {
                dropOrphanHeading(element);
                return FilterResult.SKIP_ENTIRELY;
            }
            currentHeading = HEADINGS.contains(element.normalName());
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element link && link.nameIs("a")) {
                linkDepth--;
            }
            if (node instanceof Element element && (element.isBlock() || element.nameIs("td") || element.nameIs("th"))) {
                flush();
            }
            return FilterResult.CONTINUE;
        }
    }

    /**
     * A heading directly followed by a cluster of links titles that cluster ("Related stories",
     * "More on this"), not a section of the article: it goes with it.
     */
    private void dropOrphanHeading(Element skipped) {
        if (!skipped.nameIs("h1") && !blocks.isEmpty() && blocks.get(blocks.size() - 1).heading()) {
            blocks.remove(blocks.size() - 1);
        }
    }

    private boolean isOutsideText(Element element) {
        if (element.nameIs("h1")) {
            return true;
        }
        TextStats.Counts counts = stats.of(element);
        if (counts.text == 0) {
            return false;
        }
        double linkDensity = counts.linkDensity();
        boolean list = element.nameIs("ul") || element.nameIs("ol") || element.nameIs("dl");
        if (list) {
            return linkDensity > 0.5;
        }
        int plainText = counts.text - counts.linkText;
        return linkDensity > 0.6 && plainText < 200 || linkDensity > 0.8;
    }

    private void flush() {
        String text = SPACES.matcher(current).replaceAll(" ").strip();
        if (!text.isEmpty() && !isFurnitureRun(text)) {
            blocks.add(new Block(text, currentHeading));
        }
        current.setLength(0);
        currentHeading = false;
        currentHasTime = false;
        currentLinkText = 0;
    }

    private boolean isFurnitureRun(String text) {
        if (StockLines.isFurniture(text)) {
            return true;
        }
        int length = TextStats.visibleLength(text);
        if (length < RUN_LINK_CHECK_BELOW && currentLinkText > length * RUN_LINK_DENSITY_MAX) {
            return true;
        }
        // a short run holding a <time> is a dateline with decorations ("Le Monde | 04.05.2015 à 13h36")
        return currentHasTime && length < 200 && !endsSentence(text);
    }

    /** Whether a text ends like a sentence (Latin or CJK full stop, question or exclamation mark). */
    static boolean endsSentence(String text) {
        String end = text.stripTrailing();
        if (end.isEmpty()) {
            return false;
        }
        char last = end.charAt(end.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '\u3002' || last == '\uff01' || last == '\uff1f';
    }

    private String join() {
        int end = blocks.size();
        while (end > 0 && blocks.get(end - 1).heading()) {
            end--;
        }
        StringBuilder text = new StringBuilder();
        for (Block block : blocks.subList(0, end)) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(block.text());
        }
        return text.toString();
    }
}
