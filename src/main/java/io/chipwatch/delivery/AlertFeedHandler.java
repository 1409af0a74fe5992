package io.chipwatch.delivery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.chipwatch.alert.AlertFeed;
import io.chipwatch.alert.LatestAlerts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Serves {@code GET /alerts.atom}: the latest alerts as Atom 1.0. Independent of any one server:
 * mount it on the path {@link #PATH} of whatever {@code HttpServer} the process runs. Only GET
 * and HEAD are answered (405 otherwise); any other path under the context is a 404.
 */
public final class AlertFeedHandler implements HttpHandler {

    public static final String PATH = "/alerts.atom";
    static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";

    private final LatestAlerts alerts;
    private final int maxEntries;
    private final Clock clock;

    public AlertFeedHandler(LatestAlerts alerts, int maxEntries, Clock clock) {
        this.alerts = alerts;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!PATH.equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            AlertFeed feed = new AlertFeed("chipwatch alerts", selfUrl(exchange), maxEntries);
            byte[] body = feed.toXml(alerts.snapshot(), clock.instant()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            if ("HEAD".equals(method)) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The feed's own URL as the client addressed it, so its id and self link work for that client. */
    private static String selfUrl(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || host.isBlank()) {
            host = exchange.getLocalAddress().getHostString() + ":" + exchange.getLocalAddress().getPort();
        }
        return "http://" + host + PATH;
    }
}
