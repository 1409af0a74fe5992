package io.chipwatch.alert;

import io.chipwatch.article.ArticleRef;
import java.util.ArrayList;
import java.util.List;

/**
 * How often one entity was mentioned in one time window: the number of articles, their distinct
 * outlets (bounded) and the first few articles, so that a volume alert can cite what it counted.
 *
 * @param count    articles that mention the entity
 * @param sources  distinct outlets among them, at most {@link #MAX_SOURCES}
 * @param articles the first articles counted, at most {@link #MAX_ARTICLES}
 */
public record MentionTally(long count, List<String> sources, List<ArticleRef> articles) {

    static final int MAX_SOURCES = 50;
    static final int MAX_ARTICLES = 5;

    public static final MentionTally EMPTY = new MentionTally(0, List.of(), List.of());

    public MentionTally {
        sources = List.copyOf(sources);
        articles = List.copyOf(articles);
    }

    /** This tally with one more article counted. */
    public MentionTally add(ArticleRef article) {
        List<String> s = new ArrayList<>(sources);
        String source = NoveltyPolicy.sourceOf(article);
        if (!s.contains(source) && s.size() < MAX_SOURCES) {
            s.add(source);
        }
        List<ArticleRef> a = new ArrayList<>(articles);
        if (a.size() < MAX_ARTICLES) {
            a.add(article);
        }
        return new MentionTally(count + 1, s, a);
    }
}
