package io.chipwatch.cli;

import io.chipwatch.kafka.Topics;
import io.chipwatch.stream.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code chipwatch stream} from the production jar as a separate process, which a test can kill
 * with SIGKILL as an operator's OOM killer or a power cut would.
 */
final class StreamProcess implements AutoCloseable {

    static final String APPLICATION_ID = "chipwatch";
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Process process;
    private final Path log;

    private StreamProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts an instance with its state under {@code work/data} and waits until it says it runs.
     *
     * <p>A killed instance never leaves its group: the group waits a session timeout (45 s by
     * default) before it hands the partitions to the next one. The tests shorten it to the
     * broker's minimum, as an operator who wants fast fail-over would, so that five restarts
     * take seconds rather than minutes.
     */
    static StreamProcess start(String bootstrap, Path work, String name) throws IOException, InterruptedException {
        Path log = work.resolve(name + ".log");
        Path config = work.resolve("fast-failover.properties");
        Files.writeString(config, "consumer.session.timeout.ms=6000\nconsumer.heartbeat.interval.ms=1000\n");
        Process process = new ProcessBuilder("java", "-Xmx384m", "-XX:+UseSerialGC", "-jar", "target/chipwatch.jar",
                "stream", "--bootstrap-servers", bootstrap, "--config", config.toString(),
                "--data-dir", work.resolve("data").toString(), "--application-id", APPLICATION_ID)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!Files.readString(log).contains("chipwatch stream running")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new AssertionError("stream did not start:\n" + Files.readString(log));
            }
            Thread.sleep(100);
        }
        return new StreamProcess(process, log);
    }

    /** SIGKILL: no shutdown hook, no last commit, no leaving the group. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    /** The application's progress, as its committed offsets tell it. */
    static final class Watch implements AutoCloseable {

        private final Admin admin;
        private final Progress progress;
        private final String applicationId;

        Watch(String bootstrap, String applicationId) {
            Properties p = new Properties();
            p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            this.admin = Admin.create(p);
            this.progress = new Progress(p, applicationId);
            this.applicationId = applicationId;
        }

        long committedArticles() {
            try {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(applicationId)
                        .partitionsToOffsetAndMetadata().get();
                return offsets.entrySet().stream()
                        .filter(e -> e.getKey().topic().equals(Topics.ARTICLES.name()) && e.getValue() != null)
                        .mapToLong(e -> e.getValue().offset()).sum();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("cannot read the offsets of " + applicationId, e);
            }
        }

        /** Whether committed work moved past {@code before} within {@code timeout}. */
        boolean awaitCommittedBeyond(long before, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (committedArticles() <= before) {
                if (System.nanoTime() > deadline || !pending()) {
                    return false;
                }
                Thread.sleep(100);
            }
            return true;
        }

        boolean pending() {
            return progress.hasPending(List.of(Topics.ARTICLES.name(), Topics.SIGNALS.name()));
        }

        void awaitDone(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (pending()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("work still pending after " + timeout);
                }
                Thread.sleep(200);
            }
        }

        @Override
        public void close() {
            progress.close();
            admin.close();
        }
    }
}
