package io.chipwatch.delivery;

import com.sun.net.httpserver.HttpServer;
import io.chipwatch.alert.Alert;
import io.chipwatch.kafka.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on loopback for tests: records every alert posted with its idempotency
 * key, and can be told to refuse the next few deliveries with a 503.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One delivery as received. */
    public record Delivery(String idempotencyKey, Alert alert, String contentType) {
    }

    private final HttpServer server;
    private final List<Delivery> accepted = new ArrayList<>();
    private final AtomicInteger refusals = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                if (refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    refused.incrementAndGet();
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                Alert alert = Json.MAPPER.readValue(body, Alert.class);
                synchronized (accepted) {
                    accepted.add(new Delivery(exchange.getRequestHeaders().getFirst(WebhookPoster.IDEMPOTENCY_HEADER),
                            alert, exchange.getRequestHeaders().getFirst("Content-Type")));
                }
                exchange.sendResponseHeaders(204, -1);
            }
        });
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    /** Answer 503 to the next {@code n} posts. */
    public void refuseNext(int n) {
        refusals.set(n);
    }

    public int refused() {
        return refused.get();
    }

    public List<Delivery> accepted() {
        synchronized (accepted) {
            return List.copyOf(accepted);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
