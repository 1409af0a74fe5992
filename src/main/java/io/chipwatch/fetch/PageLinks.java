package io.chipwatch.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/**
 * Items of a page that has no feed: the links a CSS selector picks out (for instance
 * {@code .press-releases a}). A selected element that is not a link stands for the first link
 * inside it, and its text is the item's title.
 */
public final class PageLinks {

    private final int maxItems;

    public PageLinks(int maxItems) {
        this.maxItems = maxItems;
    }

    /**
     * Checks a selector before it is stored.
     *
     * @throws IllegalArgumentException with jsoup's explanation when it does not parse
     */
    public static void validate(String selector) {
        try {
            Jsoup.parse("").select(selector);
        } catch (Selector.SelectorParseException e) {
            throw new IllegalArgumentException("bad CSS selector '" + selector + "': " + e.getMessage(), e);
        }
    }

    public ParsedItems parse(byte[] body, Optional<Charset> charset, URI base, String selector) {
        TextDecoding.Decoded text = TextDecoding.decode(body, charset);
        Document page = Jsoup.parse(text.text(), base.toString());
        String language = FeedParser.twoLetters(page.selectFirst("html") == null ? null
                : page.selectFirst("html").attr("lang"));
        Elements selected = page.select(selector);
        Set<String> links = new LinkedHashSet<>();
        List<FeedItem> items = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        text.warning().ifPresent(warnings::add);
        for (Element element : selected) {
            Element anchor = element.is("a[href]") ? element : element.selectFirst("a[href]");
            if (anchor == null) {
                continue;
            }
            String link = Links.absoluteHttp(base, anchor.attr("href"));
            if (link != null && links.add(link)) {
                items.add(new FeedItem(link, FeedParser.plain(element.text()), null, null, language));
            }
            if (items.size() == maxItems) {
                warnings.add("more than " + maxItems + " links, only the first " + maxItems + " read");
                break;
            }
        }
        if (selected.isEmpty()) {
            warnings.add("selector '" + selector + "' matched nothing");
        }
        return new ParsedItems(items, warnings);
    }
}
