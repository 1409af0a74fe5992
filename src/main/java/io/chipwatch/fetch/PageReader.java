package io.chipwatch.fetch;

/**
 * Turns an article page into its text. The fetcher calls it for each new item whose page it
 * fetched; implementations are plain functions of their input, thread-safe, and do no I/O.
 */
@FunctionalInterface
public interface PageReader {

    /**
     * @param html the page, decoded
     * @param url  where it was fetched from, to resolve relative links
     * @return what the page says; {@code text} empty when it has no readable body
     */
    ArticleText read(String html, String url);
}
