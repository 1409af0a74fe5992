package io.chipwatch.tag;

/** Bad watchlist data; the message starts with {@code file:line:} so the analyst can go straight to it. */
public final class WatchlistException extends RuntimeException {

    public WatchlistException(String message) {
        super(message);
    }

    public WatchlistException(String message, Throwable cause) {
        super(message, cause);
    }
}
