package io.chipwatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded broker carries a Kafka Streams application in exactly-once mode. */
class ExactlyOnceStreamsIT {

    private static final String IN = "chipwatch.it.in";
    private static final String OUT = "chipwatch.it.out";

    @Test
    void shouldRunAnExactlyOnceStreamsApplication(@TempDir Path stateDir) throws Exception {
        try (KafkaConnection kafka = KafkaConnection.open(ConnectionConfig.ephemeralBroker())) {
            // given
            try (Admin admin = Admin.create(kafka.adminProperties())) {
                admin.createTopics(List.of(new NewTopic(IN, 2, (short) 1), new NewTopic(OUT, 2, (short) 1))).all().get();
            }
            Properties props = kafka.streamsProperties();
            props.put(StreamsConfig.APPLICATION_ID_CONFIG, "chipwatch-it-eos");
            props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
            props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
            StreamsBuilder builder = new StreamsBuilder();
            builder.stream(IN, Consumed.with(Serdes.String(), Serdes.String()))
                    .mapValues(value -> value.toUpperCase(java.util.Locale.ROOT))
                    .to(OUT, Produced.with(Serdes.String(), Serdes.String()));

            try (KafkaStreams streams = new KafkaStreams(builder.build(), props)) {
                streams.start();

                // when
                Properties producerProps = kafka.producerProperties();
                producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
                producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
                try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps)) {
                    producer.send(new ProducerRecord<>(IN, "h20", "ordered to stop buying")).get();
                }

                // then
                assertThat(readCommitted(kafka, 1)).containsExactly("h20=ORDERED TO STOP BUYING");
            }
        }
    }

    private static List<String> readCommitted(KafkaConnection kafka, int expected) {
        Properties props = kafka.consumerProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "chipwatch-it-reader");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(OUT));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (seen.size() < expected && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(250)).forEach(r -> seen.add(r.key() + "=" + r.value()));
            }
            // One more poll shows that nothing else (a duplicate, say) follows.
            consumer.poll(Duration.ofSeconds(1)).forEach(r -> seen.add(r.key() + "=" + r.value()));
        }
        return seen;
    }
}
