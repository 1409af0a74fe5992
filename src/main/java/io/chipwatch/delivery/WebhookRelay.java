package io.chipwatch.delivery;

import io.chipwatch.alert.Alert;
import io.chipwatch.alert.AlertStatus;
import io.chipwatch.kafka.Topics;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts every {@code NEW} and {@code REVERSAL} alert to a webhook, at least once.
 *
 * <p>It reads {@code chipwatch.alerts} ({@code read_committed}) in its own consumer group,
 * {@value #GROUP}, and commits a record's offset only after the receiver answered 2xx. Any
 * other answer, or none, is retried with exponential backoff (1 s doubling to 1 min) for as
 * long as it takes, and nothing after it on that partition is sent meanwhile: the order of a
 * key's alerts is kept and none is skipped. A receiver that is down, or a relay that crashes,
 * resumes from the last acknowledged alert. The price is duplicates: an alert posted but not yet
 * committed when the relay died is posted again; the {@code Idempotency-Key} header lets the
 * receiver drop it. A new group starts at the beginning of the topic (its latest record of each
 * key, once compacted). {@code UPDATED} and {@code SPIKE} records are not posted.
 */
public final class WebhookRelay implements AutoCloseable {

    public static final String GROUP = "chipwatch-webhook";
    static final Set<AlertStatus> POSTED = Set.of(AlertStatus.NEW, AlertStatus.REVERSAL);
    private static final Logger LOG = LoggerFactory.getLogger(WebhookRelay.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<String, Alert> consumer;
    private final WebhookPoster poster;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Thread thread;
    private volatile boolean running = true;

    private WebhookRelay(Properties consumerProperties, WebhookPoster poster, String group, Duration firstDelay,
            Duration maxDelay) {
        Properties p = new Properties();
        p.putAll(consumerProperties);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumer = new KafkaConsumer<>(p, Topics.ALERTS.keySerde().deserializer(),
                Topics.ALERTS.valueSerde().deserializer());
        this.poster = poster;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.thread = new Thread(this::run, "webhook-relay");
        this.thread.setDaemon(true);
    }

    /** Starts relaying alerts to {@code poster} in a background thread. */
    public static WebhookRelay start(Properties consumerProperties, WebhookPoster poster) {
        return start(consumerProperties, poster, GROUP, Duration.ofSeconds(1), Duration.ofMinutes(1));
    }

    /**
     * As {@link #start(Properties, WebhookPoster)}, in consumer group {@code group} (one group per
     * receiver: each gets every alert), retrying after {@code firstDelay}, doubling up to
     * {@code maxDelay}.
     */
    public static WebhookRelay start(Properties consumerProperties, WebhookPoster poster, String group,
            Duration firstDelay, Duration maxDelay) {
        WebhookRelay relay = new WebhookRelay(consumerProperties, poster, group, firstDelay, maxDelay);
        relay.consumer.subscribe(List.of(Topics.ALERTS.name()));
        relay.thread.start();
        return relay;
    }

    private void run() {
        try {
            while (running) {
                try {
                    relayOnce();
                } catch (WakeupException e) {
                    throw e;
                } catch (KafkaException e) {
                    // A lost commit (the group rebalanced) or a broker away: nothing was
                    // acknowledged past the last commit, so going back to it loses nothing.
                    LOG.warn("webhook: {}; resuming from the last acknowledged alert in {} ms", e.getMessage(),
                            maxDelay.toMillis());
                    pauseFor(maxDelay);
                    rewindToCommitted();
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop
        } catch (RuntimeException e) {
            LOG.error("webhook relay stopped: alerts are no longer posted until restart", e);
            throw e;
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void relayOnce() {
        ConsumerRecords<String, Alert> records;
        try {
            records = consumer.poll(POLL);
        } catch (RecordDeserializationException e) {
            // Not an alert this relay can post; the dead-letter route is upstream's job.
            LOG.error("webhook: skipping unreadable record at {} offset {}", e.topicPartition(), e.offset());
            consumer.seek(e.topicPartition(), e.offset() + 1);
            return;
        }
        for (ConsumerRecord<String, Alert> record : records) {
            if (!deliver(record)) {
                rewindToCommitted();
                return;
            }
        }
    }

    /** Waits while staying in the group: poll with every partition paused. */
    private void pauseFor(Duration delay) {
        consumer.pause(consumer.assignment());
        unread(consumer.poll(delay));
        consumer.resume(consumer.paused());
    }

    /**
     * Posts one record if it is to be posted, retrying until a 2xx, then commits past it.
     *
     * @return false if its partition was taken away meanwhile (the new owner sends it)
     */
    private boolean deliver(ConsumerRecord<String, Alert> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        Alert alert = record.value();
        if (alert != null && POSTED.contains(alert.status())) {
            int failures = 0;
            while (running) {
                String outcome = attempt(alert);
                if (outcome == null) {
                    break;
                }
                failures++;
                Duration delay = delayAfter(failures);
                LOG.warn("webhook: alert {} not accepted ({}), attempt {}; retrying in {} ms",
                        alert.key(), outcome, failures, delay.toMillis());
                // Poll while paused: the group keeps us as a member during a long outage.
                pauseFor(delay);
                if (!consumer.assignment().contains(partition)) {
                    return false;
                }
            }
            if (!running) {
                return false;
            }
        }
        consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
        return true;
    }

    /**
     * Records a poll returned while we were paused (from partitions assigned meanwhile, which are
     * not paused) are not processed now: go back to them so the next poll returns them again.
     */
    private void unread(ConsumerRecords<String, Alert> stray) {
        for (TopicPartition tp : stray.partitions()) {
            consumer.seek(tp, stray.records(tp).get(0).offset());
        }
    }

    /** @return null when the receiver accepted the alert, else why not */
    private String attempt(Alert alert) {
        try {
            int status = poster.post(alert);
            return status / 100 == 2 ? null : "HTTP " + status;
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return "interrupted";
        }
    }

    Duration delayAfter(int failures) {
        int exponent = Math.min(failures - 1, 20);
        long millis = Math.min(maxDelay.toMillis(), firstDelay.toMillis() * (1L << exponent));
        return Duration.ofMillis(millis);
    }

    /** After an abandoned batch, read again from the last acknowledged alert of each partition. */
    private void rewindToCommitted() {
        Set<TopicPartition> assigned = consumer.assignment();
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(assigned);
        for (TopicPartition tp : assigned) {
            OffsetAndMetadata offset = committed.get(tp);
            if (offset == null) {
                consumer.seekToBeginning(List.of(tp));
            } else {
                consumer.seek(tp, offset.offset());
            }
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(15).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
