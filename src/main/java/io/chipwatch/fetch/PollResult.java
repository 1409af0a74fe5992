package io.chipwatch.fetch;

import io.chipwatch.article.Article;
import java.util.List;

/** One poll of one feed: the feed's new record (state and health) and the new articles. */
public record PollResult(FeedRecord feed, List<Article> articles) {

    public PollResult {
        articles = List.copyOf(articles);
    }
}
