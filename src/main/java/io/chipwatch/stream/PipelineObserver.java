package io.chipwatch.stream;

import io.chipwatch.alert.Alert;
import io.chipwatch.signal.PolicySignal;
import io.chipwatch.tag.TaggedArticle;
import java.time.Duration;

/**
 * What the topology reports as records pass through it, for metrics. Called on stream threads,
 * so implementations must be thread-safe and cheap; they must not throw.
 */
public interface PipelineObserver {

    /** Observes nothing: tests and tools that do not serve metrics. */
    PipelineObserver NONE = new PipelineObserver() {
    };

    /** An article passed dedupe and was tagged. */
    default void tagged(TaggedArticle article) {
    }

    /** A signal was detected (background ones included). */
    default void signal(PolicySignal signal) {
    }

    /**
     * An alert was emitted.
     *
     * @param sinceArticle from when the article that caused it was written to
     *                     {@code chipwatch.articles} (fetch or publish time) to now
     */
    default void alert(Alert alert, Duration sinceArticle) {
    }

    /**
     * A record went to the dead-letter topic.
     *
     * @param stage  {@code deserialization} or {@code processing}
     * @param reason the exception's simple class name: bounded by the code, not by the data
     */
    default void deadLettered(String stage, String reason) {
    }
}
