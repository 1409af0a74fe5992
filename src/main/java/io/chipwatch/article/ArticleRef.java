package io.chipwatch.article;

import java.time.Instant;

/** What an alert or a signal keeps of an article: enough to cite it, not its text. */
public record ArticleRef(String id, String url, String title, String source, Instant published) {
}
