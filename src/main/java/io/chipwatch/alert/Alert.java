package io.chipwatch.alert;

import io.chipwatch.article.ArticleRef;
import io.chipwatch.signal.Action;
import io.chipwatch.tag.EntityRef;
import java.time.Instant;
import java.util.List;

/**
 * The value on {@code chipwatch.alerts}, keyed by {@link #key()}: the latest view of one policy
 * development. The topic is compacted, so the last record of a key is the current state.
 *
 * @param key          {@code actor|ACTION|mainTarget}
 * @param status       why this record was emitted
 * @param actor        the regulator that acted
 * @param action       what it did
 * @param targets      ids of the chips and companies concerned, main target first
 * @param headline     one line for a person: the first article's title, or a generated summary
 * @param evidence     the sentence that first stated the action
 * @param firstSeenAt  event time (publication) of the earliest article
 * @param lastSeenAt   event time of the latest article
 * @param articleCount distinct articles that carry the development
 * @param sourceCount  distinct outlets among them
 * @param articles     the earliest articles, bounded
 * @param severity     see {@link SeverityPolicy}
 * @param rule         id of the rule that fired first
 */
public record Alert(
        String key,
        AlertStatus status,
        EntityRef actor,
        Action action,
        List<String> targets,
        String headline,
        String evidence,
        Instant firstSeenAt,
        Instant lastSeenAt,
        int articleCount,
        int sourceCount,
        List<ArticleRef> articles,
        Severity severity,
        String rule) {

    public Alert {
        targets = List.copyOf(targets);
        articles = List.copyOf(articles);
    }
}
