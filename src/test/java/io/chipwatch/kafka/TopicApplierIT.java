package io.chipwatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Applies the repository's own {@code topics/} to a real broker. */
class TopicApplierIT {

    private static final List<TopicSpec> SPECS = TopicSpecs.load(Path.of("topics"));
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static KafkaConnection kafka;
    private static Admin admin;

    @BeforeAll
    static void startBroker() {
        kafka = KafkaConnection.open(ConnectionConfig.ephemeralBroker());
        admin = Admin.create(kafka.adminProperties());
    }

    @AfterAll
    static void stopBroker() {
        admin.close();
        kafka.close();
    }

    @Test
    void shouldCreateEveryTopicThenChangeNothingThenRepairDrift() throws Exception {
        TopicApplier applier = new TopicApplier(admin, TIMEOUT);

        // when the specs meet an empty cluster
        TopicReport first = applier.apply(SPECS, false);

        // then every topic is created
        assertThat(first.withAction(TopicOutcome.Action.CREATED)).hasSameSizeAs(SPECS);
        assertThat(admin.listTopics().names().get()).containsAll(SPECS.stream().map(TopicSpec::name).toList());

        // when applied again
        TopicReport second = applier.apply(SPECS, false);

        // then nothing changes
        assertThat(second.withAction(TopicOutcome.Action.UNCHANGED)).hasSameSizeAs(SPECS);
        assertThat(second.changedAnything()).isFalse();

        // given someone shortens the alerts' segments on the broker
        setConfig(Topics.ALERTS.name(), "segment.ms", "60000");

        // when applied without --alter
        TopicReport drifted = applier.apply(SPECS, false);

        // then the drift is reported, not fixed
        assertThat(drifted.withAction(TopicOutcome.Action.DRIFTED)).singleElement().satisfies(outcome -> {
            assertThat(outcome.topic()).isEqualTo(Topics.ALERTS.name());
            assertThat(outcome.drift()).containsExactly(new Drift("segment.ms", "86400000", "60000", true));
        });
        assertThat(drifted.hasDrift()).isTrue();

        // when applied with --alter
        TopicReport altered = applier.apply(SPECS, true);

        // then it is fixed, and the next run finds nothing
        assertThat(altered.withAction(TopicOutcome.Action.ALTERED)).extracting(TopicOutcome::topic)
                .containsExactly(Topics.ALERTS.name());
        assertThat(altered.hasDrift()).isFalse();
        assertThat(applier.apply(SPECS, false).changedAnything()).isFalse();
        assertThat(new TopicCatalog(admin, TIMEOUT).list(SPECS))
                .filteredOn(listing -> listing.spec().isPresent())
                .extracting(TopicListing::status)
                .hasSameSizeAs(SPECS)
                .containsOnly("matches");
    }

    @Test
    void shouldAddPartitionsAndDropAnUnwantedOverrideWhenAltering() throws Exception {
        // given a topic created from an older spec with fewer partitions and an extra config
        TopicSpec current = new TopicSpec("chipwatch.it.grow", 4, (short) 1,
                Map.of("cleanup.policy", "delete", "retention.ms", "86400000"));
        TopicSpec older = new TopicSpec(current.name(), 2, (short) 1,
                Map.of("cleanup.policy", "delete", "retention.ms", "86400000", "max.message.bytes", "2000000"));
        TopicApplier applier = new TopicApplier(admin, TIMEOUT);
        applier.apply(List.of(older), false);

        // when
        TopicReport report = applier.apply(List.of(current), true);

        // then
        assertThat(report.topics()).singleElement().satisfies(outcome -> {
            assertThat(outcome.action()).isEqualTo(TopicOutcome.Action.ALTERED);
            assertThat(outcome.drift()).containsExactly(
                    new Drift("partitions", "4", "2", true),
                    new Drift("max.message.bytes", "(default)", "2000000", true));
        });
        assertThat(applier.apply(List.of(current), false).withAction(TopicOutcome.Action.UNCHANGED)).hasSize(1);
    }

    /** Sets a config as an operator would, and returns once the broker reports it. */
    private static void setConfig(String topic, String key, String value) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        admin.incrementalAlterConfigs(Map.of(resource,
                List.of(new AlterConfigOp(new ConfigEntry(key, value), AlterConfigOp.OpType.SET)))).all().get();
        Instant deadline = Instant.now().plusSeconds(10);
        while (!value.equals(admin.describeConfigs(List.of(resource)).all().get().get(resource).get(key).value())) {
            assertThat(Instant.now()).as("broker reports %s=%s", key, value).isBefore(deadline);
            Thread.sleep(20);
        }
    }
}
