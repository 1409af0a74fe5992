package io.chipwatch.cli;

import io.chipwatch.extract.ArticleExtractor;
import io.chipwatch.fetch.FeedPoller;
import io.chipwatch.fetch.FeedRegistry;
import io.chipwatch.fetch.FeedSource;
import io.chipwatch.fetch.FetchConfig;
import io.chipwatch.fetch.FetchGroupMember;
import io.chipwatch.fetch.PollObserver;
import io.chipwatch.kafka.KafkaConnection;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fetchers inside {@code run}: declares the configured feeds in the registry, then polls
 * them on a thread of their own as a member of the fetcher group, exactly as {@code fetch} does.
 */
final class BackgroundFetcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundFetcher.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    private final FetchGroupMember member;
    private final Thread thread;

    private BackgroundFetcher(FetchGroupMember member) {
        this.member = member;
        this.thread = new Thread(this::poll, "chipwatch-fetch");
        thread.setDaemon(true);
    }

    static BackgroundFetcher start(KafkaConnection kafka, List<FeedSource> feeds, FetchConfig config,
            PollObserver observer) throws InterruptedException {
        if (!feeds.isEmpty()) {
            new FeedRegistry(kafka.bootstrapServers(), kafka.commonProperties()).declare(feeds, Duration.ofSeconds(30));
        }
        Clock clock = Clock.systemUTC();
        FeedPoller poller = FeedPoller.create(config, new ArticleExtractor()::extract, clock);
        BackgroundFetcher fetcher = new BackgroundFetcher(
                new FetchGroupMember(kafka.bootstrapServers(), kafka.commonProperties(), poller, observer, clock,
                        config.threads()));
        fetcher.thread.start();
        return fetcher;
    }

    private void poll() {
        try {
            member.run();
        } catch (RuntimeException e) {
            // A fetcher fault must not take the pipeline down with it; it is logged and the
            // feeds wait for the next start.
            LOG.error("fetcher stopped", e);
        }
    }

    @Override
    public void close() {
        member.stop();
        try {
            thread.join(STOP_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        member.close();
    }
}
