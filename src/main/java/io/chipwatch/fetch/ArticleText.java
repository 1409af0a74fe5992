package io.chipwatch.fetch;

import java.time.Instant;

/**
 * What a {@link PageReader} found in an article page. Any field but {@code text} may be null.
 *
 * @param title        the headline
 * @param text         main body, plain text; empty when the page has none
 * @param published    publication time stated by the page
 * @param language     two-letter language code
 * @param canonicalUrl the page's own idea of its URL ({@code <link rel=canonical>})
 */
public record ArticleText(String title, String text, Instant published, String language, String canonicalUrl) {
}
