package io.chipwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the article's elements out as plain text, one paragraph per block element, paragraphs
 * separated by a blank line. On the way it leaves out what sits inside an article container but is
 * not the article: the headline, clusters of links, and the short stock lines of page furniture
 * ("Advertisement", "Read more", "Lire aussi"...).
 */
final class TextRenderer {

    /** Lines that are furniture whatever the site, matched on the whole (short) block. */
    private static final Pattern STOCK_LINE = Pattern.compile(
            "(?i)^(?:advertisement|advertising|advertisement - scroll to continue|sponsored|anzeige|publicit[ée]|"
                    + "werbung|pubblicit[àa]|publicidad|share|share this|share this article|share on \\w+|"
                    + "follow us.*|sign up.*|subscribe.*|abonnez-vous.*|inscrivez-vous.*|read more.*|"
                    + "read also.*|see also.*|related:?.*|more:.*|lire aussi.*|à lire aussi.*|a lire aussi.*|"
                    + "lire la suite.*|voir aussi.*|lesen sie auch.*|mehr zum thema.*|weiterlesen.*|"
                    + "continue reading.*|click here.*|tap here.*|image:.*|photo:.*|credit:.*|"
                    + "getty images|afp|reuters|ap photo.*|©.*|copyright.*|all rights reserved.*|"
                    + "leer más.*|lee también.*|ver también.*|leggi anche.*|\\(?ad\\)?)$");
    private static final int STOCK_LINE_MAX = 120;
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0\u200b\ufeff]+");

    private record Block(String text, boolean heading) {
    }

    private final TextStats stats;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private boolean currentHeading;

    private TextRenderer(TextStats stats) {
        this.stats = stats;
    }

    /** The text of the given elements, in order. */
    static String render(List<Element> elements, TextStats stats) {
        TextRenderer renderer = new TextRenderer(stats);
        for (Element element : elements) {
            NodeTraversor.filter(renderer.new Writer(), element);
            renderer.flush();
        }
        return renderer.join();
    }

    private final class Writer implements NodeFilter {

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                current.append(text.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (element.nameIs("br")) {
                flush();
                return FilterResult.CONTINUE;
            }
            if (!element.isBlock() && !element.nameIs("td") && !element.nameIs("th")) {
                return FilterResult.CONTINUE;
            }
            flush();
            if (isOutsideText(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            currentHeading = element.normalName().matches("h[2-6]");
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && (element.isBlock() || element.nameIs("td") || element.nameIs("th"))) {
                flush();
            }
            return FilterResult.CONTINUE;
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
        current.setLength(0);
        if (!text.isEmpty() && !(text.length() <= STOCK_LINE_MAX && STOCK_LINE.matcher(text).matches())) {
            blocks.add(new Block(text, currentHeading));
        }
        currentHeading = false;
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
