package io.chipwatch.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Article identity. An article is its canonical URL: the same story reached through two feeds,
 * with a changed GUID or an edited title, is one article. The id is the first 16 bytes of the
 * SHA-256 of the canonical URL, in hex; documents without a URL are identified by their text.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** The id of an article: its own id if it has one, else from its URL, else from its text. */
    public static String idOf(Article article) {
        if (article.id() != null && !article.id().isBlank()) {
            return article.id();
        }
        if (article.url() != null && !article.url().isBlank()) {
            return forUrl(article.url());
        }
        return hash("text:" + article.text());
    }

    /** The id for an article at this URL. */
    public static String forUrl(String url) {
        return hash(canonicalUrl(url));
    }

    /**
     * Lower-cases scheme and host, drops the fragment, default ports and tracking parameters
     * ({@code utm_*}, {@code fbclid}, {@code gclid}...), and sorts the remaining query parameters.
     * A string that is not a URI is returned trimmed.
     */
    public static String canonicalUrl(String url) {
        String trimmed = url.trim();
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return trimmed;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            if ((port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"))) {
                port = -1;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = uri.getRawQuery() == null ? null : Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty() && !isTracking(p))
                    .sorted()
                    .collect(Collectors.joining("&"));
            return scheme + "://" + host + (port < 0 ? "" : ":" + port) + path
                    + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    private static boolean isTracking(String param) {
        String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid")
                || name.equals("mc_cid") || name.equals("mc_eid") || name.equals("igshid")
                || name.equals("cmpid") || name.equals("ocid") || name.equals("xtor")
                || name.equals("at_medium") || name.equals("at_campaign");
    }

    private static String hash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
