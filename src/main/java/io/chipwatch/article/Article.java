package io.chipwatch.article;

import java.time.Instant;
import java.util.Objects;

/**
 * A news article as it travels on {@code chipwatch.articles}: what a fetcher read, or a document
 * replayed from disk. Only {@code text} is required; everything else may be {@code null}.
 *
 * @param id        stable identity: a hash of the canonical URL (see {@link ArticleIds})
 * @param url       where the article can be read, canonical when known
 * @param title     headline
 * @param published when the outlet published it; the event time of everything derived from it
 * @param language  ISO 639-1 code such as {@code fr} or {@code en}
 * @param source    the outlet (host name or a short name), used to count independent sources
 * @param text      main body, plain text; mention and signal offsets point into it
 * @param fetchedAt when chipwatch read it, for end-to-end latency
 * @param feed      the feed it came from, when it came from one
 */
public record Article(
        String id,
        String url,
        String title,
        Instant published,
        String language,
        String source,
        String text,
        Instant fetchedAt,
        String feed) {

    public Article {
        Objects.requireNonNull(text, "text");
    }

    /** The short reference that alerts keep for each corroborating article. */
    public ArticleRef ref() {
        return new ArticleRef(id, url, title, source, published);
    }

    public Article withId(String newId) {
        return new Article(newId, url, title, published, language, source, text, fetchedAt, feed);
    }

    public Article withFetchedAt(Instant at) {
        return new Article(id, url, title, published, language, source, text, at, feed);
    }
}
