package io.chipwatch.alert;

import io.chipwatch.article.ArticleRef;
import io.chipwatch.signal.Action;
import io.chipwatch.tag.EntityRef;
import java.time.Instant;
import java.util.List;

/**
 * One run of a policy development: the signals of one alert key whose event times lie no further
 * apart than the expiry period. A key that goes quiet for longer starts a new episode, and so a
 * new alert.
 *
 * @param openedAs    {@code NEW} or {@code REVERSAL}: how the episode's first alert was raised
 * @param articleIds  the most recent articles counted, to recognise one met again (bounded)
 * @param sources     distinct outlets (bounded)
 * @param articles    the earliest articles, for people to read (bounded)
 */
public record Episode(
        EntityRef actor,
        Action action,
        List<String> targets,
        String headline,
        String evidence,
        String rule,
        Instant firstSeenAt,
        Instant lastSeenAt,
        int articleCount,
        List<String> articleIds,
        List<String> sources,
        List<ArticleRef> articles,
        AlertStatus openedAs) {

    public Episode {
        targets = List.copyOf(targets);
        articleIds = List.copyOf(articleIds);
        sources = List.copyOf(sources);
        articles = List.copyOf(articles);
    }

    /** Whether an event at {@code t} belongs to this episode, given the expiry period. */
    boolean covers(Instant t, java.time.Duration expiry) {
        return !t.isBefore(firstSeenAt.minus(expiry)) && !t.isAfter(lastSeenAt.plus(expiry));
    }

    Episode withOpenedAs(AlertStatus status) {
        return new Episode(actor, action, targets, headline, evidence, rule, firstSeenAt, lastSeenAt,
                articleCount, articleIds, sources, articles, status);
    }
}
