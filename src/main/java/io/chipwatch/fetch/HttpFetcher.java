package io.chipwatch.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * GETs one URL the careful way: checks the address before every hop (redirects are followed here,
 * not by the client, so each one is checked), sends conditional-request validators, waits its turn
 * at the host, caps the body while it streams in and after decoding, and gives up after the
 * response timeout whatever the server does. Thread-safe; one instance serves all feeds.
 */
public final class HttpFetcher {

    private static final long ERROR_BODY_CAP = 16 * 1024;
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, "
            + "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";

    private final FetchConfig config;
    private final NetworkPolicy policy;
    private final HostLimiter limiter;
    private final Clock clock;
    private final HttpClient client;

    public HttpFetcher(FetchConfig config, NetworkPolicy policy, Clock clock) {
        this.config = config;
        this.policy = policy;
        this.clock = clock;
        this.limiter = new HostLimiter(config.perHostConcurrency(), config.politenessDelay());
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                // HTTP/1.1 keeps plain-http servers away from h2c upgrade requests some mishandle.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** A plain GET. */
    public FetchResponse get(URI uri) throws FetchException, InterruptedException {
        return get(uri, null, null);
    }

    /**
     * A GET with validators from the previous response; 304 comes back as
     * {@link FetchResponse#notModified()}.
     *
     * @throws FetchException for anything but 200 and 304, and whenever a limit is hit
     */
    public FetchResponse get(URI uri, String etag, String lastModified) throws FetchException, InterruptedException {
        URI current = uri;
        Set<URI> visited = new HashSet<>();
        for (int hop = 0; ; hop++) {
            policy.check(current);
            if (!visited.add(current)) {
                throw new FetchException("redirect loop at " + current);
            }
            HttpResponse<byte[]> response = exchange(current, etag, lastModified);
            int status = response.statusCode();
            if (isRedirect(status)) {
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw new FetchException("HTTP " + status + " without Location");
                }
                if (hop >= config.maxRedirects()) {
                    throw new FetchException("more than " + config.maxRedirects() + " redirects");
                }
                current = resolve(current, location.get());
                continue;
            }
            return toResponse(current, response);
        }
    }

    private FetchResponse toResponse(URI uri, HttpResponse<byte[]> response) throws FetchException {
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        String etag = headers.firstValue("ETag").orElse(null);
        String lastModified = headers.firstValue("Last-Modified").orElse(null);
        if (status == 304) {
            return new FetchResponse(uri, true, new byte[0], "", Optional.empty(), etag, lastModified);
        }
        if (status == 429 || status == 503) {
            throw new FetchException("HTTP " + status, null,
                    RetryAfter.parse(headers.firstValue("Retry-After").orElse(null), clock.instant()).orElse(null));
        }
        if (status != 200) {
            throw new FetchException("HTTP " + status);
        }
        byte[] body = Decoding.decode(response.body(), headers.firstValue("Content-Encoding").orElse(null),
                config.maxDecodedBytes());
        String contentType = headers.firstValue("Content-Type").orElse("");
        return new FetchResponse(uri, false, body, mediaType(contentType), charsetOf(contentType), etag, lastModified);
    }

    private HttpResponse<byte[]> exchange(URI uri, String etag, String lastModified)
            throws FetchException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(config.responseTimeout())
                .header("User-Agent", config.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip, deflate");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        AtomicReference<CappedBodySubscriber> body = new AtomicReference<>();
        HostLimiter.Permit permit = limiter.acquire(uri.getHost());
        try {
            CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(), info -> {
                CappedBodySubscriber subscriber = info.statusCode() == 200
                        ? CappedBodySubscriber.failingAbove(config.maxBodyBytes())
                        : CappedBodySubscriber.truncatingAt(ERROR_BODY_CAP);
                body.set(subscriber);
                long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (info.statusCode() == 200 && declared > config.maxBodyBytes()) {
                    subscriber.abort(new FetchException("body larger than " + config.maxBodyBytes()
                            + " bytes (Content-Length " + declared + ")"));
                }
                return subscriber;
            });
            return awaitWithin(future, body);
        } finally {
            permit.close();
        }
    }

    /** The request timeout of the client stops at the headers; this deadline also covers the body. */
    private HttpResponse<byte[]> awaitWithin(CompletableFuture<HttpResponse<byte[]>> future,
            AtomicReference<CappedBodySubscriber> body) throws FetchException, InterruptedException {
        try {
            return future.get(config.responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            CappedBodySubscriber subscriber = body.get();
            if (subscriber != null) {
                subscriber.abort(new FetchException("timed out"));
            }
            future.cancel(true);
            throw new FetchException("no complete response within " + config.responseTimeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw translate(e.getCause());
        }
    }

    private static FetchException translate(Throwable cause) {
        if (cause instanceof FetchException fe) {
            return fe;
        }
        if (cause instanceof HttpTimeoutException) {
            return new FetchException("timed out: " + cause.getMessage(), cause);
        }
        if (cause instanceof IOException && cause.getCause() instanceof FetchException fe) {
            return fe;
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new FetchException(message, cause);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI resolve(URI base, String location) throws FetchException {
        try {
            return base.resolve(location.trim()).normalize();
        } catch (IllegalArgumentException e) {
            throw new FetchException("bad redirect Location '" + location + "'", e);
        }
    }

    static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    static Optional<Charset> charsetOf(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring(8).replace("\"", "").trim();
                try {
                    return Optional.of(Charset.forName(name));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
