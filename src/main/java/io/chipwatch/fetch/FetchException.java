package io.chipwatch.fetch;

import java.time.Instant;
import java.util.Optional;

/**
 * Why one fetch failed, in words fit for a feed's health record ({@code HTTP 404},
 * {@code body larger than 5242880 bytes}, {@code refused ...}). A server that asked us to come
 * back later (429/503 with {@code Retry-After}) says when.
 */
public class FetchException extends Exception {

    private final transient Instant retryAfter;

    public FetchException(String message) {
        this(message, null, null);
    }

    public FetchException(String message, Throwable cause) {
        this(message, cause, null);
    }

    public FetchException(String message, Throwable cause, Instant retryAfter) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    /** When the server said it may be asked again, if it said so. */
    public Optional<Instant> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
