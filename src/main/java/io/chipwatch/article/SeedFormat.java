package io.chipwatch.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The seed-article format: a header of {@code key: value} lines, one blank line, then the body as
 * plain text. Known keys are {@code id}, {@code title}, {@code published} (ISO-8601 date or
 * date-time), {@code language}, {@code source} and {@code url}; all are optional. A file with no
 * header (its first line is not a known key) is all body.
 *
 * <pre>
 * title: Pékin ordonne à ByteDance, Alibaba et Tencent de suspendre leurs commandes de puces H20
 * published: 2025-08-13
 * language: fr
 * source: histoireetsociete.com
 *
 * La Chine aurait exhorté les entreprises locales...
 * </pre>
 */
public final class SeedFormat {

    private static final Set<String> KEYS = Set.of("id", "title", "published", "language", "source", "url");

    private SeedFormat() {
    }

    /**
     * Parses one document.
     *
     * @param name   where it came from, for error messages and as the id of last resort
     * @param content the whole file
     * @throws IllegalArgumentException naming the line when a header value is malformed
     */
    public static Article parse(String name, String content) {
        String normalized = content.startsWith("\uFEFF") ? content.substring(1) : content;
        Map<String, String> header = new LinkedHashMap<>();
        int offset = 0;
        int lineNo = 0;
        while (offset < normalized.length()) {
            int nl = normalized.indexOf('\n', offset);
            String line = (nl < 0 ? normalized.substring(offset) : normalized.substring(offset, nl)).stripTrailing();
            lineNo++;
            if (line.isEmpty()) {
                offset = nl < 0 ? normalized.length() : nl + 1;
                break;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            if (!KEYS.contains(key)) {
                if (header.isEmpty()) {
                    offset = 0;
                    break;
                }
                throw new IllegalArgumentException(name + ":" + lineNo + ": unknown header '" + line
                        + "' (expected one of " + KEYS + ", then a blank line before the body)");
            }
            header.put(key, line.substring(colon + 1).trim());
            offset = nl < 0 ? normalized.length() : nl + 1;
        }
        String text = normalized.substring(offset);
        Instant published = header.containsKey("published")
                ? parseInstant(header.get("published"), name) : null;
        return new Article(
                blankToNull(header.get("id")),
                blankToNull(header.get("url")),
                blankToNull(header.get("title")),
                published,
                blankToNull(header.get("language")),
                blankToNull(header.get("source")),
                text,
                null,
                null);
    }

    /**
     * Reads {@code 2025-08-13}, {@code 2025-08-13T10:00:00Z} or {@code 2025-08-13T10:00:00+02:00};
     * a bare date means midnight UTC.
     */
    public static Instant parseInstant(String value, String where) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException(where + ": published '" + value
                        + "' is not an ISO-8601 date (2025-08-13) or date-time (2025-08-13T10:00:00Z)", e);
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
