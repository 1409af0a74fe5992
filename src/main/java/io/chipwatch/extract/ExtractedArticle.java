package io.chipwatch.extract;

import java.time.Instant;
import java.util.Objects;

/**
 * The article found in one web page.
 *
 * @param url          the address the page was fetched from (never null, may be empty)
 * @param canonicalUrl the page's own canonical address ({@code <link rel=canonical>}, {@code og:url},
 *                     JSON-LD), absolute; {@code url} when the page names none
 * @param title        the headline, or null when the page has none
 * @param published    when the article was first published, or null when the page does not say
 * @param language     the primary language subtag in lower case ({@code "fr"}), or null
 * @param text         the main body only: paragraphs separated by blank lines, no navigation,
 *                     adverts, comments or related links; empty (never null) when none was found
 */
public record ExtractedArticle(
        String url, String canonicalUrl, String title, Instant published, String language, String text) {

    public ExtractedArticle {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        Objects.requireNonNull(text, "text");
    }
}
