package io.chipwatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedBrokerIT {

    private static final String TOPIC = "chipwatch.it.broker";

    @Test
    void shouldDeliverATransactionalRecordToAReadCommittedConsumer() throws Exception {
        // given
        try (EmbeddedBroker broker = EmbeddedBroker.start(BrokerSettings.ephemeral(0))) {
            createTopic(broker);

            // when
            produceInTransaction(broker, "h20", "CAC guidance");

            // then
            assertThat(consumeAll(broker)).containsExactly("h20=CAC guidance");
        }
    }

    @Test
    void shouldKeepRecordsWhenRestartedOnTheSameDataDir(@TempDir Path dataDir) throws Exception {
        // given
        try (EmbeddedBroker broker = EmbeddedBroker.start(BrokerSettings.persistent(dataDir, 0))) {
            createTopic(broker);
            produceInTransaction(broker, "h200", "25 % fee");
        }
        assertThat(dataDir.resolve("kafka/meta.properties")).exists();

        // when
        try (EmbeddedBroker broker = EmbeddedBroker.start(BrokerSettings.persistent(dataDir, 0))) {

            // then
            assertThat(consumeAll(broker)).containsExactly("h200=25 % fee");
        }
    }

    @Test
    void shouldDeleteEphemeralStorageOnClose() {
        // given
        EmbeddedBroker broker = EmbeddedBroker.start(BrokerSettings.ephemeral(0));
        Path dir = broker.dataDir();
        assertThat(dir).isDirectory();

        // when
        broker.close();

        // then
        assertThat(Files.exists(dir)).isFalse();
    }

    @Test
    void shouldExplainInOneLineWhenThePortIsTaken() throws Exception {
        // given
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            // when / then
            assertThatThrownBy(() -> EmbeddedBroker.start(BrokerSettings.ephemeral(port)))
                    .isInstanceOf(BrokerStartException.class)
                    .hasMessage("port " + port + " on 127.0.0.1 is already in use; pass --broker-port or --bootstrap-servers");
        }
    }

    @Test
    void shouldRefuseASecondBrokerOnTheSameDataDir(@TempDir Path dataDir) {
        // given
        try (EmbeddedBroker first = EmbeddedBroker.start(BrokerSettings.persistent(dataDir, 0))) {

            // when / then
            assertThatThrownBy(() -> EmbeddedBroker.start(BrokerSettings.persistent(dataDir, 0)))
                    .isInstanceOf(BrokerStartException.class)
                    .hasMessage("Kafka data in " + dataDir.resolve("kafka") + " is in use by another chipwatch broker; "
                            + "stop it, or pass another --data-dir, --ephemeral or --bootstrap-servers");
        }
    }

    private static void createTopic(EmbeddedBroker broker) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        }
    }

    private static void produceInTransaction(EmbeddedBroker broker, String key, String value) {
        Map<String, Object> props = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "chipwatch-it",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(TOPIC, key, value));
            producer.commitTransaction();
        }
    }

    /** Reads until the end offsets, so an uncommitted or missing record shows as an empty list. */
    private static List<String> consumeAll(EmbeddedBroker broker) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            var partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // The end as written, not as committed: right after commitTransaction() returns, the
            // commit markers may not be written yet, and a read_committed consumer's own end
            // offsets (the last stable offset) can still stop short of the committed records.
            var end = writtenEnd(props, partitions);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (Instant.now().isBefore(deadline)
                    && partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(record.key() + "=" + record.value());
                }
            }
        }
        return seen;
    }

    private static Map<TopicPartition, Long> writtenEnd(Map<String, Object> props, List<TopicPartition> partitions) {
        Map<String, Object> uncommitted = new HashMap<>(props);
        uncommitted.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(uncommitted)) {
            return consumer.endOffsets(partitions);
        }
    }
}
