package io.chipwatch.fetch;

import java.time.Duration;
import java.util.List;

/**
 * How politely and how defensively to fetch. Every limit here protects chipwatch or the sites it
 * reads from a single bad source.
 *
 * @param userAgent            sent with every request, with a URL to find out who we are
 * @param connectTimeout       to open a TCP/TLS connection
 * @param responseTimeout      from sending a request to the last byte of its body; a server that
 *                             trickles bytes runs into this one
 * @param maxBodyBytes         largest body read off the wire
 * @param maxDecodedBytes      largest body after gzip/deflate decoding
 * @param maxRedirects         redirects followed per fetch, each one checked like the first URL
 * @param perHostConcurrency   requests in flight to one host
 * @param politenessDelay      least time between the starts of two requests to one host
 * @param threads              feeds polled at the same time
 * @param pollInterval         time between two polls of a healthy feed
 * @param backoffBase          wait after the first failure; doubles with each further failure
 * @param backoffMax           longest wait between attempts at a failing feed
 * @param maxItemsPerPoll      items read from one feed document; the rest are ignored
 * @param maxSeenIds           item ids remembered per feed to recognise items already sent
 * @param allowedNetworks      non-public networks that may be fetched all the same
 */
public record FetchConfig(
        String userAgent,
        Duration connectTimeout,
        Duration responseTimeout,
        long maxBodyBytes,
        long maxDecodedBytes,
        int maxRedirects,
        int perHostConcurrency,
        Duration politenessDelay,
        int threads,
        Duration pollInterval,
        Duration backoffBase,
        Duration backoffMax,
        int maxItemsPerPoll,
        int maxSeenIds,
        List<Cidr> allowedNetworks) {

    public static final String USER_AGENT =
            "chipwatch/0.1 (+https://github.com/chipwatch/chipwatch; export-control news monitor)";

    public FetchConfig {
        allowedNetworks = List.copyOf(allowedNetworks);
        if (maxBodyBytes <= 0 || maxDecodedBytes <= 0 || perHostConcurrency <= 0 || threads <= 0
                || maxItemsPerPoll <= 0 || maxSeenIds <= 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("fetch limits must be positive");
        }
    }

    /** Defaults for the real internet. */
    public static FetchConfig defaults() {
        return new FetchConfig(USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30),
                5L * 1024 * 1024, 20L * 1024 * 1024, 5, 2, Duration.ofSeconds(1), 16,
                Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(6), 500, 2000, List.of());
    }

    public FetchConfig withAllowedNetworks(List<Cidr> networks) {
        return new FetchConfig(userAgent, connectTimeout, responseTimeout, maxBodyBytes, maxDecodedBytes,
                maxRedirects, perHostConcurrency, politenessDelay, threads, pollInterval, backoffBase,
                backoffMax, maxItemsPerPoll, maxSeenIds, networks);
    }

    public FetchConfig withResponseTimeout(Duration timeout) {
        return new FetchConfig(userAgent, connectTimeout, timeout, maxBodyBytes, maxDecodedBytes,
                maxRedirects, perHostConcurrency, politenessDelay, threads, pollInterval, backoffBase,
                backoffMax, maxItemsPerPoll, maxSeenIds, allowedNetworks);
    }

    public FetchConfig withPoliteness(int concurrency, Duration delay) {
        return new FetchConfig(userAgent, connectTimeout, responseTimeout, maxBodyBytes, maxDecodedBytes,
                maxRedirects, concurrency, delay, threads, pollInterval, backoffBase,
                backoffMax, maxItemsPerPoll, maxSeenIds, allowedNetworks);
    }

    public FetchConfig withThreads(int count) {
        return new FetchConfig(userAgent, connectTimeout, responseTimeout, maxBodyBytes, maxDecodedBytes,
                maxRedirects, perHostConcurrency, politenessDelay, count, pollInterval, backoffBase,
                backoffMax, maxItemsPerPoll, maxSeenIds, allowedNetworks);
    }

    public FetchConfig withBackoff(Duration base, Duration max) {
        return new FetchConfig(userAgent, connectTimeout, responseTimeout, maxBodyBytes, maxDecodedBytes,
                maxRedirects, perHostConcurrency, politenessDelay, threads, pollInterval, base,
                max, maxItemsPerPoll, maxSeenIds, allowedNetworks);
    }
}
