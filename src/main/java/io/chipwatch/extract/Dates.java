package io.chipwatch.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient reading of the dates pages put in meta tags, JSON-LD and {@code <time datetime>}: ISO-8601
 * with or without offset or seconds, offsets written {@code +0100}, a bare date, RFC 1123. A time
 * without an offset is taken as UTC, a bare date as midnight UTC.
 */
final class Dates {

    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern ISO_DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_ZONED_DATE_TIME,
            DateTimeFormatter.RFC_1123_DATE_TIME);

    private Dates() {
    }

    /** The instant a date string stands for, or empty when it cannot be read. */
    static Optional<Instant> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.strip();
        if (value.isEmpty() || value.length() > 64) {
            return Optional.empty();
        }
        value = value.replace(' ', 'T').replaceFirst("T([+-]\\d)", "$1");
        if (value.endsWith("z")) {
            value = value.substring(0, value.length() - 1) + "Z";
        }
        Matcher offset = OFFSET_WITHOUT_COLON.matcher(value);
        if (value.length() > 10 && offset.find() && value.contains("T")) {
            value = offset.replaceFirst("$1:$2");
        }
        for (DateTimeFormatter format : ZONED) {
            try {
                return Optional.of(ZonedDateTime.parse(value, format).toInstant());
            } catch (DateTimeParseException notThisOne) {
                // try the next form
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException notThisOne) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notThisOne) {
            // try the next form
        }
        Matcher date = ISO_DATE_PREFIX.matcher(value);
        if (date.find()) {
            try {
                return Optional.of(LocalDate.parse(date.group(1)).atStartOfDay().toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
        return rfc1123(raw.strip());
    }

    private static Optional<Instant> rfc1123(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT))
                    .toInstant());
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
