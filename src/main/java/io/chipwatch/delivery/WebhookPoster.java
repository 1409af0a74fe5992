package io.chipwatch.delivery;

import io.chipwatch.alert.Alert;
import io.chipwatch.kafka.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Posts one alert to a webhook: the alert record as JSON, with an {@code Idempotency-Key} header
 * ({@code <key>@<firstSeenAt>}) that is the same for every delivery of one development's alert,
 * so a receiver can recognise the duplicate a crash may cause. A NEW and the REVERSAL of another
 * key never share one.
 */
public final class WebhookPoster {

    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI url;
    private final HttpClient client;

    public WebhookPoster(URI url) {
        this.url = url;
        this.client = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * A webhook URL, checked: absolute, http or https, with a host.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static URI parseUrl(String text) {
        URI uri;
        try {
            uri = URI.create(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("webhook URL is not a URL: " + text, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("webhook URL must be http or https: " + text);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("webhook URL has no host: " + text);
        }
        return uri;
    }

    public static String idempotencyKey(Alert alert) {
        return alert.key() + "@" + alert.firstSeenAt();
    }

    /**
     * Posts the alert once.
     *
     * @return the HTTP status the receiver answered
     * @throws IOException when no answer came (refused, reset, timed out)
     */
    public int post(Alert alert) throws IOException, InterruptedException {
        byte[] body;
        try {
            body = Json.MAPPER.writeValueAsBytes(alert);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write alert " + alert.key() + " as JSON", e);
        }
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "chipwatch-webhook")
                .header(IDEMPOTENCY_HEADER, idempotencyKey(alert))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
