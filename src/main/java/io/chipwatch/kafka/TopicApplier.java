package io.chipwatch.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
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

    /** Applies {@code specs} and says what was done for each. */
    public TopicReport apply(List<TopicSpec> specs, boolean alter) {
        Map<String, TopicState> states = inspector.describe(names(specs));
        List<TopicOutcome> outcomes = new ArrayList<>();
        for (TopicSpec spec : specs) {
            TopicState state = states.get(spec.name());
            if (state == null && create(spec)) {
                outcomes.add(new TopicOutcome(spec.name(), TopicOutcome.Action.CREATED, List.of()));
                continue;
            }
            if (state == null) {
                // Another instance created it between our look and our request.
                state = inspector.describe(List.of(spec.name())).get(spec.name());
            }
            outcomes.add(reconcile(spec, state, alter));
        }
        return new TopicReport(outcomes);
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
        LOG.info("altered topic {}: {}", spec.name(), drift);
        return new TopicOutcome(spec.name(), TopicOutcome.Action.ALTERED, drift);
    }

    private boolean create(TopicSpec spec) {
        try {
            await(admin.createTopics(List.of(spec.newTopic())).all());
            LOG.info("created topic {} ({} partitions, replication {})", spec.name(), spec.partitions(),
                    spec.replicationFactor());
            return true;
        } catch (TopicExistsException e) {
            return false;
        }
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

    private void await(org.apache.kafka.common.KafkaFuture<Void> future) {
        inspector.await(future);
    }

    private static Collection<String> names(List<TopicSpec> specs) {
        return specs.stream().map(TopicSpec::name).toList();
    }
}
