package io.chipwatch.fetch;

import java.net.URI;
import java.util.Locale;

/** Turning the links found in feeds and pages into absolute http(s) URLs. */
final class Links {

    private Links() {
    }

    /** {@code href} resolved against {@code base}, or null when blank, malformed or not http(s). */
    static String absoluteHttp(URI base, String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        try {
            URI uri = base.resolve(href.trim().replace(" ", "%20"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return null;
            }
            return uri.toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The host of {@code url} without {@code www.}, used as an article's source. */
    static String sourceOf(String url) {
        String host = URI.create(url).getHost();
        if (host == null) {
            return null;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }
}
