package io.chipwatch.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.chipwatch.kafka.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's HTTP endpoint: {@code /metrics} (Prometheus text format) and {@code /health}
 * (200 with {@code "status":"UP"} when every check passes, else 503 with {@code "DOWN"}). More
 * handlers can be added on the same port with {@link #register}.
 */
public final class MetricsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsServer.class);
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;
    private final ChipwatchMetrics metrics;

    private MetricsServer(HttpServer server, ChipwatchMetrics metrics) {
        this.server = server;
        this.metrics = metrics;
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "chipwatch-metrics-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        register("/metrics", this::metrics);
        register("/health", this::health);
    }

    /**
     * Binds and starts the server.
     *
     * @param port 0 for any free port; see {@link #uri()} for the one chosen
     * @throws IOException if the address cannot be bound (port in use, unknown address)
     */
    public static MetricsServer start(InetSocketAddress address, ChipwatchMetrics metrics) throws IOException {
        MetricsServer server = new MetricsServer(HttpServer.create(address, 0), metrics);
        server.server.start();
        LOG.info("metrics at {}metrics", server.uri());
        return server;
    }

    /** Serves {@code handler} under {@code path} (and the paths below it) on this server. */
    public void register(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            try (exchange) {
                handler.handle(exchange);
            } catch (IOException | RuntimeException e) {
                LOG.warn("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
                throw e;
            }
        });
    }

    /** Where the server listens, e.g. {@code http://127.0.0.1:9464/}. */
    public URI uri() {
        InetSocketAddress bound = server.getAddress();
        String host = bound.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort() + "/");
    }

    private void metrics(HttpExchange exchange) throws IOException {
        if (!allowGet(exchange)) {
            return;
        }
        send(exchange, 200, PROMETHEUS_TEXT, metrics.scrape());
    }

    private void health(HttpExchange exchange) throws IOException {
        if (!allowGet(exchange)) {
            return;
        }
        List<HealthCheck.Result> results = metrics.health();
        boolean up = results.stream().allMatch(HealthCheck.Result::up);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("checks", results);
        send(exchange, up ? 200 : 503, "application/json", json(body) + "\n");
    }

    private static boolean allowGet(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        exchange.sendResponseHeaders(405, -1);
        return false;
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("health is always serialisable", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
