package io.chipwatch.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the article out of a news page: headline, canonical address, publication date, language
 * and the main body text without navigation, adverts, comments or related links.
 *
 * <p>The body comes from the page's HTML, found by scoring its containers for prose (see
 * {@link ContentLocator}); a schema.org {@code articleBody} is used instead when the HTML yields much
 * less text than it (pages that render their text with scripts, or hide it behind a paywall).
 *
 * <p>Hostile pages are bounded: only the first {@link #MAX_BYTES} bytes (or characters) of a page
 * are read, the DOM is cut at {@link #MAX_DEPTH} levels, and every pass over the tree is iterative
 * and linear. A page without a body or without prose gives an article with empty text, not an
 * exception.
 *
 * <p>Immutable and thread-safe: one instance can serve every fetcher thread.
 */
public final class ArticleExtractor {

    /** Pages longer than this (5 MiB) are cut: no news article needs more, and it bounds memory. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Elements nested deeper than this are flattened by the parser. */
    public static final int MAX_DEPTH = 256;
    /** Below this share of a JSON-LD body's length, the HTML extraction is taken to have failed. */
    private static final double STRUCTURED_BODY_PREFERRED_BELOW = 0.5;
    private static final int STRUCTURED_BODY_MIN = 500;

    /**
     * Extracts the article from a page already decoded to text.
     *
     * @param html the page; null is read as an empty page
     * @param url  the address the page came from, used to resolve relative links; may be null
     */
    public ExtractedArticle extract(String html, String url) {
        String page = html == null ? "" : html;
        if (page.length() > MAX_BYTES) {
            page = page.substring(0, MAX_BYTES);
        }
        return extract(Jsoup.parse(page, baseUri(url), parser()), url);
    }

    /**
     * Extracts the article from the bytes of a page; the stream is read (up to {@link #MAX_BYTES})
     * but not closed.
     *
     * @param charset the charset from the HTTP headers, or null to detect it from a byte-order mark
     *                or the page's {@code <meta charset>} (UTF-8 when neither says); malformed
     *                bytes become replacement characters
     * @throws UncheckedIOException when the stream cannot be read
     */
    public ExtractedArticle extract(InputStream in, String charset, String url) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES);
            Document page = Jsoup.parse(new ByteArrayInputStream(bytes), charset, baseUri(url), parser());
            return extract(page, url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page of " + url, e);
        }
    }

    private static ExtractedArticle extract(Document page, String url) {
        String address = url == null ? "" : url;
        JsonLdArticle jsonLd = JsonLdArticle.in(page, address);
        PageMetadata metadata = PageMetadata.of(page, jsonLd, address);
        String text = bodyText(page.body(), metadata.title());
        String structured = structuredBody(jsonLd);
        if (structured.length() >= STRUCTURED_BODY_MIN
                && text.length() < structured.length() * STRUCTURED_BODY_PREFERRED_BELOW) {
            text = structured;
        }
        return new ExtractedArticle(address, metadata.canonicalUrl(), metadata.title(), metadata.published(),
                metadata.language(), text);
    }

    private static String bodyText(Element body, String title) {
        if (body == null) {
            return "";
        }
        Boilerplate.clean(body);
        TextStats stats = TextStats.measure(body);
        List<Element> article = ContentLocator.locate(body, stats);
        return TextRenderer.render(article, stats, title);
    }

    /** The JSON-LD body as plain text: some sites put HTML in it. */
    private static String structuredBody(JsonLdArticle jsonLd) {
        String body = jsonLd.articleBody();
        if (body == null) {
            return "";
        }
        if (body.indexOf('<') >= 0) {
            Document fragment = Jsoup.parseBodyFragment(body);
            return bodyText(fragment.body(), null);
        }
        return body.strip();
    }

    private static Parser parser() {
        return Parser.htmlParser().setMaxDepth(MAX_DEPTH);
    }

    private static String baseUri(String url) {
        return url == null ? "" : url;
    }
}
