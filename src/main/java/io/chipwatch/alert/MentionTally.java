package io.chipwatch.alert;

import io.chipwatch.article.ArticleRef;
import java.util.ArrayList;
import java.util.List;

/**
 * How often one entity was mentioned in one time slice (or, added up, in an hour): the number
 * of articles and their distinct outlets (bounded). The articles a volume alert cites are kept
 * apart, in {@link RecentMentions}: this record is read and written for every counted mention,
 * and must stay small.
 *
 * @param count   articles that mention the entity
 * @param sources distinct outlets among them, at most {@link #MAX_SOURCES}
 */
public record MentionTally(long count, List<String> sources) {

    static final int MAX_SOURCES = 50;

    public static final MentionTally EMPTY = new MentionTally(0, List.of());

    public MentionTally {
        sources = List.copyOf(sources);
    }

    /** This tally with one more article counted. */
    public MentionTally add(ArticleRef article) {
        String source = NoveltyPolicy.sourceOf(article);
        if (sources.contains(source) || sources.size() >= MAX_SOURCES) {
            return new MentionTally(count + 1, sources);
        }
        List<String> s = new ArrayList<>(sources);
        s.add(source);
        return new MentionTally(count + 1, s);
    }

    /** The mentions of two time slices together: counts added, outlets merged (still bounded). */
    public MentionTally plus(MentionTally other) {
        List<String> s = new ArrayList<>(sources);
        for (String source : other.sources) {
            if (!s.contains(source) && s.size() < MAX_SOURCES) {
                s.add(source);
            }
        }
        return new MentionTally(count + other.count, s);
    }
}
