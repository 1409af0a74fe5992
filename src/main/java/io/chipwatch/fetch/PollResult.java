package io.chipwatch.fetch;

import io.chipwatch.article.Article;
import java.util.List;

/**
 * One poll of one feed: the feed's new record (state and health) and the new articles.
 *
 * @param notModified the server answered 304: nothing was downloaded
 * @param bytes       size of the feed document received (after decompression); 0 when not modified
 *                    or failed
 */
public record PollResult(FeedRecord feed, List<Article> articles, boolean notModified, long bytes) {

    public PollResult {
        articles = List.copyOf(articles);
    }

    public PollResult(FeedRecord feed, List<Article> articles) {
        this(feed, articles, false, 0);
    }
}
