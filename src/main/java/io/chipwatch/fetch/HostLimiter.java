package io.chipwatch.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness towards each host: at most {@code concurrency} requests in flight, and request starts
 * spaced by at least {@code delay}. Callers block until their turn; the bounded fetch executor
 * keeps the number of blocked callers bounded too.
 */
final class HostLimiter {

    /** Hosts remembered before idle ones are forgotten, so hostile links cannot grow the map forever. */
    private static final int MAX_HOSTS = 10_000;

    private final int concurrency;
    private final long delayNanos;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    /** A held slot for one host; closing it frees the slot. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    HostLimiter(int concurrency, Duration delay) {
        this.concurrency = concurrency;
        this.delayNanos = delay.toNanos();
    }

    Permit acquire(String hostName) throws InterruptedException {
        if (hosts.size() > MAX_HOSTS) {
            hosts.values().removeIf(Host::idle);
        }
        Host host = hosts.computeIfAbsent(hostName.toLowerCase(Locale.ROOT), h -> new Host(concurrency));
        host.slots.acquire();
        try {
            long wait = host.reserveStart(delayNanos);
            if (wait > 0) {
                // Politeness is the point of this wait: it spaces requests to one server.
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        } catch (InterruptedException e) {
            host.slots.release();
            throw e;
        }
        return host.slots::release;
    }

    private static final class Host {
        private final Semaphore slots;
        private final int concurrency;
        private long nextStart = System.nanoTime();

        Host(int concurrency) {
            this.slots = new Semaphore(concurrency, true);
            this.concurrency = concurrency;
        }

        /** Books the next start time and returns how long to wait for it, in nanoseconds. */
        synchronized long reserveStart(long delay) {
            long now = System.nanoTime();
            long start = Math.max(now, nextStart);
            nextStart = start + delay;
            return start - now;
        }

        synchronized boolean idle() {
            return slots.availablePermits() == concurrency && System.nanoTime() - nextStart > 0;
        }
    }
}
