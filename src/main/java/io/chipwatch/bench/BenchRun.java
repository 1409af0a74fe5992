package io.chipwatch.bench;

import io.chipwatch.article.Article;
import io.chipwatch.kafka.ArticlePublisher;
import io.chipwatch.kafka.Topics;
import io.chipwatch.stream.Pipeline;
import io.chipwatch.stream.Progress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * One measured run against a running pipeline: a warm-up that is not measured, then the measured
 * articles, either all at once (throughput) or offered at a fixed rate (latency).
 */
public final class BenchRun {

    /**
     * Articles generated and published at once: backlogs are published in slices of this many, so that the bench does not hold them all in memory
     * (tens of thousands of articles in the heap made the garbage collector the bench's cost).
     */
    private static final int BATCH = 2_000;
    /** Articles in one warm-up round (fewer when fewer are measured). */
    private static final int WARMUP_ROUND = 10_000;

    private final Pipeline pipeline;
    private final ArticlePublisher publisher;
    private final Progress progress;
    private final AlertWatch alerts;
    private final IntFunction<List<Article>> fresh;
    private long measuredBytes;

    /** @param fresh the next {@code n} articles of the generated stream, with ids no earlier run used */
    public BenchRun(Pipeline pipeline, ArticlePublisher publisher, Progress progress, AlertWatch alerts,
            IntFunction<List<Article>> fresh) {
        this.pipeline = pipeline;
        this.publisher = publisher;
        this.progress = progress;
        this.alerts = alerts;
        this.fresh = fresh;
    }

    /** The size of the measured articles as published (JSON values). */
    public long measuredBytes() {
        return measuredBytes;
    }

    /**
     * Warm-up rounds go through until {@code warmup} is over; then {@code articles} are published
     * while processing is paused, and the clock starts when it resumes. Each warm-up round is a
     * backlog published while processing is paused, as the measured one is: a backlog is read
     * with full fetches and written in full batches, code paths that a trickle of articles never
     * takes, and the JIT compiled them during the measured period when the warm-up was a trickle.
     */
    public Mark throughput(Duration warmup, int articles) {
        Instant warmEnd = Instant.now().plus(warmup);
        while (Instant.now().isBefore(warmEnd)) {
            publishPaused(Math.min(articles, WARMUP_ROUND), slice -> { });
            pipeline.streams().resume();
            awaitProcessed();
        }
        alerts.countFrom(Instant.now());
        publishPaused(articles, slice -> measuredBytes += bytesOf(slice));
        Mark start = Mark.now();
        pipeline.streams().resume();
        return start;
    }

    /** Pauses processing and publishes {@code articles} fresh ones, in slices. */
    private void publishPaused(int articles, Consumer<List<Article>> eachSlice) {
        pipeline.streams().pause();
        for (int published = 0; published < articles; published += BATCH) {
            List<Article> slice = fresh.apply(Math.min(BATCH, articles - published));
            eachSlice.accept(slice);
            slice.forEach(publisher::publish);
        }
        publisher.flush();
    }

    /**
     * {@code warmup} of articles and then {@code articles} more, one stream offered at {@code rate}
     * a second; alerts count from the first measured article on.
     */
    public Mark atRate(double rate, Duration warmup, int articles) {
        List<Article> all = new ArrayList<>(fresh.apply((int) Math.ceil(rate * warmup.toMillis() / 1000.0)));
        int measureFrom = all.size();
        List<Article> measured = fresh.apply(articles);
        measuredBytes = bytesOf(measured);
        all.addAll(measured);
        long intervalNanos = (long) (1_000_000_000L / rate);
        long next = System.nanoTime();
        Mark start = Mark.now();
        for (int i = 0; i < all.size(); i++) {
            if (i == measureFrom) {
                start = Mark.now();
                alerts.countFrom(start.wall());
            }
            publisher.publish(all.get(i));
            publisher.flush();
            next += intervalNanos;
            // Alerts are read while waiting for the next article, so their latency is not inflated.
            while (System.nanoTime() < next) {
                alerts.pollBriefly();
                LockSupport.parkNanos(Math.min(next - System.nanoTime(), 1_000_000));
            }
        }
        return start;
    }

    private static long bytesOf(List<Article> articles) {
        long bytes = 0;
        for (Article a : articles) {
            bytes += Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), a).length;
        }
        return bytes;
    }

    /** Waits until every article and signal published so far is processed and committed. */
    public void awaitProcessed() {
        while (progress.hasPending(List.of(Topics.ARTICLES.name(), Topics.SIGNALS.name()))) {
            alerts.poll();
        }
    }
}
