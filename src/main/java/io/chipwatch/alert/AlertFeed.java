package io.chipwatch.alert;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.chipwatch.article.ArticleRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * Alerts as an Atom 1.0 document, for feed readers. Pure: alerts in, XML out.
 *
 * <p>One entry per alert, newest first (by {@code lastSeenAt}), at most {@code maxEntries}:
 * <ul>
 *   <li>id: {@code urn:chipwatch:alert:<key>@<firstSeenAt>} (the key's {@code |} written
 *       {@code %7C}), stable for the life of one development, so a reader shows an update
 *       of it as the same item changed;</li>
 *   <li>updated: {@code lastSeenAt}; published: {@code firstSeenAt};</li>
 *   <li>title: {@code STATUS headline};</li>
 *   <li>content (HTML): the evidence sentence, the counts and severity, and a link to each
 *       article listed.</li>
 * </ul>
 */
public final class AlertFeed {

    private static final String ATOM = "atom_1.0";

    private final String title;
    private final String selfUrl;
    private final int maxEntries;

    /**
     * @param selfUrl    where the feed is served; the feed's id and self link
     * @param maxEntries entries written at most
     */
    public AlertFeed(String title, String selfUrl, int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1");
        }
        this.title = title;
        this.selfUrl = selfUrl;
        this.maxEntries = maxEntries;
    }

    /** The Atom document for these alerts; {@code now} is the feed's updated time when there are none. */
    public String toXml(List<Alert> alerts, Instant now) {
        List<Alert> newest = alerts.stream()
                .sorted(Comparator.comparing(AlertFeed::updatedOf).reversed().thenComparing(Alert::key))
                .limit(maxEntries)
                .toList();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(ATOM);
        feed.setTitle(title);
        feed.setUri(selfUrl);
        feed.setLink(selfUrl);
        feed.setGenerator("chipwatch");
        feed.setPublishedDate(Date.from(newest.isEmpty() ? now : updatedOf(newest.get(0))));
        List<SyndEntry> entries = new ArrayList<>();
        newest.forEach(alert -> entries.add(entry(alert)));
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the alert feed: " + e.getMessage(), e);
        }
    }

    /** The entry id of an alert: its key and the start of its development. */
    public static String entryId(Alert alert) {
        return "urn:chipwatch:alert:" + alert.key().replace("|", "%7C").replace(" ", "%20") + "@" + alert.firstSeenAt();
    }

    private static Instant updatedOf(Alert alert) {
        return alert.lastSeenAt() != null ? alert.lastSeenAt() : Instant.EPOCH;
    }

    private static SyndEntry entry(Alert alert) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(entryId(alert));
        entry.setTitle(alert.status() + " " + alert.headline());
        if (!alert.articles().isEmpty() && alert.articles().get(0).url() != null) {
            entry.setLink(alert.articles().get(0).url());
        }
        entry.setUpdatedDate(Date.from(updatedOf(alert)));
        if (alert.firstSeenAt() != null) {
            entry.setPublishedDate(Date.from(alert.firstSeenAt()));
        }
        entry.setAuthor(alert.actor() == null ? "chipwatch" : alert.actor().name());
        SyndContent content = new SyndContentImpl();
        content.setType("html");
        content.setValue(contentOf(alert));
        entry.setContents(List.of(content));
        return entry;
    }

    static String contentOf(Alert alert) {
        StringBuilder html = new StringBuilder();
        if (alert.evidence() != null) {
            html.append("<blockquote>").append(Entities.escape(alert.evidence())).append("</blockquote>");
        }
        html.append("<p>").append(String.format(Locale.ROOT, "%s · %s · %d articles from %d sources · severity %s",
                Entities.escape(alert.actor() == null ? "" : alert.actor().name()), alert.action(),
                alert.articleCount(), alert.sourceCount(), alert.severity()));
        html.append("<br>key ").append(Entities.escape(alert.key())).append("</p><ul>");
        for (ArticleRef article : alert.articles()) {
            String label = Entities.escape(article.title() != null ? article.title() : article.id())
                    + (article.source() != null ? " (" + Entities.escape(article.source()) + ")" : "")
                    + (article.published() != null ? " " + article.published() : "");
            html.append("<li>");
            if (article.url() != null) {
                html.append("<a href=\"").append(Entities.escape(article.url())).append("\">").append(label).append("</a>");
            } else {
                html.append(label);
            }
            html.append("</li>");
        }
        return html.append("</ul>").toString();
    }
}
