package io.chipwatch.fetch;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A simple {@link PageReader}: the page title and the text of {@code <article>}, else
 * {@code <main>}, else {@code <body>}, without scripts, navigation, headers and footers.
 */
public final class JsoupPageReader implements PageReader {

    @Override
    public ArticleText read(String html, String url) {
        Document page = Jsoup.parse(html, url);
        page.select("script, style, noscript, nav, header, footer, aside, form, iframe").remove();
        Element main = page.selectFirst("article");
        if (main == null) {
            main = page.selectFirst("main");
        }
        if (main == null) {
            main = page.body();
        }
        String title = meta(page, "meta[property=og:title]");
        if (title == null && !page.title().isBlank()) {
            title = page.title().strip();
        }
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        Element root = page.selectFirst("html");
        return new ArticleText(
                title,
                main == null ? "" : main.text(),
                published(meta(page, "meta[property=article:published_time]")),
                FeedParser.twoLetters(root == null ? null : root.attr("lang")),
                canonical == null ? null : Links.absoluteHttp(URI.create(url), canonical.attr("href")));
    }

    private static String meta(Document page, String selector) {
        Element element = page.selectFirst(selector);
        return element == null || element.attr("content").isBlank() ? null : element.attr("content").strip();
    }

    private static Instant published(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
