package io.chipwatch.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.sun.net.httpserver.HttpServer;
import io.chipwatch.article.Article;
import io.chipwatch.kafka.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * chipwatch {@code run} on the seed articles and a {@code fetch} on loopback feeds, scraped by the
 * real Prometheus; every dashboard query and every alerting rule is then evaluated through
 * Prometheus's HTTP API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrometheusDashboardsIT {

    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final Path RULES = Path.of("deploy", "prometheus", "alerts.yml");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((.*),\\s*(\\w+)\\)");
    private static final Pattern KAFKA_AT = Pattern.compile("Kafka at (\\S+?)[ ;]");

    private HttpServer feeds;
    private ChipwatchProcess run;
    private ChipwatchProcess fetch;
    private PrometheusServer prometheus;

    @BeforeAll
    void startTheStack(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(PrometheusServer.BINARY),
                "/usr/bin/prometheus is not installed (apt-get install prometheus); skipping the dashboard queries");
        feeds = feedServer();
        String feedBase = "http://127.0.0.1:" + feeds.getAddress().getPort();
        Path opml = dir.resolve("feeds.opml");
        Files.writeString(opml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>loopback</title></head><body>
                  <outline text="BIS" type="rss" xmlUrl="%1$s/feeds/bis-federal-register.rss"/>
                  <outline text="Commerce" type="rss" xmlUrl="%1$s/feeds/commerce-press.atom"/>
                  <outline text="Gone" type="rss" xmlUrl="%1$s/feeds/gone.rss"/>
                </body></opml>
                """.formatted(feedBase));

        run = ChipwatchProcess.start(dir.resolve("run.log"), "run", "--ephemeral", "--broker-port", "0",
                "--no-feeds", "--metrics-port", "0");
        fetch = ChipwatchProcess.start(dir.resolve("fetch.log"), "fetch", "--dry-run", "--opml", opml.toString(),
                "--allow-network", "127.0.0.0/8", "--metrics-port", "0");
        String runMetrics = run.metricsBase(STARTUP);
        String fetchMetrics = fetch.metricsBase(STARTUP);
        String started = run.awaitOutput("chipwatch running", STARTUP);

        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                rule_files:
                  - %s
                scrape_configs:
                  - job_name: chipwatch
                    static_configs:
                      - targets: ['%s']
                  - job_name: chipwatch-fetch
                    static_configs:
                      - targets: ['%s']
                """.formatted(RULES.toAbsolutePath(), URI.create(runMetrics).getAuthority(),
                URI.create(fetchMetrics).getAuthority()));
        prometheus = PrometheusServer.start(config, dir);
        prometheus.awaitData("chipwatch_articles_tagged_total > 0", Duration.ofSeconds(30));

        // Traffic after the first scrapes, so that rates and quantiles have something to show:
        // one new development and one record that cannot be read.
        publish(kafkaAddress(started));
        prometheus.awaitData("chipwatch_dlq_records_total", Duration.ofSeconds(30));
        prometheus.awaitData("increase(chipwatch_alert_latency_seconds_count[1m]) > 0", Duration.ofSeconds(30));
        prometheus.awaitData("chipwatch_feed_up", Duration.ofSeconds(30));
        // Kafka client meters are picked up a few seconds after the consumers are assigned.
        prometheus.awaitData("kafka_consumer_fetch_manager_records_lag_max{client_id=~\".*StreamThread.*\"}",
                Duration.ofSeconds(30));
        // A few more scrapes so that every rate window holds at least two samples after the change.
        prometheus.awaitData("count_over_time(chipwatch_dlq_records_total[1m]) >= 4", Duration.ofSeconds(30));
    }

    @AfterAll
    void stopTheStack() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {prometheus, fetch, run}) {
            if (c != null) {
                c.close();
            }
        }
        if (feeds != null) {
            feeds.stop(0);
        }
    }

    @Test
    void shouldReturnDataForEveryDashboardQueryUnlessItsPanelSaysEmptyByDesign() throws Exception {
        // given
        List<Dashboards.Query> queries = Dashboards.queries();
        List<String> empty = new ArrayList<>();

        // when
        for (Dashboards.Query query : queries) {
            Matcher labelValues = LABEL_VALUES.matcher(query.expr());
            if (labelValues.matches()) {
                JsonNode result = prometheus.query(labelValues.group(1)).path("result");
                assertThat(result).as(query.panel()).isNotEmpty()
                        .allSatisfy(r -> assertThat(r.path("metric").has(labelValues.group(2))).isTrue());
                continue;
            }
            JsonNode result = prometheus.query(withVariables(query.expr())).path("result");
            if (result.isEmpty()) {
                empty.add(query.dashboard() + " / " + query.panel() + ": " + query.expr());
            }
        }

        // then
        assertThat(queries).hasSizeGreaterThan(30);
        assertThat(empty).as("queries without data").allSatisfy(q -> assertThat(descriptionOf(queries, q)
                .toLowerCase(Locale.ROOT)).as(q).contains("empty by design"));
    }

    @Test
    void shouldEvaluateEveryAlertingRuleWithoutError() throws Exception {
        // given
        JsonNode rules = rules();

        // when
        List<String> names = new ArrayList<>();
        for (JsonNode rule : rules) {
            prometheus.query(rule.path("expr").asText());
            names.add(rule.path("alert").asText());
        }
        JsonNode loaded = prometheus.api("rules").path("groups").get(0).path("rules");

        // then
        assertThat(names).contains("ChipwatchFeedFailing", "ChipwatchNoArticles", "ChipwatchStreamsNotRunning",
                "ChipwatchConsumerLagGrowing", "ChipwatchDeadLetters");
        assertThat(loaded).hasSize(names.size())
                .allSatisfy(r -> assertThat(r.path("health").asText()).as(r.path("name").asText()).isNotEqualTo("err"));
    }

    @Test
    void shouldSeeTheRejectedRecordAndTheFailingFeedFromTheirAlertingRules() throws Exception {
        // when
        JsonNode deadLetters = prometheus.query(ruleExpr("ChipwatchDeadLetters"));
        JsonNode failing = prometheus.query(ruleExpr("ChipwatchFeedFailing"));

        // then
        assertThat(deadLetters.path("result")).singleElement()
                .satisfies(r -> assertThat(r.path("metric").path("reason").asText()).endsWith("Exception"));
        assertThat(failing.path("result")).singleElement()
                .satisfies(r -> assertThat(r.path("metric").path("feed").asText()).endsWith("/feeds/gone.rss"));
    }

    @Test
    void shouldServeAGreenHealthWhileStreamsRunAndTheBrokerAnswers() throws Exception {
        // when
        JsonNode running = prometheus.query("chipwatch_streams_running{job=\"chipwatch\"} == 1");
        JsonNode broker = prometheus.query("chipwatch_broker_reachable{job=\"chipwatch\"} == 1");

        // then
        assertThat(running.path("result")).hasSize(1);
        assertThat(broker.path("result")).hasSize(1);
    }

    private static JsonNode rules() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(RULES.toFile()).path("groups").get(0).path("rules");
    }

    private static String ruleExpr(String alert) throws IOException {
        for (JsonNode rule : rules()) {
            if (rule.path("alert").asText().equals(alert)) {
                return rule.path("expr").asText();
            }
        }
        throw new AssertionError("no rule " + alert + " in " + RULES);
    }

    private static String withVariables(String expr) {
        return expr.replace("$__rate_interval", "1m")
                .replace("$__interval", "1m")
                .replace("$__range", "5m")
                .replace("$instance", ".*")
                .replace("$entity", "chip:nvidia-h20")
                .replace("$feed", ".*");
    }

    private static String descriptionOf(List<Dashboards.Query> queries, String entry) {
        return queries.stream().filter(q -> entry.equals(q.dashboard() + " / " + q.panel() + ": " + q.expr()))
                .map(Dashboards.Query::description).findFirst().orElse("");
    }

    private static String kafkaAddress(String runOutput) {
        Matcher m = KAFKA_AT.matcher(runOutput);
        if (!m.find()) {
            throw new AssertionError("no Kafka address in " + runOutput);
        }
        return m.group(1);
    }

    private static void publish(String bootstrapServers) {
        Article ban = new Article("metrics-it-1", "https://example.org/mi308-ban", "MI308 ban", Instant.now(), "en",
                "example.org", "The US Commerce Department banned sales of AMD's MI308 chips to China on Monday.",
                Instant.now(), null);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), bytes("metrics-it-1"),
                    Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), ban)));
            producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), bytes("metrics-it-bad"), bytes("{not json")));
            producer.flush();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The fetch fixtures on loopback, {@code {{base}}} replaced by this server's address; 404 otherwise. */
    private static HttpServer feedServer() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange; InputStream in = PrometheusDashboardsIT.class.getResourceAsStream(
                    "/fetch" + exchange.getRequestURI().getPath())) {
                if (in == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                String base = "http://127.0.0.1:" + server.getAddress().getPort();
                byte[] body = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", base)
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
        return server;
    }
}
