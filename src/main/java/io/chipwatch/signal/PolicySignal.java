package io.chipwatch.signal;

import io.chipwatch.article.ArticleRef;
import java.util.List;

/**
 * A government action stated in one sentence of one article.
 *
 * @param actor      id of the {@code REGULATOR} entity that acted
 * @param action     what it did
 * @param targets    ids of the chips and companies it acted on, the main target first
 * @param background true when the article restates the action as history; raises no alert
 * @param confidence 0..1; below the alerting threshold a signal is kept but raises no alert
 * @param evidence   the sentence that states the action
 * @param start      offset of the evidence sentence in the article text
 * @param end        offset just past it
 * @param rule       id of the signal rule that fired
 * @param article    the article it was read in
 */
public record PolicySignal(
        String actor,
        Action action,
        List<String> targets,
        boolean background,
        double confidence,
        String evidence,
        int start,
        int end,
        String rule,
        ArticleRef article) {

    public PolicySignal {
        targets = List.copyOf(targets);
    }
}
