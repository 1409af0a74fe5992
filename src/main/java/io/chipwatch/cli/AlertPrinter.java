package io.chipwatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.chipwatch.alert.Alert;
import io.chipwatch.article.ArticleRef;
import io.chipwatch.kafka.Json;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Prints alerts for people (a short block each) or for programs (one JSON object a line). */
final class AlertPrinter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final int EVIDENCE_CHARS = 240;

    private final PrintWriter out;
    private final boolean json;

    AlertPrinter(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    void print(Alert alert) {
        if (json) {
            try {
                out.println(Json.MAPPER.writeValueAsString(alert));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("alert " + alert.key() + " cannot be written as JSON", e);
            }
        } else {
            out.println(readable(alert));
        }
        out.flush();
    }

    static String readable(Alert a) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%-8s %-8s %s%n", a.status(), a.severity(), a.headline()));
        s.append(String.format(Locale.ROOT, "         actor %s (%s) · action %s · targets %s%n",
                a.actor().name(), a.actor().id(), a.action(), String.join(", ", a.targets())));
        s.append(String.format(Locale.ROOT, "         %d article%s from %d source%s · first seen %s · last seen %s%n",
                a.articleCount(), a.articleCount() == 1 ? "" : "s",
                a.sourceCount(), a.sourceCount() == 1 ? "" : "s", day(a.firstSeenAt()), day(a.lastSeenAt())));
        s.append("         evidence « ").append(shorten(a.evidence())).append(" »").append(System.lineSeparator());
        if (!a.articles().isEmpty()) {
            ArticleRef first = a.articles().get(0);
            s.append("         first source ").append(first.source() == null ? "?" : first.source());
            if (first.title() != null) {
                s.append(" — ").append(first.title());
            }
            if (first.url() != null) {
                s.append(" <").append(first.url()).append('>');
            }
            s.append(System.lineSeparator());
        }
        s.append("         key ").append(a.key());
        return s.toString();
    }

    private static String day(Instant t) {
        return t == null ? "?" : DAY.format(t);
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= EVIDENCE_CHARS ? flat : flat.substring(0, EVIDENCE_CHARS - 1) + "…";
    }
}
