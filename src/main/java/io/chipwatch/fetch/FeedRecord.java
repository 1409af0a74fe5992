package io.chipwatch.fetch;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * A feed as the registry holds it: the operator's declaration plus the poller's state. It is the
 * value on the compacted {@code chipwatch.feeds} topic, keyed by {@link FeedSource#url()}, so the
 * instance that owns a feed after a rebalance or a restart picks up where the last one stopped.
 */
public record FeedRecord(FeedSource source, FeedState state) {

    public FeedRecord {
        state = state == null ? FeedState.NEW : state;
    }

    public static FeedRecord of(FeedSource source) {
        return new FeedRecord(source, FeedState.NEW);
    }

    @JsonIgnore
    public String url() {
        return source.url();
    }

    public FeedRecord withState(FeedState newState) {
        return new FeedRecord(source, newState);
    }

    /** Whether the feed may be polled at {@code now}. */
    public boolean dueAt(Instant now) {
        Instant next = state.health().nextAttemptAt();
        return next == null || !now.isBefore(next);
    }

    /**
     * Merges a copy read back from the registry: the declaration comes from {@code incoming} (an
     * operator may have changed it), the state from whichever copy a poll touched last.
     */
    public FeedRecord mergedWith(FeedRecord incoming) {
        Instant mine = state.updatedAt();
        Instant theirs = incoming.state().updatedAt();
        boolean keepMine = mine != null && (theirs == null || mine.isAfter(theirs));
        return new FeedRecord(incoming.source(), keepMine ? state : incoming.state());
    }
}
