package io.chipwatch.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on a loopback address for the fetch tests. It serves the fixtures under
 * {@code src/test/resources/fetch/} at the same paths ({@code /feeds/x.rss}), with {@code {{base}}}
 * replaced by its own base URL, an {@code ETag} and {@code Last-Modified}, and 304 for a matching
 * conditional request. Tests add their own handlers for hostile behaviour.
 */
final class LoopbackServer implements AutoCloseable {

    static final String LAST_MODIFIED = "Tue, 09 Dec 2025 16:00:00 GMT";

    private final HttpServer server;
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<String> conditionalRequests = new CopyOnWriteArrayList<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();

    LoopbackServer() {
        this("127.0.0.1");
    }

    LoopbackServer(String address) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::dispatch);
        server.start();
    }

    String base() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    String url(String path) {
        return base() + path;
    }

    /** Serves {@code path} with {@code handler} instead of a fixture. */
    LoopbackServer handle(String path, HttpHandler handler) {
        handlers.put(path, handler);
        return this;
    }

    /** Serves the fixture {@code fixturePath} at {@code path}. */
    LoopbackServer alias(String path, String fixturePath) {
        return handle(path, exchange -> serveFixture(exchange, fixturePath));
    }

    int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    /** Paths requested with {@code If-None-Match} or {@code If-Modified-Since}. */
    List<String> conditionalRequests() {
        return List.copyOf(conditionalRequests);
    }

    List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            if (exchange.getRequestHeaders().containsKey("If-None-Match")
                    || exchange.getRequestHeaders().containsKey("If-Modified-Since")) {
                conditionalRequests.add(path);
            }
            HttpHandler handler = handlers.get(path);
            if (handler != null) {
                handler.handle(exchange);
            } else {
                serveFixture(exchange, path);
            }
        } catch (IOException e) {
            // The client hung up on us, which is what several hostile-source tests want.
        }
    }

    void serveFixture(HttpExchange exchange, String path) throws IOException {
        byte[] body = fixture(path);
        if (body == null) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        String etag = "\"" + HexFormat.of().formatHex(Integer.toHexString(java.util.Arrays.hashCode(body))
                .getBytes(StandardCharsets.US_ASCII)) + "\"";
        exchange.getResponseHeaders().set("ETag", etag);
        exchange.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
        exchange.getResponseHeaders().set("Content-Type", contentType(path));
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    /** A fixture with {@code {{base}}} replaced, byte for byte otherwise (broken encodings stay broken). */
    byte[] fixture(String path) throws IOException {
        try (InputStream in = LoopbackServer.class.getResourceAsStream("/fetch" + path)) {
            if (in == null) {
                return null;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return text.replace("{{base}}", base()).getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    private static String contentType(String path) {
        if (path.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (path.endsWith(".atom") || path.endsWith(".atom03")) {
            return "application/atom+xml";
        }
        if (path.endsWith(".rdf")) {
            return "application/rdf+xml";
        }
        return "application/rss+xml";
    }

    URI uri(String path) {
        return URI.create(url(path));
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
