package io.chipwatch.fetch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a poller remembers about a feed between polls and across restarts.
 *
 * @param etag         the last {@code ETag}, sent back as {@code If-None-Match}
 * @param lastModified the last {@code Last-Modified}, sent back as {@code If-Modified-Since}
 * @param seenIds      ids of items already sent, newest first, bounded
 * @param health       how polling has been going
 * @param updatedAt    when a poll last changed this state; orders concurrent copies
 */
public record FeedState(String etag, String lastModified, List<String> seenIds, FeedHealth health, Instant updatedAt) {

    public static final FeedState NEW = new FeedState(null, null, List.of(), FeedHealth.NEW, null);

    public FeedState {
        seenIds = seenIds == null ? List.of() : List.copyOf(seenIds);
        health = health == null ? FeedHealth.NEW : health;
    }

    /** This state with {@code ids} remembered in front, keeping at most {@code max} ids. */
    public FeedState remembering(List<String> ids, int max) {
        Set<String> merged = new LinkedHashSet<>(ids);
        merged.addAll(seenIds);
        List<String> kept = new ArrayList<>(merged);
        return new FeedState(etag, lastModified, kept.subList(0, Math.min(max, kept.size())), health, updatedAt);
    }

    public FeedState withValidators(String newEtag, String newLastModified) {
        return new FeedState(newEtag, newLastModified, seenIds, health, updatedAt);
    }

    public FeedState withHealth(FeedHealth newHealth, Instant at) {
        return new FeedState(etag, lastModified, seenIds, newHealth, at);
    }
}
