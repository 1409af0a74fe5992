package io.chipwatch.fetch;

import com.rometools.opml.feed.opml.Opml;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads feed declarations from OPML (1.0 or 2.0), the format every feed reader exports. Outlines
 * nest freely (folders are just grouping). A feed is an outline with {@code xmlUrl}; a page without
 * a feed is an outline with {@code url} and a {@code selector} attribute naming the CSS selector of
 * its item links. {@code fetchPages="false"} keeps the feed's summaries instead of fetching each
 * item's page.
 *
 * <pre>{@code
 * <outline text="BIS press releases" type="rss" xmlUrl="https://example.gov/press.rss"/>
 * <outline text="MOFCOM" type="link" url="https://example.gov/news/" selector=".list li a"/>
 * }</pre>
 */
public final class OpmlFeeds {

    private OpmlFeeds() {
    }

    /**
     * The feeds declared in {@code file}, without duplicates (first declaration wins).
     *
     * @throws IllegalArgumentException naming the file and the outline when a declaration is bad
     * @throws IOException              when the file cannot be read
     */
    public static List<FeedSource> read(Path file) throws IOException {
        WireFeed wire;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            WireFeedInput input = new WireFeedInput();
            input.setAllowDoctypes(false);
            wire = input.build(reader);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file: " + file, e);
        } catch (FeedException | IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": not an OPML file: " + e.getMessage(), e);
        }
        if (!(wire instanceof Opml opml)) {
            throw new IllegalArgumentException(file + ": not an OPML file but a " + wire.getFeedType() + " feed");
        }
        Map<String, FeedSource> feeds = new LinkedHashMap<>();
        collect(file, opml.getOutlines(), feeds);
        return new ArrayList<>(feeds.values());
    }

    private static void collect(Path file, List<Outline> outlines, Map<String, FeedSource> feeds) {
        for (Outline outline : outlines) {
            FeedSource source = sourceOf(file, outline);
            if (source != null) {
                feeds.putIfAbsent(source.url(), source);
            }
            collect(file, outline.getChildren(), feeds);
        }
    }

    private static FeedSource sourceOf(Path file, Outline outline) {
        String xmlUrl = outline.getXmlUrl();
        String selector = outline.getAttributeValue("selector");
        String pageUrl = outline.getUrl();
        String title = outline.getTitle() != null ? outline.getTitle() : outline.getText();
        boolean fetchPages = !"false".equals(lower(outline.getAttributeValue("fetchPages")));
        try {
            if (xmlUrl != null && !xmlUrl.isBlank()) {
                return new FeedSource(xmlUrl, title, null, fetchPages);
            }
            if (selector != null && !selector.isBlank()) {
                if (pageUrl == null || pageUrl.isBlank()) {
                    throw new IllegalArgumentException("a selector needs the page in 'url'");
                }
                PageLinks.validate(selector);
                return new FeedSource(pageUrl, title, selector, fetchPages);
            }
            return null;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": outline '" + title + "': " + e.getMessage(), e);
        }
    }

    private static String lower(String value) {
        return value == null ? null : value.trim().toLowerCase(Locale.ROOT);
    }
}
