package io.chipwatch.kafka;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Retention as people write it in topic files ({@code 30d}, {@code 12h}, {@code forever}) and as Kafka stores it. */
final class Retention {

    static final String FOREVER = "forever";
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

    private Retention() {
    }

    /**
     * Parses {@code forever} or a number with a unit ({@code ms}, {@code s}, {@code m}, {@code h},
     * {@code d}) into Kafka's {@code retention.ms} value, {@code -1} for forever.
     */
    static String toMillis(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.equals(FOREVER)) {
            return "-1";
        }
        Matcher m = AMOUNT.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("retention must be 'forever' or a number with a unit "
                    + "(ms, s, m, h, d) such as 30d, got '" + text + "'");
        }
        long amount = Long.parseLong(m.group(1));
        Duration duration = switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        if (duration.isZero()) {
            throw new IllegalArgumentException("retention must be more than 0, got '" + text + "'");
        }
        return String.valueOf(duration.toMillis());
    }

    /** Kafka's {@code retention.ms} as a duration; empty for a negative value (forever) or none. */
    static Optional<Duration> parseMillis(String millis) {
        if (millis == null) {
            return Optional.empty();
        }
        long ms = Long.parseLong(millis.strip());
        return ms < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(ms));
    }

    /** The shortest exact way to write {@code retention.ms}: {@code 30d}, {@code 36h}, {@code forever}. */
    static String format(String millis) {
        Optional<Duration> duration;
        try {
            duration = parseMillis(millis);
        } catch (NumberFormatException e) {
            return millis;
        }
        if (duration.isEmpty()) {
            return millis == null ? "-" : FOREVER;
        }
        Duration d = duration.get();
        if (d.toMillis() % Duration.ofDays(1).toMillis() == 0) {
            return d.toDays() + "d";
        }
        if (d.toMillis() % Duration.ofHours(1).toMillis() == 0) {
            return d.toHours() + "h";
        }
        if (d.toMillis() % Duration.ofMinutes(1).toMillis() == 0) {
            return d.toMinutes() + "m";
        }
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
