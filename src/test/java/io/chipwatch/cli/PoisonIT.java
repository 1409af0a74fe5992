package io.chipwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.alert.Alert;
import io.chipwatch.article.Article;
import io.chipwatch.article.ArticleFiles;
import io.chipwatch.bench.ArticleStream;
import io.chipwatch.kafka.BrokerSettings;
import io.chipwatch.kafka.ConnectionConfig;
import io.chipwatch.kafka.EmbeddedBroker;
import io.chipwatch.kafka.Json;
import io.chipwatch.kafka.KafkaConnection;
import io.chipwatch.kafka.TopicReader;
import io.chipwatch.kafka.TopicSpecs;
import io.chipwatch.kafka.Topics;
import io.chipwatch.tag.Watchlist;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thousand malformed records mixed into {@code chipwatch.articles} among good ones: every bad
 * one must land in {@code chipwatch.dlq}, as received, with the reason in its headers; every good
 * one must still raise or update its alert, exactly as without the poison.
 */
class PoisonIT {

    private static final int GOOD = 300;
    private static final int OVERSIZED = 10;
    private static final int FIVE_MB = 5 * 1024 * 1024;

    @TempDir
    Path work;

    @Test
    void shouldDeadLetterEveryMalformedRecordWithItsReasonAndAlertOnEveryGoodOne() throws Exception {
        // given
        List<Article> good = new ArticleStream(ArticleFiles.readAllUnchecked(Path.of("seeds/articles")),
                Watchlist.loadDefault(), ArticleStream.Mix.NEWS, Instant.parse("2025-12-10T08:00:00Z"), 99).take(GOOD);
        AlertOutcome expected = AlertOutcome.of(CleanRun.alertsOf(good, work.resolve("clean")));
        List<Poison> poison = poison(1_000);
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (Article a : good) {
            records.add(record(bytes(a.id()), Json.MAPPER.writeValueAsBytes(a)));
        }
        poison.forEach(p -> records.add(record(p.key(), p.value())));
        Collections.shuffle(records, new Random(7));

        try (EmbeddedBroker broker = EmbeddedBroker.start(BrokerSettings.ephemeral(0))) {
            String bootstrap = broker.bootstrapServers();
            TopicsSetup.ensure(KafkaConnection.open(ConnectionConfig.external(bootstrap)), TopicSpecs.load(Path.of("topics")));
            Properties producerProps = TestProducers.oneRequestAtATime(bootstrap);
            producerProps.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
            try (KafkaProducer<byte[], byte[]> producer =
                         new KafkaProducer<>(producerProps, new ByteArraySerializer(), new ByteArraySerializer())) {
                for (ProducerRecord<byte[], byte[]> r : records) {
                    producer.send(r);
                }
                producer.flush();
            }

            // when: the pipeline works through the topic
            CommandRun run = CommandRun.of("replay", "--bootstrap-servers", bootstrap, "--data-dir",
                    work.resolve("data").toString(), Files.writeString(work.resolve("none.jsonl"), "").toString());

            // then
            assertThat(run.exitCode()).as(run.err()).isZero();
            List<Alert> alerts;
            try (TopicReader<String, Alert> reader = new TopicReader<>(Topics.ALERTS, clientProps(bootstrap), true)) {
                alerts = reader.drain();
            }
            AlertOutcome actual = AlertOutcome.of(alerts);
            assertThat(actual.duplicates()).isEmpty();
            assertThat(actual.perKey()).isEqualTo(expected.perKey());

            List<ConsumerRecord<byte[], byte[]>> dead = deadLetters(bootstrap, poison.size());
            assertThat(dead).hasSize(poison.size());
            Map<String, Integer> byKind = new HashMap<>();
            for (ConsumerRecord<byte[], byte[]> r : dead) {
                assertThat(header(r, "__streams.errors.exception")).as("exception header").isNotBlank();
                assertThat(header(r, "__streams.errors.message")).as("message header").isNotBlank();
                byKind.merge(Poison.kindOf(r.key(), r.value()), 1, Integer::sum);
            }
            assertThat(byKind).isEqualTo(Poison.count(poison));
        }
    }

    /** Bad JSON, wrong types, missing or empty keys and 5 MB bodies, in turn. */
    private static List<Poison> poison(int n) {
        List<Poison> out = new ArrayList<>();
        String[] badJson = {"{\"text\": oops", "not json at all", "{\"text\": \"unterminated", "[1, 2", "\u0000\u0001"};
        String[] wrongTypes = {"{\"text\": 42}", "{\"text\": [\"a\"]}", "{\"text\": {\"a\": 1}}", "{\"title\": \"no text\"}",
                "{\"text\": \"x\", \"published\": \"last Tuesday\"}", "42", "\"just a string\""};
        String good = "{\"text\": \"Washington banned exports of Nvidia H20 chips to China.\"}";
        String huge = "{\"text\": \"" + "a".repeat(FIVE_MB) + "\"}";
        for (int i = 0; i < n; i++) {
            String id = "poison-" + i;
            if (i < OVERSIZED) {
                out.add(new Poison("oversized", bytes(id), bytes(huge)));
            } else if (i % 3 == 0) {
                out.add(new Poison("bad-json", bytes(id), bytes(badJson[i % badJson.length])));
            } else if (i % 3 == 1) {
                out.add(new Poison("wrong-type", bytes(id), bytes(wrongTypes[i % wrongTypes.length])));
            } else {
                out.add(new Poison("no-key", i % 2 == 0 ? null : new byte[0], bytes(good)));
            }
        }
        return out;
    }

    private record Poison(String kind, byte[] key, byte[] value) {

        /** Tells the kind back from a dead letter: keys and values come back as they were sent. */
        static String kindOf(byte[] key, byte[] value) {
            if (key == null || key.length == 0) {
                return "no-key";
            }
            if (value.length > FIVE_MB) {
                return "oversized";
            }
            int i = Integer.parseInt(new String(key, StandardCharsets.UTF_8).substring("poison-".length()));
            return i % 3 == 0 ? "bad-json" : "wrong-type";
        }

        static Map<String, Integer> count(List<Poison> poison) {
            Map<String, Integer> counts = new HashMap<>();
            poison.forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
            return counts;
        }
    }

    private static ProducerRecord<byte[], byte[]> record(byte[] key, byte[] value) {
        return new ProducerRecord<>(Topics.ARTICLES.name(), key, value);
    }

    private static List<ConsumerRecord<byte[], byte[]>> deadLetters(String bootstrap, int expected) {
        Properties props = clientProps(bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DLQ.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            // Read a little past the expected count, to see any record that should not be there.
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                if (records.size() >= expected && quietUntil == Long.MAX_VALUE) {
                    quietUntil = System.nanoTime() + Duration.ofSeconds(1).toNanos();
                }
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Properties clientProps(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return p;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
