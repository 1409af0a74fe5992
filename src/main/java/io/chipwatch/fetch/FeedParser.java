package io.chipwatch.fetch;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;

/**
 * Reads RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and RDF with ROME. DOCTYPEs are refused, which rules out
 * external entities (XXE) and entity expansion bombs. An unreadable date becomes no date, an item
 * without a link is skipped and counted, malformed characters are replaced; only a document that
 * is not a feed at all fails.
 */
public final class FeedParser {

    private final int maxItems;

    public FeedParser(int maxItems) {
        this.maxItems = maxItems;
    }

    /**
     * @param body    the document as fetched and decoded
     * @param charset the charset from {@code Content-Type}, if any
     * @param base    the feed's URL, to resolve relative links
     * @throws FetchException when the body is not a feed
     */
    public ParsedItems parse(byte[] body, Optional<Charset> charset, URI base) throws FetchException {
        TextDecoding.Decoded text = TextDecoding.decode(body, charset);
        if (isHtml(text.text())) {
            throw new FetchException("not a feed: an HTML page");
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new StringReader(text.text()));
        } catch (FeedException | IllegalArgumentException e) {
            String why = String.valueOf(e.getMessage()).contains("DOCTYPE is disallowed")
                    ? "DOCTYPE refused (it would allow external entities and entity expansion)"
                    : firstLine(e.getMessage());
            throw new FetchException("not a feed: " + why, e);
        }
        List<String> warnings = new ArrayList<>();
        text.warning().ifPresent(warnings::add);
        String language = twoLetters(feed.getLanguage());
        List<FeedItem> items = new ArrayList<>();
        int withoutLink = 0;
        List<SyndEntry> entries = feed.getEntries();
        for (SyndEntry entry : entries.subList(0, Math.min(entries.size(), maxItems))) {
            String link = linkOf(entry, base);
            if (link == null) {
                withoutLink++;
                continue;
            }
            items.add(new FeedItem(link, plain(entry.getTitle()), summaryOf(entry), dateOf(entry), language));
        }
        if (withoutLink > 0) {
            warnings.add(withoutLink + " items without a usable link skipped");
        }
        if (entries.size() > maxItems) {
            warnings.add(entries.size() + " items, only the first " + maxItems + " read");
        }
        return new ParsedItems(items, warnings);
    }

    private static String linkOf(SyndEntry entry, URI base) {
        List<String> candidates = new ArrayList<>();
        candidates.add(entry.getLink());
        for (SyndLink link : entry.getLinks()) {
            if (link.getRel() == null || link.getRel().equals("alternate")) {
                candidates.add(link.getHref());
            }
        }
        for (String candidate : candidates) {
            String resolved = Links.absoluteHttp(base, candidate);
            if (resolved != null) {
                return resolved;
            }
        }
        // An RSS guid or Atom id is often the permalink when no link is given, but only an
        // absolute URL can be: "2025-09999" is an identifier, not a path.
        String id = entry.getUri();
        return id != null && id.trim().matches("(?i)https?://\\S+") ? Links.absoluteHttp(base, id) : null;
    }

    private static String summaryOf(SyndEntry entry) {
        SyndContent description = entry.getDescription();
        if (description != null && description.getValue() != null && !description.getValue().isBlank()) {
            return plain(description.getValue());
        }
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return plain(content.getValue());
            }
        }
        return null;
    }

    private static Instant dateOf(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant();
    }

    /** Feed titles and summaries are often escaped HTML; people and the tagger want text. */
    static String plain(String htmlOrText) {
        if (htmlOrText == null || htmlOrText.isBlank()) {
            return null;
        }
        String text = htmlOrText.indexOf('<') >= 0 || htmlOrText.indexOf('&') >= 0
                ? Jsoup.parse(htmlOrText).text() : htmlOrText.strip();
        return text.isBlank() ? null : text;
    }

    static String twoLetters(String language) {
        if (language == null || language.length() < 2) {
            return null;
        }
        String two = language.substring(0, 2).toLowerCase(Locale.ROOT);
        return two.chars().allMatch(Character::isLetter) ? two : null;
    }

    /** A site that moved its feed often answers with its home page; say so rather than quote the parser. */
    private static boolean isHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 512)).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable document";
        }
        return message.lines().findFirst().orElse(message);
    }
}
