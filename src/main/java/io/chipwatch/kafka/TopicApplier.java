package io.chipwatch.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the cluster's topics match their specs: creates the missing ones and reports how the
 * others differ. With {@code alter}, also applies config differences (with
 * {@code incrementalAlterConfigs}, so other configs stay untouched) and adds partitions when a
 * spec asks for more. It never deletes a topic, removes partitions or moves replicas: those are
 * reported for an operator to decide. Running it twice changes nothing the second time.
 */
public final class TopicApplier {

    private static final Logger LOG = LoggerFactory.getLogger(TopicApplier.class);

    private final Admin admin;
    private final TopicInspector inspector;

    public TopicApplier(Admin admin, Duration timeout) {
        this.admin = admin;
        this.inspector = new TopicInspector(admin, timeout);
    }

    /**
     * Applies {@code specs} and says what was done for each. Returns once created topics are
     * visible to clients, so a producer or Streams application can start straight after.
     */
    public TopicReport apply(List<TopicSpec> specs, boolean alter) {
        Map<String, TopicState> states = new HashMap<>(inspector.describe(names(specs)));
        List<TopicSpec> missing = specs.stream().filter(spec -> !states.containsKey(spec.name())).toList();
        Set<String> created = create(missing);
        inspector.awaitVisible(created);
        // A topic another instance created between our look and our request is compared like any other.
        Set<String> raced = missing.stream().map(TopicSpec::name).filter(name -> !created.contains(name))
                .collect(Collectors.toSet());
        inspector.awaitVisible(raced);
        states.putAll(inspector.describe(raced));

        List<TopicOutcome> outcomes = new ArrayList<>();
        for (TopicSpec spec : specs) {
            outcomes.add(created.contains(spec.name())
                    ? new TopicOutcome(spec.name(), TopicOutcome.Action.CREATED, List.of())
                    : reconcile(spec, states.get(spec.name()), alter));
        }
        awaitAltered(specs, outcomes);
        return new TopicReport(outcomes);
    }

    /** Like creations, alterations reach the brokers' metadata a moment after the controller accepts them. */
    private void awaitAltered(List<TopicSpec> specs, List<TopicOutcome> outcomes) {
        List<TopicSpec> altered = specs.stream()
                .filter(spec -> outcomes.stream().anyMatch(o -> o.topic().equals(spec.name())
                        && o.action() == TopicOutcome.Action.ALTERED))
                .toList();
        if (altered.isEmpty()) {
            return;
        }
        inspector.awaitUntil("topic changes applied", () -> {
            Map<String, TopicState> now = inspector.describe(names(altered));
            return altered.stream().allMatch(spec -> now.containsKey(spec.name())
                    && SpecComparison.drift(spec, now.get(spec.name())).stream().noneMatch(Drift::fixable));
        });
    }

    private TopicOutcome reconcile(TopicSpec spec, TopicState state, boolean alter) {
        List<Drift> drift = SpecComparison.drift(spec, state);
        if (drift.isEmpty()) {
            return new TopicOutcome(spec.name(), TopicOutcome.Action.UNCHANGED, drift);
        }
        boolean fixable = drift.stream().anyMatch(Drift::fixable);
        if (!alter || !fixable) {
            return new TopicOutcome(spec.name(), TopicOutcome.Action.DRIFTED, drift);
        }
        alterConfigs(spec.name(), drift);
        if (spec.partitions() > state.partitions()) {
            await(admin.createPartitions(Map.of(spec.name(), NewPartitions.increaseTo(spec.partitions()))).all());
        }
        LOG.debug("altered topic {}: {}", spec.name(), drift);
        return new TopicOutcome(spec.name(), TopicOutcome.Action.ALTERED, drift);
    }

    /** Creates the topics in one request; returns the names created, leaving out those that already existed. */
    private Set<String> create(List<TopicSpec> specs) {
        if (specs.isEmpty()) {
            return Set.of();
        }
        CreateTopicsResult result = admin.createTopics(specs.stream().map(TopicSpec::newTopic).toList());
        Set<String> created = new HashSet<>();
        for (Map.Entry<String, KafkaFuture<Void>> entry : result.values().entrySet()) {
            try {
                inspector.await(entry.getValue());
                created.add(entry.getKey());
                LOG.debug("created topic {}", entry.getKey());
            } catch (TopicExistsException e) {
                LOG.debug("topic {} appeared meanwhile", entry.getKey());
            }
        }
        return created;
    }

    private void alterConfigs(String topic, List<Drift> drift) {
        List<AlterConfigOp> ops = drift.stream()
                .filter(d -> d.fixable() && !d.setting().equals(Drift.PARTITIONS))
                .map(d -> d.wanted().equals(Drift.DEFAULT)
                        ? new AlterConfigOp(new ConfigEntry(d.setting(), null), AlterConfigOp.OpType.DELETE)
                        : new AlterConfigOp(new ConfigEntry(d.setting(), d.wanted()), AlterConfigOp.OpType.SET))
                .toList();
        if (!ops.isEmpty()) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            await(admin.incrementalAlterConfigs(Map.of(resource, ops)).all());
        }
    }

    private void await(KafkaFuture<Void> future) {
        inspector.await(future);
    }

    private static Collection<String> names(List<TopicSpec> specs) {
        return specs.stream().map(TopicSpec::name).toList();
    }
}
