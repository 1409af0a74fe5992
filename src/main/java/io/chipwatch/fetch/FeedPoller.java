package io.chipwatch.fetch;

import io.chipwatch.article.Article;
import io.chipwatch.article.ArticleIds;
import io.chipwatch.extract.ExtractedArticle;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one feed: a conditional GET, the items of the document, the new ones among them (by
 * article id, so a changed GUID or an edited title is not new), each new item's page read for its
 * text, and the feed's next state. A failure of any kind becomes the feed's error and its backoff,
 * never an exception for the caller.
 */
public final class FeedPoller {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    /** Article ids this process remembers across feeds: a day of a few hundred busy feeds. */
    private static final int RECENT_IDS = 50_000;

    private final FetchConfig config;
    private final HttpFetcher fetcher;
    private final PageReader pageReader;
    private final RecentIds recent;
    private final Clock clock;
    private final Backoff backoff;
    private final FeedParser feedParser;
    private final PageLinks pageLinks;

    public FeedPoller(FetchConfig config, HttpFetcher fetcher, PageReader pageReader, RecentIds recent,
            Clock clock, RandomGenerator random) {
        this.config = config;
        this.fetcher = fetcher;
        this.pageReader = pageReader;
        this.recent = recent;
        this.clock = clock;
        this.backoff = new Backoff(config.backoffBase(), config.backoffMax(), random);
        this.feedParser = new FeedParser(config.maxItemsPerPoll());
        this.pageLinks = new PageLinks(config.maxItemsPerPoll());
    }

    /** A poller with its own HTTP client, checking addresses against the configured networks. */
    public static FeedPoller create(FetchConfig config, PageReader pageReader, Clock clock) {
        HttpFetcher fetcher = new HttpFetcher(config, NetworkPolicy.allowing(config.allowedNetworks()), clock);
        return new FeedPoller(config, fetcher, pageReader, new RecentIds(RECENT_IDS), clock, new Random());
    }

    /** Polls {@code feed} once; interruption is the only thing that escapes. */
    public PollResult poll(FeedRecord feed) throws InterruptedException {
        FeedState state = feed.state();
        try {
            FetchResponse response = fetcher.get(feed.source().uri(), state.etag(), state.lastModified());
            Instant now = clock.instant();
            Instant next = now.plus(config.pollInterval());
            if (response.notModified()) {
                FeedHealth health = state.health().succeeded(now, 0, null, next);
                return new PollResult(feed.withState(state.withHealth(health, now)), List.of(), true, 0);
            }
            ParsedItems parsed = feed.source().isPage()
                    ? pageLinks.parse(response.body(), response.charset(), response.uri(), feed.source().linkSelector())
                    : feedParser.parse(response.body(), response.charset(), response.uri());
            Set<String> ids = new LinkedHashSet<>();
            List<Article> articles = newArticles(feed.source(), parsed.items(), new HashSet<>(state.seenIds()), ids);
            if (parsed.warning() != null) {
                LOG.warn("feed {}: {}", feed.url(), parsed.warning());
            }
            FeedHealth health = state.health().succeeded(clock.instant(), articles.size(), parsed.warning(), next);
            FeedState updated = state.withValidators(response.etag(), response.lastModified())
                    .remembering(List.copyOf(ids), config.maxSeenIds())
                    .withHealth(health, clock.instant());
            return new PollResult(feed.withState(updated), articles, false, response.body().length);
        } catch (FetchException e) {
            return failed(feed, e.getMessage(), e);
        } catch (RuntimeException e) {
            // A library bug on one hostile document must cost that feed a poll, not the fetcher.
            return failed(feed, "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The items not sent before, as articles. {@code ids} receives the id of every item in the
     * document, new or not, for the feed to remember.
     */
    private List<Article> newArticles(FeedSource source, List<FeedItem> items, Set<String> seen, Set<String> ids)
            throws InterruptedException {
        List<Article> articles = new ArrayList<>();
        for (FeedItem item : items) {
            String id = ArticleIds.forUrl(item.link());
            if (!ids.add(id) || seen.contains(id) || !recent.claim(id)) {
                continue;
            }
            Article article = articleFor(source, item, id);
            ids.add(article.id());
            // The page may reveal the story's real address (a redirect, a canonical link) under
            // which another feed already sent it.
            if (article.id().equals(id) || recent.claim(article.id())) {
                articles.add(article);
            }
        }
        return articles;
    }

    private PollResult failed(FeedRecord feed, String error, Exception cause) {
        Instant now = clock.instant();
        FeedState state = feed.state();
        int failures = state.health().consecutiveFailures() + 1;
        Instant next = backoff.nextAttempt(now, failures,
                cause instanceof FetchException fe ? fe.retryAfter() : Optional.empty());
        // A feed that stays down is said once loudly, then at 2, 4, 8... failures in a row: the
        // health record and the metrics carry every failure, the log need not.
        if (Integer.bitCount(failures) == 1) {
            LOG.warn("feed {} failed ({} in a row), next attempt at {}: {}", feed.url(), failures, next, error);
        } else {
            LOG.debug("feed {} failed ({} in a row), next attempt at {}: {}", feed.url(), failures, next, error);
        }
        LOG.debug("feed {} failure detail", feed.url(), cause);
        return new PollResult(feed.withState(state.withHealth(state.health().failed(now, error, next), now)), List.of());
    }

    private Article articleFor(FeedSource source, FeedItem item, String id) throws InterruptedException {
        ReadPage read = source.fetchPages() ? readPage(item.link()) : null;
        ExtractedArticle page = read == null ? null : read.text();
        String url = read == null ? item.link() : read.finalUrl();
        // A canonical link is trusted on the page's own site only, so a page cannot claim
        // another site's story.
        if (page != null && page.canonicalUrl() != null
                && Objects.equals(Links.sourceOf(page.canonicalUrl()), Links.sourceOf(url))) {
            url = page.canonicalUrl();
        }
        String articleId = url.equals(item.link()) ? id : ArticleIds.forUrl(url);
        String text = page != null && page.text() != null && !page.text().isBlank() ? page.text()
                : item.summary() != null ? item.summary()
                : item.title() != null ? item.title() : "";
        String title = item.title() != null ? item.title() : page == null ? null : page.title();
        Instant published = item.published() != null ? item.published() : page == null ? null : page.published();
        String language = page != null && page.language() != null ? page.language() : item.language();
        return new Article(articleId, url, title, published, language, Links.sourceOf(url), text,
                clock.instant(), source.url());
    }

    /** An item's page as read, with the URL it was finally served from after redirects. */
    private record ReadPage(String finalUrl, ExtractedArticle text) {
    }

    /** The item's page as text, or null when it cannot be had: the feed's summary stands in. */
    private ReadPage readPage(String link) throws InterruptedException {
        try {
            FetchResponse response = fetcher.get(URI.create(link));
            String type = response.contentType();
            if (!type.isEmpty() && !type.contains("html")) {
                LOG.debug("page {} is {}, using the feed summary", link, type);
                return null;
            }
            String html = TextDecoding.decode(response.body(), response.charset()).text();
            return new ReadPage(response.uri().toString(), pageReader.read(html, response.uri().toString()));
        } catch (FetchException | RuntimeException e) {
            LOG.info("page {} not read, using the feed summary: {}", link, e.getMessage());
            return null;
        }
    }
}
