package io.chipwatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.cli.Main;
import io.chipwatch.kafka.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Fetchers on a real broker: two of them split the registry's feeds through consumer-group
 * assignment and one takes the other's feeds over when it leaves; the registry keeps poller
 * state; the command line declares, lists and polls feeds.
 */
class FetchOnKafkaIT {

    private TestKafkaBroker broker;
    private final LoopbackServer server = new LoopbackServer();

    @BeforeEach
    void start() throws Exception {
        broker = new TestKafkaBroker();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(
                    new NewTopic(Topics.FEEDS.name(), 4, (short) 1).configs(Map.of("cleanup.policy", "compact")),
                    new NewTopic(Topics.ARTICLES.name(), 1, (short) 1))).all().get();
        }
    }

    @AfterEach
    void stop() {
        server.close();
        broker.close();
    }

    private FetchGroupMember member() {
        return new FetchGroupMember(broker.bootstrapServers(), Map.of(),
                TestFetching.poller(TestFetching.loopbackConfig(), Clock.systemUTC()), Clock.systemUTC(), 2);
    }

    private static Thread running(FetchGroupMember member) {
        Thread thread = new Thread(() -> {
            try (member) {
                member.run();
            }
        }, "test-fetcher");
        thread.start();
        return thread;
    }

    @Test
    void shouldSplitTheFeedsBetweenTwoFetchersAndMoveThemWhenOneLeaves() throws Exception {
        // given
        List<FeedSource> feeds = IntStream.range(0, 12)
                .mapToObj(i -> FeedSource.feed(server.url("/feeds/commerce-press.atom?copy=" + i))).toList();
        new FeedRegistry(broker.bootstrapServers(), Map.of()).declare(feeds, Duration.ofSeconds(30));
        Set<String> all = new HashSet<>(feeds.stream().map(FeedSource::url).toList());
        FetchGroupMember first = member();
        FetchGroupMember second = member();
        Thread firstThread = running(first);
        eventually(() -> urls(first).equals(all));

        // when: a second fetcher joins
        Thread secondThread = running(second);
        eventually(() -> !urls(second).isEmpty() && urls(first).size() + urls(second).size() == all.size());
        Set<String> split = new HashSet<>(urls(first));
        Set<String> secondShare = urls(second);

        // and then leaves
        second.stop();
        secondThread.join(Duration.ofSeconds(20).toMillis());
        eventually(() -> urls(first).equals(all));

        // then
        assertThat(split).isNotEmpty().doesNotContainAnyElementsOf(secondShare);
        assertThat(union(split, secondShare)).isEqualTo(all);
        assertThat(urls(first)).isEqualTo(all);
        first.stop();
        firstThread.join(Duration.ofSeconds(20).toMillis());
        List<FeedRecord> registry = new FeedRegistry(broker.bootstrapServers(), Map.of()).list(Duration.ofSeconds(30));
        assertThat(registry).hasSize(12).allSatisfy(f -> assertThat(f.state().health().lastSuccessAt()).isNotNull());
    }

    @Test
    void shouldKeepTheStateOfFeedsDeclaredAgain() throws Exception {
        // given: a feed polled once, its state saved
        FeedRegistry registry = new FeedRegistry(broker.bootstrapServers(), Map.of());
        FeedSource feed = FeedSource.feed(server.url("/feeds/commerce-press.atom"));
        registry.declare(List.of(feed), Duration.ofSeconds(30));
        FetchGroupMember member = member();
        Thread thread = running(member);
        eventually(() -> registry.list(Duration.ofSeconds(10)).get(0).state().etag() != null);
        member.stop();
        thread.join(Duration.ofSeconds(20).toMillis());

        // when: the seed file is imported again, once unchanged and once with a new title
        int unchanged = registry.declare(List.of(feed), Duration.ofSeconds(30));
        int retitled = registry.declare(List.of(new FeedSource(feed.url(), "Commerce", null, true)), Duration.ofSeconds(30));

        // then
        assertThat(unchanged).isZero();
        assertThat(retitled).isEqualTo(1);
        FeedRecord stored = registry.list(Duration.ofSeconds(30)).get(0);
        assertThat(stored.source().title()).isEqualTo("Commerce");
        assertThat(stored.state().etag()).isNotNull();
        assertThat(stored.state().seenIds()).hasSize(2);
    }

    private static Set<String> urls(FetchGroupMember member) {
        return new HashSet<>(member.feeds().stream().map(FeedRecord::url).toList());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** Waits for the group to settle: rebalances take the broker's time, not ours. */
    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 60 s");
            }
            Thread.sleep(100);
        }
    }

    @Test
    void shouldImportListAndPollFeedsFromTheCommandLine() throws Exception {
        // given
        Path opml = Files.createTempFile("feeds", ".opml");
        Files.writeString(opml, """
                <opml version="2.0"><head><title>t</title></head><body>
                  <outline text="Commerce" type="rss" xmlUrl="%s"/>
                  <outline text="MOFCOM" type="rss" xmlUrl="%s"/>
                </body></opml>
                """.formatted(server.url("/feeds/commerce-press.atom"), server.url("/feeds/mofcom-announcements.rdf")));
        StringWriter out = new StringWriter();
        CommandLine cmd = Main.commandLine().setOut(new PrintWriter(out, true));

        // when
        int imported = cmd.execute("feeds", "import", opml.toString(), "--bootstrap-servers", broker.bootstrapServers());
        int added = cmd.execute("feeds", "add", server.url("/articles/press-list.html"), "--selector", ".list a",
                "--bootstrap-servers", broker.bootstrapServers());
        int polled = cmd.execute("fetch", "--once", "--opml", opml.toString(), "--allow-network", "127.0.0.0/8",
                "--bootstrap-servers", broker.bootstrapServers());
        int listed = cmd.execute("feeds", "list", "--bootstrap-servers", broker.bootstrapServers());

        // then
        assertThat(List.of(imported, added, polled, listed)).containsOnly(0);
        assertThat(out.toString()).contains("imported " + opml + ": 2 new or changed of 2 feeds",
                "added " + server.url("/articles/press-list.html"),
                "new          0       0  -                     " + server.url("/feeds/commerce-press.atom"));
        assertThat(articleKeys()).hasSize(3);
        Files.delete(opml);
    }

    private List<String> articleKeys() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            TopicPartition partition = new TopicPartition(Topics.ARTICLES.name(), 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<String> keys = new java.util.ArrayList<>();
            while (consumer.position(partition) < end) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> keys.add(r.key()));
            }
            return keys;
        }
    }
}
