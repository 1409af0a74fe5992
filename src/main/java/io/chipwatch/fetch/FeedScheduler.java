package io.chipwatch.fetch;

import io.chipwatch.article.Article;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs polls for a set of feeds on a bounded pool: each feed at most once at a time, and only when
 * due (its poll interval or backoff has passed). Where the feeds come from (an OPML file, the
 * registry topic) and where results go ({@link Listener}) is the caller's business.
 */
public final class FeedScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedScheduler.class);

    /** Receives each poll's outcome, on the polling thread; implementations must be thread-safe. */
    public interface Listener {
        void articles(List<Article> articles);

        void feedUpdated(FeedRecord feed);
    }

    private final FeedPoller poller;
    private final Listener listener;
    private final PollObserver observer;
    private final Clock clock;
    private final ExecutorService pool;
    private final Map<String, FeedRecord> feeds = new ConcurrentHashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    public FeedScheduler(FeedPoller poller, Listener listener, Clock clock, int threads) {
        this(poller, listener, PollObserver.NONE, clock, threads);
    }

    /** A scheduler that also tells {@code observer} of every finished poll. */
    public FeedScheduler(FeedPoller poller, Listener listener, PollObserver observer, Clock clock, int threads) {
        this.poller = poller;
        this.listener = listener;
        this.observer = observer;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "chipwatch-fetch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Adds a feed or takes a newer declaration of one, keeping the newer state. */
    public void upsert(FeedRecord feed) {
        feeds.merge(feed.url(), feed, FeedRecord::mergedWith);
    }

    /** Forgets feeds (no longer ours after a rebalance); polls in flight finish but are not kept. */
    public void remove(Collection<String> urls) {
        urls.forEach(feeds::remove);
    }

    public List<FeedRecord> feeds() {
        return List.copyOf(feeds.values());
    }

    /** Starts a poll of every due feed that is not being polled already; returns the polls started. */
    public List<Future<?>> pollDue() {
        List<Future<?>> started = new ArrayList<>();
        for (FeedRecord feed : feeds.values()) {
            if (feed.dueAt(clock.instant()) && inFlight.add(feed.url())) {
                started.add(pool.submit(() -> pollNow(feed.url())));
            }
        }
        return started;
    }

    /** Polls every feed once, due or not, and waits for all of them. */
    public void pollAllOnce() throws InterruptedException {
        List<Future<?>> running = new ArrayList<>();
        for (String url : feeds.keySet()) {
            if (inFlight.add(url)) {
                running.add(pool.submit(() -> pollNow(url)));
            }
        }
        await(running);
    }

    /** Waits for polls to finish; a poll task never fails, so this only waits. */
    public static void await(List<Future<?>> polls) throws InterruptedException {
        for (Future<?> future : polls) {
            try {
                future.get();
            } catch (ExecutionException e) {
                LOG.error("poll task failed", e.getCause());
            }
        }
    }

    private void pollNow(String url) {
        try {
            FeedRecord feed = feeds.get(url);
            if (feed == null) {
                return;
            }
            long started = System.nanoTime();
            PollResult result = poller.poll(feed);
            observer.polled(result, Duration.ofNanos(System.nanoTime() - started));
            // Articles first: if they cannot be sent, the state is not advanced and they are sent again.
            if (!result.articles().isEmpty()) {
                listener.articles(result.articles());
            }
            FeedRecord updated = feeds.computeIfPresent(url, (u, current) -> current.withState(result.feed().state()));
            if (updated != null) {
                listener.feedUpdated(updated);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("publishing the poll of {} failed", url, e);
        } finally {
            inFlight.remove(url);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("fetch threads still running after 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
