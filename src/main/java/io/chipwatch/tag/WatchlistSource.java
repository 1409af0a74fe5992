package io.chipwatch.tag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current {@link Tagger}, rebuilt when the watchlist changes, so that running instances pick
 * up an analyst's edit without a restart. Readers call {@link #tagger()} for each document; the
 * swap goes through an {@link AtomicReference}, so a tagger is always seen fully built and a
 * document is tagged by one watchlist version from start to end.
 *
 * <p>New content arrives either from the file ({@link #watch} polls it; editors that replace the
 * file defeat file-system events, polling the content does not) or from elsewhere through
 * {@link #apply} (a compacted Kafka topic holding the YAML, for instance). A bad edit is logged
 * with its file and line and the previous watchlist stays in force.
 */
public final class WatchlistSource implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WatchlistSource.class);

    private final Path file;
    private final AtomicReference<Tagger> current;
    private final List<Consumer<Tagger>> listeners = new CopyOnWriteArrayList<>();
    private volatile byte[] lastDigest;
    private volatile ScheduledExecutorService poller;

    private WatchlistSource(Path file, Watchlist initial, byte[] digest) {
        this.file = file;
        this.current = new AtomicReference<>(new Tagger(initial));
        this.lastDigest = digest;
    }

    /** Loads {@code file} now; throws {@link WatchlistException} if it is bad, since there is nothing to fall back on. */
    public static WatchlistSource open(Path file) {
        byte[] content = read(file);
        return new WatchlistSource(file, parse(file.toString(), content), digest(content));
    }

    /**
     * {@code seeds/watchlist.yaml} under the working directory, watchable; else the copy bundled in
     * the jar, which only changes through {@link #apply}.
     */
    public static WatchlistSource openDefault() {
        return Files.isRegularFile(Watchlist.DEFAULT_FILE) ? open(Watchlist.DEFAULT_FILE) : of(Watchlist.loadDefault());
    }

    /** A source that only changes through {@link #apply}, starting from {@code initial}. */
    public static WatchlistSource of(Watchlist initial) {
        return new WatchlistSource(null, initial, null);
    }

    /** The tagger for the watchlist in force. */
    public Tagger tagger() {
        return current.get();
    }

    /** Called with each new tagger after a successful reload. */
    public void onChange(Consumer<Tagger> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /**
     * Re-reads the file and swaps the tagger if the content changed and is valid.
     *
     * @return true if a new watchlist is now in force
     */
    public boolean reloadIfChanged() {
        if (file == null) {
            return false;
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            LOG.warn("Cannot read watchlist {}; keeping the current one: {}", file, e.toString());
            return false;
        }
        byte[] digest = digest(content);
        if (Arrays.equals(digest, lastDigest)) {
            return false;
        }
        lastDigest = digest;
        return apply(file.toString(), new String(content, StandardCharsets.UTF_8));
    }

    /**
     * Puts the watchlist in {@code yaml} in force if it is valid.
     *
     * @param name where it came from, for messages
     * @return true if it replaced the current one; false (logged) if it was bad
     */
    public boolean apply(String name, String yaml) {
        Watchlist next;
        try {
            next = Watchlist.parse(name, yaml);
        } catch (WatchlistException e) {
            LOG.error("Watchlist update rejected, keeping the current one: {}", e.getMessage());
            return false;
        }
        Tagger tagger = new Tagger(next);
        current.set(tagger);
        LOG.info("Watchlist reloaded from {}: {} entities", name, next.entities().size());
        listeners.forEach(l -> l.accept(tagger));
        return true;
    }

    /** Starts polling the file every {@code interval} on a daemon thread; {@link #close} stops it. */
    public synchronized WatchlistSource watch(Duration interval) {
        if (file == null || poller != null) {
            return this;
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "watchlist-poller");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::pollQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void pollQuietly() {
        try {
            reloadIfChanged();
        } catch (RuntimeException e) {
            // A scheduled task that throws is silently cancelled; log and keep polling instead.
            LOG.error("Watchlist poll failed for {}", file, e);
        }
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new WatchlistException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static Watchlist parse(String name, byte[] content) {
        return Watchlist.parse(name, new String(content, StandardCharsets.UTF_8));
    }

    private static byte[] digest(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
