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
    private static final Pattern BASIC_ISO = Pattern.compile("\\d{8}T\\d{6}Z?");
    private static final DateTimeFormatter BASIC_FORMAT = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
    private static final Pattern ISO_DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_ZONED_DATE_TIME,
            DateTimeFormatter.RFC_1123_DATE_TIME);

    /** Dates as pages print them for readers ("March 13, 2015", "19.01.2020"), read as midnight UTC. */
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ROOT));
    private static final Pattern WRITTEN_DATE = Pattern.compile(
            "\\b(?:[A-Z][a-z]{2,8}\\.? \\d{1,2}, \\d{4}|\\d{1,2} [A-Z][a-z]{2,8}\\.? \\d{4}|\\d{2}\\.\\d{2}\\.\\d{4})");

    private Dates() {
    }

    /**
     * The first date written out for readers in a short text ("Published On 11 Jun 2026"), English
     * month names or day.month.year; less trusted than {@link #parse}, so only a last resort.
     */
    static Optional<Instant> parseWritten(String text) {
        if (text == null || text.length() > 200) {
            return Optional.empty();
        }
        Matcher found = WRITTEN_DATE.matcher(text);
        if (!found.find()) {
            return Optional.empty();
        }
        String date = found.group().replaceAll("\\bSept\\b", "Sep").replaceAll("([A-Za-z])\\.", "$1");
        for (DateTimeFormatter format : WRITTEN) {
            try {
                return Optional.of(LocalDate.parse(date, format).atStartOfDay().toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notThisOne) {
                // try the next form
            }
        }
        return Optional.empty();
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
        if (BASIC_ISO.matcher(value).matches()) {
            // 20251010T071500Z, the compact ISO form some CMSs put in "pubdate"
            return Optional.of(LocalDateTime.parse(value.substring(0, 15), BASIC_FORMAT).toInstant(ZoneOffset.UTC));
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
