package io.chipwatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.chipwatch.article.Article;
import io.chipwatch.extract.ArticleExtractor;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fetch throughput: 2,000 feeds spread over 40 loopback hosts (127.0.0.1 to 127.0.0.40, 50
 * feeds each), polled twice by the production scheduler and poller with the production
 * politeness limits. The second poll of unchanged feeds must be answered 304 and finish in well
 * under a minute. Sizes can be changed with {@code -Dbench.feeds}, {@code -Dbench.hosts},
 * {@code -Dbench.delayMs}, {@code -Dbench.threads}; results go to stdout for docs/benchmarks.md.
 */
class FetchThroughputIT {

    private final int feeds = Integer.getInteger("bench.feeds", 2000);
    private final int hosts = Integer.getInteger("bench.hosts", 40);
    private final Duration delay = Duration.ofMillis(Integer.getInteger("bench.delayMs", 100));
    private final int threads = Integer.getInteger("bench.threads", 32);

    private final List<HttpServer> servers = new ArrayList<>();
    private final List<ExecutorService> serverPools = new ArrayList<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong notModified = new AtomicLong();

    @AfterEach
    void stop() {
        servers.forEach(s -> s.stop(0));
        serverPools.forEach(ExecutorService::shutdownNow);
    }

    @Test
    void shouldPoll2000UnchangedFeedsWithin60SecondsMostlyAnswered304() throws Exception {
        // given
        List<String> urls = startServers();
        FetchConfig config = FetchConfig.defaults()
                .withAllowedNetworks(List.of(Cidr.parse("127.0.0.0/8")))
                .withPoliteness(2, delay)
                .withThreads(threads);
        AtomicLong articles = new AtomicLong();
        FeedScheduler.Listener counter = new FeedScheduler.Listener() {
            @Override
            public void articles(List<Article> batch) {
                articles.addAndGet(batch.size());
            }

            @Override
            public void feedUpdated(FeedRecord feed) {
            }
        };
        try (FeedScheduler scheduler = new FeedScheduler(
                FeedPoller.create(config, new ArticleExtractor()::extract, Clock.systemUTC()), counter, Clock.systemUTC(), threads)) {
            urls.forEach(u -> scheduler.upsert(FeedRecord.of(new FeedSource(u, null, null, false))));

            // when
            long firstStart = System.nanoTime();
            scheduler.pollAllOnce();
            Duration first = Duration.ofNanos(System.nanoTime() - firstStart);
            long firstRequests = requests.getAndSet(0);
            long articlesAfterFirst = articles.get();
            long secondStart = System.nanoTime();
            scheduler.pollAllOnce();
            Duration second = Duration.ofNanos(System.nanoTime() - secondStart);
            long secondRequests = requests.get();
            double share304 = 100.0 * notModified.get() / secondRequests;
            long failing = scheduler.feeds().stream().filter(f -> f.state().health().failing()).count();

            // then
            System.out.printf(Locale.ROOT, "fetch-bench feeds=%d hosts=%d perHost=2 delay=%dms threads=%d%n",
                    feeds, hosts, delay.toMillis(), threads);
            System.out.printf(Locale.ROOT, "fetch-bench first poll:  %.1f s, %d requests, %d articles, %.0f feeds/s%n",
                    first.toMillis() / 1000.0, firstRequests, articlesAfterFirst, feeds / (first.toMillis() / 1000.0));
            System.out.printf(Locale.ROOT, "fetch-bench second poll: %.1f s, %d requests, %.1f %% answered 304, "
                            + "%d new articles, %.0f feeds/s, %d failing feeds%n",
                    second.toMillis() / 1000.0, secondRequests, share304, articles.get() - articlesAfterFirst,
                    feeds / (second.toMillis() / 1000.0), failing);
            assertThat(articlesAfterFirst).isEqualTo(3L * feeds);
            assertThat(articles.get()).isEqualTo(articlesAfterFirst);
            assertThat(failing).isZero();
            assertThat(share304).isGreaterThan(95.0);
            assertThat(second).isLessThan(Duration.ofSeconds(60));
        }
    }

    private List<String> startServers() throws IOException {
        List<String> urls = new ArrayList<>();
        for (int h = 1; h <= hosts; h++) {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0." + h), 0), 100);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            server.setExecutor(pool);
            String base = "http://127.0.0." + h + ":" + server.getAddress().getPort();
            server.createContext("/feed/", exchange -> {
                try (exchange) {
                    requests.incrementAndGet();
                    String path = exchange.getRequestURI().getPath();
                    String etag = "\"" + Integer.toHexString(path.hashCode()) + "\"";
                    exchange.getResponseHeaders().set("ETag", etag);
                    if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                        notModified.incrementAndGet();
                        exchange.sendResponseHeaders(304, -1);
                        return;
                    }
                    byte[] body = feed(base, path).getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
            });
            server.start();
            servers.add(server);
            serverPools.add(pool);
            for (int f = 0; f < feeds / hosts; f++) {
                urls.add(base + "/feed/" + f + ".rss");
            }
        }
        return urls;
    }

    private static String feed(String base, String path) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Feed " + path + "</title><link>" + base + "</link><description>bench</description>");
        for (int i = 0; i < 3; i++) {
            rss.append("<item><title>Export-control story ").append(i).append("</title><link>").append(base)
                    .append(path, 0, path.length() - 4).append("/story-").append(i).append(".html</link>")
                    .append("<description>BIS adds entities to the Entity List; licences for H20 chips.</description>")
                    .append("<pubDate>Tue, 02 Dec 2025 05:00:00 GMT</pubDate></item>");
        }
        return rss.append("</channel></rss>").toString();
    }
}
