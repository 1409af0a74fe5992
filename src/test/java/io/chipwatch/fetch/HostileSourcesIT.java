package io.chipwatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import io.chipwatch.article.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each hostile source costs its own feed a poll and nothing else: no crash, no memory beyond the
 * caps, and the reason in the feed's health record and in the log.
 */
class HostileSourcesIT {

    private final LoopbackServer server = new LoopbackServer();
    private final TestFetching.MutableClock clock = new TestFetching.MutableClock(Instant.parse("2025-12-10T08:00:00Z"));
    private final CapturedLogs logs = new CapturedLogs(FeedPoller.class);

    @AfterEach
    void stop() {
        logs.close();
        server.close();
    }

    private PollResult poll(FetchConfig config, String path) throws InterruptedException {
        return TestFetching.poller(config, clock).poll(FeedRecord.of(FeedSource.feed(server.url(path))));
    }

    private PollResult poll(String path) throws InterruptedException {
        return poll(TestFetching.loopbackConfig(), path);
    }

    private void assertFailedWith(PollResult result, String path, String error) {
        FeedHealth health = result.feed().state().health();
        assertThat(result.articles()).isEmpty();
        assertThat(health.consecutiveFailures()).isEqualTo(1);
        assertThat(health.lastError()).contains(error);
        assertThat(health.nextAttemptAt()).isAfter(clock.instant());
        assertThat(logs.lines()).anyMatch(line -> line.startsWith("WARN feed " + server.url(path) + " failed")
                && line.contains(error));
    }

    @Test
    void shouldRefuseAFeedWithAnExternalEntity() throws Exception {
        // when
        PollResult result = poll("/hostile/xxe.rss");

        // then
        assertFailedWith(result, "/hostile/xxe.rss", "not a feed: DOCTYPE refused");
        assertThat(result.feed().state().health().lastError()).doesNotContain("root:");
    }

    @Test
    void shouldRefuseABillionLaughsFeedWithoutExpandingIt() throws Exception {
        // when
        long start = System.nanoTime();
        PollResult result = poll("/hostile/billion-laughs.rss");

        // then
        assertFailedWith(result, "/hostile/billion-laughs.rss", "DOCTYPE");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void shouldStopDecodingAGzipBombAtTheDecodedCap() throws Exception {
        // given: 200 MB of zeros, about 200 KB on the wire
        byte[] bomb = gzippedZeros(200L * 1024 * 1024);
        server.handle("/bomb.rss", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, bomb.length);
            exchange.getResponseBody().write(bomb);
        });

        // when
        PollResult result = poll("/bomb.rss");

        // then
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertFailedWith(result, "/bomb.rss", "decoded body larger than " + 20L * 1024 * 1024 + " bytes");
    }

    @Test
    void shouldStopReadingA50MegabyteBodyAtTheBodyCap() throws Exception {
        // given: a chunked body, so only counting can stop it
        AtomicLong written = new AtomicLong();
        server.handle("/huge.rss", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = "<item><title>padding</title></item>".repeat(2000).getBytes(StandardCharsets.US_ASCII);
            OutputStream out = exchange.getResponseBody();
            while (written.get() < 50L * 1024 * 1024) {
                out.write(chunk);
                written.addAndGet(chunk.length);
            }
        });

        // when
        PollResult result = poll("/huge.rss");

        // then
        assertFailedWith(result, "/huge.rss", "body larger than " + 5L * 1024 * 1024 + " bytes");
        assertThat(written.get()).as("the server was cut off").isLessThan(50L * 1024 * 1024);
    }

    @Test
    void shouldRefuseA50MegabyteBodyAnnouncedByContentLength() throws Exception {
        // given
        AtomicLong written = new AtomicLong();
        server.handle("/declared.rss", exchange -> {
            long size = 50L * 1024 * 1024;
            exchange.sendResponseHeaders(200, size);
            byte[] chunk = new byte[64 * 1024];
            for (long sent = 0; sent < size; sent += chunk.length) {
                exchange.getResponseBody().write(chunk);
                written.addAndGet(chunk.length);
            }
        });

        // when
        PollResult result = poll("/declared.rss");

        // then
        assertFailedWith(result, "/declared.rss", "Content-Length 52428800");
        assertThat(written.get()).isLessThan(50L * 1024 * 1024);
    }

    @Test
    void shouldGiveUpOnAServerThatTricklesOneByteASecond() throws Exception {
        // given
        server.handle("/slow.rss", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            byte[] feed = server.fixture("/feeds/commerce-press.atom");
            for (byte b : feed) {
                out.write(b);
                out.flush();
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        FetchConfig config = TestFetching.loopbackConfig().withResponseTimeout(Duration.ofSeconds(2));

        // when
        long start = System.nanoTime();
        PollResult result = poll(config, "/slow.rss");

        // then
        assertFailedWith(result, "/slow.rss", "no complete response within 2 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void shouldStopAtARedirectLoop() throws Exception {
        // given
        server.handle("/loop/a", exchange -> redirect(exchange, "/loop/b"));
        server.handle("/loop/b", exchange -> redirect(exchange, server.url("/loop/a")));

        // when
        PollResult result = poll("/loop/a");

        // then
        assertFailedWith(result, "/loop/a", "redirect loop at " + server.url("/loop/a"));
        assertThat(server.hits("/loop/a")).isEqualTo(1);
    }

    @Test
    void shouldStopAfterTheMaximumNumberOfRedirects() throws Exception {
        // given: an endless chain of distinct URLs
        server.handle("/chain", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            int n = query == null ? 0 : Integer.parseInt(query);
            redirect(exchange, "/chain?" + (n + 1));
        });

        // when
        PollResult result = poll("/chain");

        // then
        assertFailedWith(result, "/chain", "more than 5 redirects");
        assertThat(server.hits("/chain")).isEqualTo(6);
    }

    @Test
    void shouldRefuseARedirectTo127001FromAFeedNotAllowedLoopback() throws Exception {
        // given: the feed's host is allowed, 127.0.0.1 is not
        try (LoopbackServer feedHost = new LoopbackServer("127.0.0.2")) {
            feedHost.handle("/feed.rss", exchange -> redirect(exchange, server.url("/feeds/commerce-press.atom")));
            FetchConfig config = TestFetching.loopbackConfig().withAllowedNetworks(List.of(Cidr.parse("127.0.0.2/32")));
            FeedPoller poller = TestFetching.poller(config, clock);

            // when
            PollResult result = poller.poll(FeedRecord.of(FeedSource.feed(feedHost.url("/feed.rss"))));

            // then
            FeedHealth health = result.feed().state().health();
            assertThat(result.articles()).isEmpty();
            assertThat(health.lastError()).contains("refused " + server.url("/feeds/commerce-press.atom"))
                    .contains("non-public address 127.0.0.1");
            assertThat(server.hits("/feeds/commerce-press.atom")).isZero();
            assertThat(logs.lines()).anyMatch(line -> line.contains(feedHost.url("/feed.rss")) && line.contains("refused"));
        }
    }

    @Test
    void shouldNotFetchAnItemPageOnANetworkTheFeedIsNotAllowed() throws Exception {
        // given: a feed on 127.0.0.2 whose items point at 127.0.0.1
        try (LoopbackServer feedHost = new LoopbackServer("127.0.0.2")) {
            feedHost.handle("/feed.atom", exchange -> {
                byte[] body = server.fixture("/feeds/commerce-press.atom");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            });
            FetchConfig config = TestFetching.loopbackConfig().withAllowedNetworks(List.of(Cidr.parse("127.0.0.2/32")));

            // when
            PollResult result = TestFetching.poller(config, clock)
                    .poll(FeedRecord.of(FeedSource.feed(feedHost.url("/feed.atom"))));

            // then
            assertThat(server.hits("/articles/h200-approval.html")).isZero();
            assertThat(result.articles()).extracting(Article::text).containsExactly(
                    "The Department will license H200 shipments to approved customers in China.",
                    "The same rule as in the Federal Register, announced by the press office.");
        }
    }

    @Test
    void shouldReportHtmlServedAsAFeed() throws Exception {
        // when
        PollResult result = poll("/hostile/not-a-feed.html");

        // then
        assertFailedWith(result, "/hostile/not-a-feed.html", "not a feed: an HTML page");
    }

    @Test
    void shouldReadAFeedWithInvalidUtf8WithReplacementCharacters() throws Exception {
        // when
        PollResult result = poll("/hostile/invalid-utf8.rss");

        // then
        FeedHealth health = result.feed().state().health();
        assertThat(health.failing()).isFalse();
        assertThat(health.lastWarning()).isEqualTo("invalid UTF-8 bytes replaced");
        assertThat(result.articles()).hasSize(1);
        assertThat(result.articles().get(0).title()).isEqualTo("Export controls: Beijing r\uFFFDagit aux restrictions am\uFFFDricaines");
        assertThat(logs.lines()).contains("WARN feed " + server.url("/hostile/invalid-utf8.rss") + ": invalid UTF-8 bytes replaced");
    }

    @Test
    void shouldReadOnlyTheFirstItemsOfAFeedWith10000Items() throws Exception {
        // given
        StringBuilder feed = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Flood</title>"
                + "<link>" + server.base() + "/</link><description>d</description>");
        for (int i = 0; i < 10_000; i++) {
            feed.append("<item><title>Item ").append(i).append("</title><link>").append(server.base())
                    .append("/flood/").append(i).append("</link><description>Summary ").append(i)
                    .append("</description></item>");
        }
        byte[] body = feed.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
        server.handle("/flood.rss", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        });
        FeedPoller poller = TestFetching.poller(TestFetching.loopbackConfig(), clock);

        // when
        PollResult result = poller.poll(FeedRecord.of(new FeedSource(server.url("/flood.rss"), null, null, false)));

        // then
        FeedHealth health = result.feed().state().health();
        assertThat(result.articles()).hasSize(500);
        assertThat(result.articles().get(499).title()).isEqualTo("Item 499");
        assertThat(health.lastWarning()).isEqualTo("10000 items, only the first 500 read");
        assertThat(result.feed().state().seenIds()).hasSize(500);
    }

    @Test
    void shouldWaitAsLongAsA429RetryAfterAsks() throws Exception {
        // given
        server.handle("/busy.rss", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "3600");
            exchange.sendResponseHeaders(429, -1);
        });

        // when
        PollResult result = poll("/busy.rss");

        // then
        assertFailedWith(result, "/busy.rss", "HTTP 429");
        assertThat(result.feed().state().health().nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(3600));
    }

    @Test
    void shouldKeepServingGoodFeedsWhileHostileOnesFail() throws Exception {
        // given
        server.handle("/busy.rss", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "60");
            exchange.sendResponseHeaders(503, -1);
        });
        List<String> paths = List.of("/hostile/xxe.rss", "/hostile/billion-laughs.rss", "/hostile/not-a-feed.html",
                "/busy.rss", "/missing.rss", "/feeds/commerce-press.atom");
        List<Article> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        FeedScheduler.Listener listener = new FeedScheduler.Listener() {
            @Override
            public void articles(List<Article> articles) {
                received.addAll(articles);
            }

            @Override
            public void feedUpdated(FeedRecord feed) {
            }
        };
        try (FeedScheduler scheduler = new FeedScheduler(
                TestFetching.poller(TestFetching.loopbackConfig(), clock), listener, clock, 4)) {
            paths.forEach(p -> scheduler.upsert(FeedRecord.of(FeedSource.feed(server.url(p)))));

            // when
            scheduler.pollAllOnce();

            // then
            assertThat(received).extracting(Article::url).containsExactlyInAnyOrder(
                    server.url("/articles/h200-approval.html"), server.url("/articles/entity-list-additions.html"));
            assertThat(scheduler.feeds()).filteredOn(f -> f.state().health().failing())
                    .extracting(FeedRecord::url)
                    .containsExactlyInAnyOrderElementsOf(paths.subList(0, 5).stream().map(server::url).toList());
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static byte[] gzippedZeros(long size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024)) {
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < size; written += zeros.length) {
                gzip.write(zeros);
            }
        }
        return out.toByteArray();
    }
}
