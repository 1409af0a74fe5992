package io.chipwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.alert.Alert;
import io.chipwatch.alert.AlertStatus;
import io.chipwatch.kafka.BrokerSettings;
import io.chipwatch.kafka.ConnectionConfig;
import io.chipwatch.kafka.EmbeddedBroker;
import io.chipwatch.kafka.Json;
import io.chipwatch.kafka.KafkaConnection;
import io.chipwatch.kafka.TopicReader;
import io.chipwatch.kafka.Topics;
import io.chipwatch.tag.TaggedArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed articles through the real topology on a real embedded KRaft broker, driven by the
 * command line as a user drives it.
 */
class SeedsEndToEndIT {

    /** The developments the five seeds report as news; each must raise an alert. */
    private static final Set<String> EXPECTED_KEYS = Set.of(
            "regulator:us-government|EXPORT_EASING|chip:nvidia-h20",
            "regulator:cn-government|PROCUREMENT_GUIDANCE|chip:nvidia-h20",
            "regulator:us-government|LICENSE_FEE|chip:nvidia-h20",
            "regulator:us-government|EXPORT_EASING|chip:nvidia-h200",
            "regulator:us-government|LICENSE_FEE|chip:nvidia-h200");

    private static EmbeddedBroker broker;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedBroker.start(BrokerSettings.ephemeral(0));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void shouldRaiseTheSeedAlertsOnceAndNothingForHistory() throws Exception {
        // when
        CommandRun first = replay("seeds-test", "seeds/articles");

        // then
        assertThat(first.exitCode()).as(first.err()).isZero();
        List<Alert> alerts = parse(first);
        Set<String> newKeys = alerts.stream().filter(a -> a.status() != AlertStatus.UPDATED)
                .map(Alert::key).collect(Collectors.toSet());
        assertThat(newKeys).containsAll(EXPECTED_KEYS);
        assertThat(alerts).filteredOn(a -> a.action().name().equals("SECURITY_REVIEW"))
                .extracting(Alert::key).allMatch(k -> k.startsWith("regulator:cn-government|"))
                .isNotEmpty();
        assertThat(alerts).extracting(Alert::evidence).noneMatch(e ->
                e.contains("en 2022") || e.contains("En 2020") || e.contains("Entity List") || e.contains("fin 2023"));
        assertThat(alerts).allSatisfy(a -> {
            assertThat(a.evidence()).isNotBlank();
            assertThat(a.articleCount()).isPositive();
            assertThat(a.sourceCount()).isBetween(1, a.articleCount());
        });
        assertThat(first.err()).contains("replayed 5 articles");

        // when the same seeds are replayed again
        CommandRun again = replay("seeds-test", "seeds/articles");

        // then nothing is new
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(parse(again)).isEmpty();
    }

    @Test
    void shouldSendPoisonToTheDeadLetterTopicAndStillAlertOnGoodRecords() throws Exception {
        // given
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        TopicsSetup.ensure(KafkaConnection.open(ConnectionConfig.external(broker.bootstrapServers())),
                io.chipwatch.kafka.TopicSpecs.load(Path.of("topics")));
        try (KafkaProducer<byte[], byte[]> producer =
                     new KafkaProducer<>(producerProps, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), bytes("bad-json"), bytes("{\"text\": oops"))).get();
            producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), bytes("wrong-type"), bytes("{\"text\": 42}"))).get();
            producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), null, bytes("{\"text\": \"no key\"}"))).get();
        }

        // when
        CommandRun run = replay("poison-test", "src/test/resources/e2e/ban.jsonl");

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(parse(run)).extracting(Alert::status).contains(AlertStatus.NEW);
        List<ConsumerRecord<byte[], byte[]>> dead = readDeadLetters();
        assertThat(dead).extracting(r -> header(r, "__streams.errors.message"))
                .anyMatch(m -> m.contains("not a valid Article"))
                .anyMatch(m -> m.contains("no key"));
        assertThat(dead).extracting(r -> r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8))
                .contains("bad-json", "wrong-type");
    }

    @Test
    void shouldAttachToTheBrokerAlreadyServingTheLocalPort() {
        // given: a chipwatch broker serves the port, as under 'chipwatch run'
        String port = broker.bootstrapServers().substring(broker.bootstrapServers().lastIndexOf(':') + 1);

        // when
        CommandRun alerts = CommandRun.of("alerts", "--broker-port", port, "--data-dir", dataDir.toString());
        CommandRun topics = CommandRun.of("topics", "list", "--broker-port", port, "--data-dir", dataDir.toString());

        // then: no 'port in use' error, the running broker's topics
        assertThat(alerts.exitCode()).as(alerts.err()).isZero();
        assertThat(topics.exitCode()).as(topics.err()).isZero();
        assertThat(topics.out()).contains("chipwatch.alerts");
    }

    @Test
    void shouldTagWithTheWatchlistPublishedOnTheTopic() throws Exception {
        // given: a watchlist that also knows a new chip, published for every instance
        Path custom = dataDir.resolve("watchlist.yaml");
        Files.writeString(custom, Files.readString(Path.of("seeds/watchlist.yaml")) + """

                  - id: chip:acme-x9
                    type: CHIP
                    name: Acme X9
                    vendor: company:nvidia
                    family: Acme
                    aliases:
                      any: [Acme X9]
                """);
        CommandRun published = CommandRun.of("watchlist", "publish", "--file", custom.toString(),
                "--bootstrap-servers", broker.bootstrapServers());
        assertThat(published.exitCode()).as(published.err()).isZero();
        Path doc = dataDir.resolve("acme.jsonl");
        Files.writeString(doc, "{\"id\":\"acme-1\",\"text\":\"Shipments of the Acme X9 began.\"}\n");

        // when
        CommandRun run = replay("watchlist-test", doc.toString());

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (TopicReader<String, TaggedArticle> reader =
                     new TopicReader<>(Topics.ARTICLES_TAGGED, consumerProps(), true)) {
            assertThat(reader.drain()).filteredOn(t -> t.article().id().equals("acme-1"))
                    .singleElement()
                    .satisfies(t -> assertThat(t.mentions()).extracting(m -> m.entity()).contains("chip:acme-x9"));
        }
    }

    private static Properties consumerProps() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        return props;
    }

    private CommandRun replay(String applicationId, String path) {
        return CommandRun.of("replay", "--bootstrap-servers", broker.bootstrapServers(),
                "--data-dir", dataDir.toString(), "--application-id", applicationId, "--json", path);
    }

    private static List<Alert> parse(CommandRun run) throws Exception {
        List<Alert> alerts = new ArrayList<>();
        for (String line : run.outLines()) {
            alerts.add(Json.MAPPER.readValue(line, Alert.class));
        }
        return alerts;
    }

    private static List<ConsumerRecord<byte[], byte[]>> readDeadLetters() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(Topics.DLQ.name()).stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (records.size() < 3 && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
