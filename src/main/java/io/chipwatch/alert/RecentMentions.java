package io.chipwatch.alert;

import io.chipwatch.article.ArticleRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The latest articles that mentioned one entity, each with the time it was counted at, so that a
 * volume alert can cite articles of the hour it reports. Kept apart from the hourly tallies: a
 * mention updates six overlapping windows, and carrying the citations in each of them made them
 * the largest part of the volume branch's work.
 *
 * @param articles at most {@link #MAX} articles, oldest first
 */
public record RecentMentions(List<Counted> articles) {

    public static final int MAX = 5;
    public static final RecentMentions NONE = new RecentMentions(List.of());

    /** An article and its event time, in epoch milliseconds. */
    public record Counted(long at, ArticleRef article) {
    }

    public RecentMentions {
        articles = List.copyOf(articles);
    }

    /** These mentions and one more, the oldest dropped beyond {@link #MAX}. */
    public RecentMentions with(long at, ArticleRef article) {
        List<Counted> next = new ArrayList<>(articles);
        next.add(new Counted(at, article));
        while (next.size() > MAX) {
            next.remove(0);
        }
        return new RecentMentions(next);
    }

    /** The articles counted in {@code [start, end)}, oldest first. */
    public List<ArticleRef> between(Instant start, Instant end) {
        return articles.stream()
                .filter(c -> c.at() >= start.toEpochMilli() && c.at() < end.toEpochMilli())
                .map(Counted::article)
                .toList();
    }
}
