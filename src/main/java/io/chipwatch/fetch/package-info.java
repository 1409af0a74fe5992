/**
 * Feed ingestion, the stage that meets the outside world.
 *
 * <ul>
 *   <li>What to read: {@link io.chipwatch.fetch.FeedSource} (a feed, or a page plus a CSS selector),
 *       declared in OPML ({@link io.chipwatch.fetch.OpmlFeeds}) and kept with its poller state
 *       ({@link io.chipwatch.fetch.FeedState}, {@link io.chipwatch.fetch.FeedHealth}) as a
 *       {@link io.chipwatch.fetch.FeedRecord}.</li>
 *   <li>How to fetch: {@link io.chipwatch.fetch.HttpFetcher} under a
 *       {@link io.chipwatch.fetch.FetchConfig} and a {@link io.chipwatch.fetch.NetworkPolicy}
 *       (caps, timeouts, redirects, politeness, SSRF checks).</li>
 *   <li>What comes out: {@link io.chipwatch.fetch.FeedParser} and {@link io.chipwatch.fetch.PageLinks}
 *       turn documents into items; {@link io.chipwatch.fetch.FeedPoller} turns one feed's new items
 *       into articles, reading pages through a {@link io.chipwatch.fetch.PageReader}.</li>
 *   <li>Running many feeds: {@link io.chipwatch.fetch.FeedScheduler}; with Kafka,
 *       {@link io.chipwatch.fetch.FetchGroupMember} (feeds owned through consumer-group
 *       assignment on {@code chipwatch.feeds}) and {@link io.chipwatch.fetch.FeedRegistry}.</li>
 * </ul>
 *
 * Only those two, {@link io.chipwatch.fetch.OnceToKafka} and their package-private helpers know
 * Kafka; everything else is plain Java and runs in
 * {@code chipwatch fetch --dry-run}.
 */
package io.chipwatch.fetch;
