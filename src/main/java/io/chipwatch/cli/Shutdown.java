package io.chipwatch.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT) and SIGTERM for long-running commands: the signal only asks the command's own
 * thread to stop, and waits for it to close its resources in order (streams before the broker
 * they talk to) before the JVM exits.
 */
final class Shutdown {

    private static final Duration GRACE = Duration.ofSeconds(45);

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    private Shutdown() {
    }

    /** Installs the hook; call {@link #finished()} when the command has closed everything. */
    static Shutdown onSignal() {
        Shutdown shutdown = new Shutdown();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shutdown.requested.countDown();
            try {
                shutdown.finished.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "chipwatch-shutdown"));
        return shutdown;
    }

    boolean requested() {
        return requested.getCount() == 0;
    }

    /** Waits for a stop request. */
    void await() throws InterruptedException {
        requested.await();
    }

    void finished() {
        finished.countDown();
    }
}
