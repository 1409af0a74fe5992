package io.chipwatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.article.Article;
import io.chipwatch.kafka.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Kafka side of a fetcher, against Kafka's own mock clients and a real loopback feed server:
 * the registry partitions it is assigned are the feeds it polls, articles go to
 * {@code chipwatch.articles} keyed by id, and each feed's state goes back to the registry so a
 * restarted member resumes with conditional requests.
 */
class FetchGroupMemberIT {

    private static final TopicPartition P0 = new TopicPartition(Topics.FEEDS.name(), 0);
    private static final TopicPartition P1 = new TopicPartition(Topics.FEEDS.name(), 1);

    private final LoopbackServer server = new LoopbackServer();
    private final TestFetching.MutableClock clock = new TestFetching.MutableClock(Instant.parse("2025-12-10T08:00:00Z"));

    @AfterEach
    void stop() {
        server.close();
    }

    private MockConsumer<byte[], byte[]> registry(List<ConsumerRecord<byte[], byte[]>> records) {
        MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
        consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(P0, P1));
            records.forEach(consumer::addRecord);
        });
        return consumer;
    }

    private static ConsumerRecord<byte[], byte[]> declared(TopicPartition partition, long offset, FeedRecord feed) {
        return new ConsumerRecord<>(partition.topic(), partition.partition(), offset,
                Topics.FEEDS.keySerde().serializer().serialize(partition.topic(), feed.url()),
                Topics.FEEDS.valueSerde().serializer().serialize(partition.topic(), feed));
    }

    private static MockProducer<byte[], byte[]> producer() {
        return new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    }

    @Test
    void shouldPublishTheArticlesAndStateOfTheFeedsOfItsPartitions() throws Exception {
        // given
        FeedRecord atom = FeedRecord.of(FeedSource.feed(server.url("/feeds/commerce-press.atom")));
        FeedRecord rdf = FeedRecord.of(FeedSource.feed(server.url("/feeds/mofcom-announcements.rdf")));
        MockProducer<byte[], byte[]> producer = producer();
        try (FetchGroupMember member = new FetchGroupMember(registry(List.of(declared(P0, 0, atom), declared(P1, 0, rdf))),
                producer, TestFetching.poller(TestFetching.loopbackConfig(), clock), clock, 2)) {

            // when
            FeedScheduler.await(member.step(Duration.ofMillis(10)));

            // then
            List<ProducerRecord<byte[], byte[]>> articles = onTopic(producer, Topics.ARTICLES.name());
            assertThat(articles).extracting(r -> article(r).url()).containsExactlyInAnyOrder(
                    server.url("/articles/h200-approval.html"), server.url("/articles/entity-list-additions.html"),
                    server.url("/articles/rare-earth-controls.html"));
            assertThat(articles).allSatisfy(r -> assertThat(new String(r.key(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(article(r).id()));
            List<FeedRecord> states = onTopic(producer, Topics.FEEDS.name()).stream().map(FetchGroupMemberIT::feed).toList();
            assertThat(states).extracting(FeedRecord::url).containsExactlyInAnyOrder(atom.url(), rdf.url());
            assertThat(states).allSatisfy(f -> assertThat(f.state().etag()).isNotNull());
        }
    }

    @Test
    void shouldResumeWithConditionalRequestsAfterARestart() throws Exception {
        // given: a first member polled the feed and saved its state
        FeedRecord atom = FeedRecord.of(FeedSource.feed(server.url("/feeds/commerce-press.atom")));
        MockProducer<byte[], byte[]> firstProducer = producer();
        try (FetchGroupMember first = new FetchGroupMember(registry(List.of(declared(P0, 0, atom))),
                firstProducer, TestFetching.poller(TestFetching.loopbackConfig(), clock), clock, 2)) {
            FeedScheduler.await(first.step(Duration.ofMillis(10)));
        }
        FeedRecord saved = feed(onTopic(firstProducer, Topics.FEEDS.name()).get(0));
        clock.advance(Duration.ofHours(1));
        MockProducer<byte[], byte[]> secondProducer = producer();

        // when: a new member reads the registry, declaration then saved state
        try (FetchGroupMember second = new FetchGroupMember(
                registry(List.of(declared(P0, 0, atom), declared(P0, 1, saved))),
                secondProducer, TestFetching.poller(TestFetching.loopbackConfig(), clock), clock, 2)) {
            FeedScheduler.await(second.step(Duration.ofMillis(10)));
        }

        // then
        assertThat(server.conditionalRequests()).containsExactly("/feeds/commerce-press.atom");
        assertThat(onTopic(secondProducer, Topics.ARTICLES.name())).isEmpty();
        assertThat(feed(onTopic(secondProducer, Topics.FEEDS.name()).get(0)).state().health().lastSuccessAt())
                .isEqualTo(clock.instant());
    }

    @Test
    void shouldStopPollingTheFeedsOfARevokedPartition() throws Exception {
        // given
        FeedRecord atom = FeedRecord.of(FeedSource.feed(server.url("/feeds/commerce-press.atom")));
        FeedRecord rdf = FeedRecord.of(FeedSource.feed(server.url("/feeds/mofcom-announcements.rdf")));
        MockConsumer<byte[], byte[]> consumer = registry(List.of(declared(P0, 0, atom), declared(P1, 0, rdf)));
        try (FetchGroupMember member = new FetchGroupMember(consumer, producer(),
                TestFetching.poller(TestFetching.loopbackConfig(), clock), clock, 2)) {
            FeedScheduler.await(member.step(Duration.ofMillis(10)));

            // when: another instance joins and takes partition 1
            consumer.schedulePollTask(() -> consumer.rebalance(List.of(P0)));
            member.step(Duration.ofMillis(10));

            // then
            assertThat(member.feeds()).extracting(FeedRecord::url).containsExactly(atom.url());
        }
    }

    private static List<ProducerRecord<byte[], byte[]>> onTopic(MockProducer<byte[], byte[]> producer, String topic) {
        return producer.history().stream().filter(r -> r.topic().equals(topic)).toList();
    }

    private static Article article(ProducerRecord<byte[], byte[]> record) {
        return Topics.ARTICLES.valueSerde().deserializer().deserialize(record.topic(), record.value());
    }

    private static FeedRecord feed(ProducerRecord<byte[], byte[]> record) {
        return Topics.FEEDS.valueSerde().deserializer().deserialize(record.topic(), record.value());
    }
}
