package io.chipwatch.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running streams application: start, wait for it to run, close with a deadline. */
public final class Pipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaStreams streams;
    private final CountDownLatch running = new CountDownLatch(1);

    private Pipeline(Topology topology, Properties properties) {
        this.streams = new KafkaStreams(topology, properties);
        streams.setStateListener((now, before) -> {
            LOG.info("streams {} -> {}", before, now);
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
        });
        // Poison records never get here (they go to the dead-letter topic); what does is a
        // real fault such as a lost broker connection: a fresh thread resumes from the last
        // committed transaction.
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("stream thread failed; replacing it", e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    public static Pipeline start(Topology topology, StreamsSettings settings) {
        return start(topology, settings, PipelineObserver.NONE);
    }

    /** Starts the application; {@code observer} hears of every record sent to the dead-letter topic. */
    public static Pipeline start(Topology topology, StreamsSettings settings, PipelineObserver observer) {
        Pipeline pipeline = new Pipeline(topology, settings.toProperties(observer));
        pipeline.streams.start();
        return pipeline;
    }

    /**
     * Waits until the application has joined its group and restored its state.
     *
     * @throws IllegalStateException if it is not running within {@code timeout}
     */
    public void awaitRunning(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS) || Instant.now().isAfter(deadline)) {
            throw new IllegalStateException("streams application not running after " + timeout.toSeconds()
                    + " s (state " + streams.state() + ")");
        }
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public KafkaStreams streams() {
        return streams;
    }

    /**
     * Stops processing and leaves the consumer group at once, so that the next instance (or the
     * next {@code replay}) gets the partitions without waiting for a session timeout.
     */
    @Override
    public void close() {
        streams.close(CloseOptions.timeout(CLOSE_TIMEOUT)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    }
}
