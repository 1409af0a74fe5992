package io.chipwatch.alert;

import io.chipwatch.article.ArticleRef;
import java.util.ArrayList;
import java.util.List;

/**
 * How often one entity was mentioned in one ten-minute slice (or, added up, in an hour): the
 * number of articles, their distinct outlets and the latest few articles, so that a volume alert
 * can cite what made the hour unusual. Read and written once for every counted mention.
 *
 * @param count    articles that mention the entity
 * @param sources  distinct outlets among them, at most {@link #MAX_SOURCES}
 * @param articles the latest articles counted, oldest first, at most {@link #MAX_ARTICLES}
 */
public record MentionTally(long count, List<String> sources, List<ArticleRef> articles) {

    static final int MAX_SOURCES = 50;
    static final int MAX_ARTICLES = 5;

    public static final MentionTally EMPTY = new MentionTally(0, List.of(), List.of());

    public MentionTally {
        sources = List.copyOf(sources);
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    /** This tally with one more article counted. */
    public MentionTally add(ArticleRef article) {
        return plus(new MentionTally(1, List.of(NoveltyPolicy.sourceOf(article)), List.of(article)));
    }

    /**
     * The mentions of this slice and of a later one together: counts added, outlets merged and the
     * latest articles kept (both still bounded).
     */
    public MentionTally plus(MentionTally later) {
        List<String> s = new ArrayList<>(sources);
        for (String source : later.sources) {
            if (!s.contains(source) && s.size() < MAX_SOURCES) {
                s.add(source);
            }
        }
        List<ArticleRef> a = new ArrayList<>(articles);
        a.addAll(later.articles);
        return new MentionTally(count + later.count, s, a.subList(Math.max(0, a.size() - MAX_ARTICLES), a.size()));
    }
}
