package io.chipwatch.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element of a tree, computed in one bottom-up pass so that asking about any
 * element costs nothing: the extractor asks about each element many times, and walking subtrees
 * again for each question would make deeply nested pages quadratic.
 *
 * <p>Lengths count non-whitespace characters, so indentation and markup-heavy pages do not inflate
 * them.
 */
final class TextStats {

    /** The measures of one element and everything below it. */
    static final class Counts {
        int text;
        int linkText;
        int ownText;
        int paragraphs;
        int commas;
        /** Images, videos and embedded frames: what makes a block a picture box rather than text. */
        int media;

        double linkDensity() {
            return text == 0 ? 0 : (double) linkText / text;
        }
    }

    private static final Counts EMPTY = new Counts();
    private static final Set<String> MEDIA_TAGS = Set.of("img", "picture", "video", "audio", "iframe", "object", "embed");

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    /** Measures every element under (and including) {@code root}. */
    static TextStats measure(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(stats.new Measure(), root);
        return stats;
    }

    /** The measures of an element; all zero for one that was not under the measured root. */
    Counts of(Element element) {
        return counts.getOrDefault(element, EMPTY);
    }

    private final class Measure implements NodeVisitor {

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                counts.put(element, new Counts());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof TextNode text && text.parent() != null) {
                Counts own = counts.get(text.parentElement());
                if (own != null) {
                    String value = text.getWholeText();
                    int length = visibleLength(value);
                    own.text += length;
                    own.ownText += length;
                    own.commas += commas(value);
                }
            } else if (node instanceof Element element) {
                Counts own = counts.get(element);
                if (element.nameIs("a")) {
                    own.linkText = own.text;
                }
                if (element.nameIs("p")) {
                    own.paragraphs++;
                }
                if (MEDIA_TAGS.contains(element.normalName())) {
                    own.media++;
                }
                Element parent = element.parent();
                Counts up = parent == null ? null : counts.get(parent);
                if (up != null) {
                    up.text += own.text;
                    up.linkText += own.linkText;
                    up.paragraphs += own.paragraphs;
                    up.commas += own.commas;
                    up.media += own.media;
                }
            }
        }
    }

    static int visibleLength(String value) {
        int length = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0') {
                length++;
            }
        }
        return length;
    }

    /** Commas in Latin, CJK and Arabic scripts: long prose has them, menus and link lists do not. */
    private static int commas(String value) {
        int commas = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
                commas++;
            }
        }
        return commas;
    }
}
