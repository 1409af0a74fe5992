package io.chipwatch.fetch;

import java.time.Instant;

/**
 * One item of a feed or of a selector-read page, before its page is fetched.
 *
 * @param link      absolute http(s) URL of the item; never null
 * @param title     plain-text title; may be null
 * @param summary   plain-text summary from the feed; may be null
 * @param published when the feed says it was published; null when missing or unreadable
 * @param language  two-letter language of the feed, if it declares one
 */
public record FeedItem(String link, String title, String summary, Instant published, String language) {
}
