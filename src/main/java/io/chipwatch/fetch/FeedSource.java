package io.chipwatch.fetch;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What the operator declared about one source: a feed, or a page without a feed whose item links
 * a CSS selector picks out (a ministry's list of press releases).
 *
 * @param url          the feed or page; also the source's key on {@code chipwatch.feeds}
 * @param title        a name for people; may be null
 * @param linkSelector for a page, the CSS selector of the links to its items; null for a feed
 * @param fetchPages   whether to fetch each new item's page for its full text
 */
public record FeedSource(String url, String title, String linkSelector, boolean fetchPages) {

    public FeedSource {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("a feed needs a URL");
        }
        url = url.trim();
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: '" + url + "'", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) URL: '" + url + "'");
        }
        if (linkSelector != null && linkSelector.isBlank()) {
            linkSelector = null;
        }
    }

    /** A feed whose items' pages are fetched for their text. */
    public static FeedSource feed(String url) {
        return new FeedSource(url, null, null, true);
    }

    /** A page whose item links are picked out by {@code selector}. */
    public static FeedSource page(String url, String selector) {
        return new FeedSource(url, null, selector, true);
    }

    /** Whether this is a page read with a selector rather than a feed. */
    @JsonIgnore
    public boolean isPage() {
        return linkSelector != null;
    }

    @JsonIgnore
    public URI uri() {
        return URI.create(url);
    }
}
