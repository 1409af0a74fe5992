package io.chipwatch.fetch;

import io.chipwatch.extract.ExtractedArticle;

/**
 * Turns an article page into its text; in production {@code new ArticleExtractor()::extract}. The fetcher calls it for each new item whose page it
 * fetched; implementations are plain functions of their input, thread-safe, and do no I/O.
 */
@FunctionalInterface
public interface PageReader {

    /**
     * @param html the page, decoded
     * @param url  where it was fetched from, to resolve relative links
     * @return what the page says; {@code text} empty when it has no readable body
     */
    ExtractedArticle read(String html, String url);
}
