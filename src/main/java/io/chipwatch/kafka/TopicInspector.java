package io.chipwatch.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;

/** Reads topics as they are on the cluster. */
final class TopicInspector {

    private static final Duration METADATA_POLL = Duration.ofMillis(50);

    private final Admin admin;
    private final Duration timeout;

    TopicInspector(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    /** The names of every topic that is not internal to Kafka. */
    Set<String> names() {
        return await(admin.listTopics().names());
    }

    /** The state of each named topic that exists; missing names are left out of the map. */
    Map<String, TopicState> describe(Collection<String> names) {
        Set<String> existing = names().stream().filter(names::contains).collect(Collectors.toSet());
        if (existing.isEmpty()) {
            return Map.of();
        }
        Map<String, TopicDescription> descriptions = await(admin.describeTopics(existing).allTopicNames());
        List<ConfigResource> resources = existing.stream()
                .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name))
                .toList();
        Map<ConfigResource, Config> configs = await(admin.describeConfigs(resources).all());

        Map<String, TopicState> states = new TreeMap<>();
        for (ConfigResource resource : resources) {
            TopicDescription description = descriptions.get(resource.name());
            Map<String, String> all = new HashMap<>();
            Map<String, String> overrides = new HashMap<>();
            for (ConfigEntry entry : configs.get(resource).entries()) {
                if (entry.value() == null) {
                    continue;
                }
                all.put(entry.name(), entry.value());
                if (entry.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG) {
                    overrides.put(entry.name(), entry.value());
                }
            }
            int replicas = description.partitions().get(0).replicas().size();
            states.put(resource.name(), new TopicState(resource.name(), description.partitions().size(),
                    replicas, all, overrides));
        }
        return states;
    }

    /**
     * Waits until every named topic shows in the cluster metadata. The controller acknowledges a
     * creation before every broker has applied it, and a client asking in between would be told
     * the topic does not exist.
     */
    void awaitVisible(Set<String> names) {
        if (!names.isEmpty()) {
            awaitUntil("topics " + names + " visible", () -> names().containsAll(names));
        }
    }

    /** Polls {@code condition} until it holds, failing after the timeout with {@code what} in the message. */
    void awaitUntil(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new KafkaException("Kafka did not report " + what + " within " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(METADATA_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KafkaException("interrupted while waiting for " + what, e);
            }
        }
    }

    <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while talking to Kafka", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof KafkaException ke ? ke : new KafkaException(cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new KafkaException("no answer within " + timeout.toSeconds() + " s; is the address right and the cluster up?", e);
        }
    }
}
