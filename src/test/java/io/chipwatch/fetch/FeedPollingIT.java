package io.chipwatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.article.Article;
import io.chipwatch.article.ArticleIds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedPollingIT {

    private final LoopbackServer server = new LoopbackServer();
    private final TestFetching.MutableClock clock = new TestFetching.MutableClock(Instant.parse("2025-12-10T08:00:00Z"));
    private final FeedPoller poller = TestFetching.poller(TestFetching.loopbackConfig(), clock);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldSendEveryItemOnceWithItsPageTextAcrossRssAtomAndRdfFeeds() throws Exception {
        // given
        List<FeedRecord> feeds = List.of(
                FeedRecord.of(FeedSource.feed(server.url("/feeds/bis-federal-register.rss"))),
                FeedRecord.of(FeedSource.feed(server.url("/feeds/commerce-press.atom"))),
                FeedRecord.of(FeedSource.feed(server.url("/feeds/mofcom-announcements.rdf"))));

        // when
        List<Article> articles = new ArrayList<>();
        for (FeedRecord feed : feeds) {
            articles.addAll(poller.poll(feed).articles());
        }

        // then
        assertThat(articles).extracting(Article::url).containsExactly(
                server.url("/articles/entity-list-additions.html"),
                server.url("/articles/h20-license-requirement.html"),
                server.url("/articles/withdrawn-guidance.html"),
                server.url("/articles/h200-approval.html"),
                server.url("/articles/rare-earth-controls.html"));
        assertThat(articles).extracting(Article::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[0-9a-f]{32}"));
        Article entityList = articles.get(0);
        assertThat(entityList.id()).isEqualTo(ArticleIds.forUrl(server.url("/articles/entity-list-additions.html")));
        assertThat(entityList.text()).startsWith("The Bureau of Industry and Security (BIS) amends")
                .doesNotContain("official website", "Constitution Ave", "dataLayer");
        assertThat(entityList.title()).isEqualTo(
                "Additions to the Entity List: Chinese advanced-computing and supercomputer developers");
        assertThat(entityList.published()).isEqualTo(Instant.parse("2025-12-02T05:00:00Z"));
        assertThat(entityList.language()).isEqualTo("en");
        assertThat(entityList.source()).isEqualTo("127.0.0.1");
        assertThat(entityList.feed()).isEqualTo(server.url("/feeds/bis-federal-register.rss"));
        assertThat(entityList.fetchedAt()).isEqualTo(clock.instant());
        Article withdrawn = articles.get(2);
        assertThat(withdrawn.text()).as("feed summary stands in for a page that is gone")
                .startsWith("Guidance to industry on red flags");
        assertThat(withdrawn.published()).as("unreadable date").isNull();
        assertThat(articles.get(4).published()).isEqualTo(Instant.parse("2025-10-09T02:00:00Z"));
        assertThat(articles.get(4).text()).contains("medium and heavy rare-earth items");
    }

    @Test
    void shouldSendNothingWhenTheSecondPollIsAnsweredNotModified() throws Exception {
        // given
        FeedRecord feed = FeedRecord.of(FeedSource.feed(server.url("/feeds/commerce-press.atom")));
        PollResult first = poller.poll(feed);

        // when
        clock.advance(Duration.ofMinutes(15));
        PollResult second = poller.poll(first.feed());

        // then
        assertThat(first.articles()).hasSize(2);
        assertThat(first.feed().state().etag()).isNotNull();
        assertThat(first.feed().state().lastModified()).isEqualTo(LoopbackServer.LAST_MODIFIED);
        assertThat(server.conditionalRequests()).containsExactly("/feeds/commerce-press.atom");
        assertThat(second.articles()).isEmpty();
        assertThat(second.feed().state().health().lastSuccessAt()).isEqualTo(clock.instant());
        assertThat(second.feed().state().health().itemsSeen()).isEqualTo(2);
        assertThat(server.hits("/articles/h200-approval.html")).isEqualTo(1);
    }

    @Test
    void shouldNotSendAStoryAgainWhenItsGuidTitleAndTrackingParametersChange() throws Exception {
        // given
        server.alias("/feeds/live.rss", "/feeds/bis-federal-register.rss");
        FeedRecord feed = FeedRecord.of(FeedSource.feed(server.url("/feeds/live.rss")));
        PollResult first = poller.poll(feed);
        server.alias("/feeds/live.rss", "/feeds/bis-federal-register-edited.rss");

        // when
        PollResult second = poller.poll(first.feed());

        // then
        assertThat(first.articles()).hasSize(3);
        assertThat(second.articles()).isEmpty();
        assertThat(second.feed().state().health().failing()).isFalse();
    }

    @Test
    void shouldBackOffAFeedThatStartsFailingAndRecover() throws Exception {
        // given: a healthy feed
        AtomicBoolean broken = new AtomicBoolean(false);
        server.handle("/feeds/flaky.atom", exchange -> {
            if (broken.get()) {
                exchange.sendResponseHeaders(500, -1);
            } else {
                server.serveFixture(exchange, "/feeds/commerce-press.atom");
            }
        });
        PollResult healthy = poller.poll(FeedRecord.of(FeedSource.feed(server.url("/feeds/flaky.atom"))));
        Instant due = healthy.feed().state().health().nextAttemptAt();

        // when: it breaks twice, then comes back with the same items
        broken.set(true);
        clock.set(due);
        PollResult once = poller.poll(healthy.feed());
        Instant firstRetry = once.feed().state().health().nextAttemptAt();
        clock.set(firstRetry);
        PollResult twice = poller.poll(once.feed());
        Instant secondRetry = twice.feed().state().health().nextAttemptAt();
        clock.set(secondRetry);
        broken.set(false);
        PollResult recovered = poller.poll(twice.feed());

        // then
        assertThat(healthy.articles()).hasSize(2);
        assertThat(due).isEqualTo(Instant.parse("2025-12-10T08:15:00Z"));
        FeedHealth afterOne = once.feed().state().health();
        assertThat(afterOne.consecutiveFailures()).isEqualTo(1);
        assertThat(afterOne.lastError()).isEqualTo("HTTP 500");
        assertThat(Duration.between(due, firstRetry)).isBetween(Duration.ofSeconds(30), Duration.ofMinutes(1));
        assertThat(once.feed().dueAt(firstRetry.minusSeconds(1))).isFalse();
        assertThat(twice.feed().state().health().consecutiveFailures()).isEqualTo(2);
        assertThat(Duration.between(firstRetry, secondRetry)).isBetween(Duration.ofMinutes(1), Duration.ofMinutes(2));
        FeedHealth healed = recovered.feed().state().health();
        assertThat(healed.consecutiveFailures()).isZero();
        assertThat(healed.lastSuccessAt()).isEqualTo(secondRetry);
        assertThat(healed.lastError()).as("kept for the record").isEqualTo("HTTP 500");
        assertThat(healed.itemsSeen()).isEqualTo(2);
        assertThat(recovered.articles()).as("nothing new while it was down").isEmpty();
        assertThat(server.hits("/feeds/flaky.atom")).isEqualTo(4);
    }

    @Test
    void shouldTurnTheLinksOfAPageWithoutAFeedIntoItems() throws Exception {
        // given
        FeedRecord page = FeedRecord.of(FeedSource.page(server.url("/articles/press-list.html"), ".list li a"));

        // when
        PollResult result = poller.poll(page);

        // then
        assertThat(result.articles()).extracting(Article::url).containsExactly(
                server.url("/articles/rare-earth-controls.html"),
                server.url("/articles/press/announcement-62.html"));
        assertThat(result.articles()).extracting(Article::title).containsExactly(
                "Announcement No. 61 of 2025 on export controls for rare-earth items",
                "Announcement No. 62 of 2025 on rare-earth technologies");
        assertThat(result.articles().get(1).text()).contains("rare-earth mining, smelting and separation");
    }

    @Test
    void shouldSendAStoryCarriedByTwoFeedsOnce() throws Exception {
        // given
        FeedRecord federalRegister = FeedRecord.of(FeedSource.feed(server.url("/feeds/bis-federal-register.rss")));
        FeedRecord pressOffice = FeedRecord.of(FeedSource.feed(server.url("/feeds/commerce-press.atom")));

        // when
        List<Article> fromRegister = poller.poll(federalRegister).articles();
        List<Article> fromPress = poller.poll(pressOffice).articles();

        // then
        assertThat(fromRegister).extracting(Article::url).contains(server.url("/articles/entity-list-additions.html"));
        assertThat(fromPress).extracting(Article::url).containsExactly(server.url("/articles/h200-approval.html"));
    }

    @Test
    void shouldIdentifyItselfWithAUserAgent() throws Exception {
        // given
        FeedRecord feed = FeedRecord.of(FeedSource.feed(server.url("/feeds/mofcom-announcements.rdf")));

        // when
        poller.poll(feed);

        // then
        assertThat(server.userAgents()).isNotEmpty().allMatch(FetchConfig.USER_AGENT::equals);
    }

    @Test
    void shouldRecogniseAStoryBehindARedirectingLinkAsTheSameArticle() throws Exception {
        // given: a feed whose links go through a click-tracking redirect
        server.handle("/go/h200", exchange -> {
            exchange.getResponseHeaders().set("Location", "/articles/h200-approval.html?utm_source=tracker");
            exchange.sendResponseHeaders(301, -1);
        });
        server.handle("/feeds/tracked.rss", exchange -> {
            byte[] body = ("<rss version=\"2.0\"><channel><title>Tracked</title><link>" + server.base() + "</link>"
                    + "<description>d</description><item><title>H200 approved</title><link>" + server.url("/go/h200")
                    + "</link></item></channel></rss>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        });
        List<Article> fromPress = poller.poll(FeedRecord.of(FeedSource.feed(server.url("/feeds/commerce-press.atom")))).articles();

        // when
        PollResult tracked = poller.poll(FeedRecord.of(FeedSource.feed(server.url("/feeds/tracked.rss"))));

        // then
        assertThat(fromPress).extracting(Article::url).contains(server.url("/articles/h200-approval.html"));
        assertThat(tracked.articles()).isEmpty();
        assertThat(tracked.feed().state().seenIds())
                .contains(ArticleIds.forUrl(server.url("/articles/h200-approval.html")));
    }

    @Test
    void shouldReadAGzippedFeed() throws Exception {
        // given
        byte[] feed = server.fixture("/feeds/commerce-press.atom");
        java.io.ByteArrayOutputStream gzipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(gzipped)) {
            gzip.write(feed);
        }
        server.handle("/feeds/gzipped.atom", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.getResponseHeaders().set("Content-Type", "application/atom+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, gzipped.size());
            exchange.getResponseBody().write(gzipped.toByteArray());
        });

        // when
        PollResult result = poller.poll(FeedRecord.of(FeedSource.feed(server.url("/feeds/gzipped.atom"))));

        // then
        assertThat(result.articles()).extracting(Article::url).containsExactly(
                server.url("/articles/h200-approval.html"), server.url("/articles/entity-list-additions.html"));
    }
}
