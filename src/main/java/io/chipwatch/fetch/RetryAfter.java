package io.chipwatch.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads {@code Retry-After}: delay seconds or an HTTP date (RFC 9110 section 10.2.3). */
final class RetryAfter {

    /** A server cannot park a feed for longer than this, whatever it asks. */
    static final Duration LONGEST = Duration.ofDays(1);

    private RetryAfter() {
    }

    static Optional<Instant> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        Instant at;
        try {
            long seconds = Long.parseLong(v);
            if (seconds < 0) {
                return Optional.empty();
            }
            at = now.plusSeconds(Math.min(seconds, LONGEST.toSeconds()));
        } catch (NumberFormatException notSeconds) {
            try {
                at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
        Instant latest = now.plus(LONGEST);
        return Optional.of(at.isAfter(latest) ? latest : at);
    }
}
