package io.chipwatch.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which addresses a fetch may reach. Feeds are untrusted input: a link in a feed, or a redirect,
 * must not make chipwatch call services on its own machine or network (SSRF). Only http and
 * https are fetched, and every address a host name resolves to must be public, or lie in a
 * network the operator allowed explicitly ({@code --allow-network}).
 *
 * <p>Embedded IPv4 addresses are checked as IPv4: mapped ({@code ::ffff:a.b.c.d}), compatible
 * ({@code ::a.b.c.d}), NAT64 ({@code 64:ff9b::/96}) and 6to4 ({@code 2002::/16}).
 *
 * <p>The HTTP client resolves the name again when it connects, so a DNS server that answers
 * differently within seconds could still slip through; the redirect re-check and the short
 * resolver cache of the JVM keep that window small.
 */
public final class NetworkPolicy {

    /** Networks that are not the public internet. */
    private static final List<Cidr> NON_PUBLIC = List.of(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
            "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "100::/64", "2001:db8::/32", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8")
            .stream().map(Cidr::parse).toList();

    private final List<Cidr> allowed;
    private final Resolver resolver;

    /** Turns a host name into addresses; a seam so tests can fake DNS. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public NetworkPolicy(List<Cidr> allowed, Resolver resolver) {
        this.allowed = List.copyOf(allowed);
        this.resolver = resolver;
    }

    /** Public addresses only, plus the networks in {@code allowed}, with the system resolver. */
    public static NetworkPolicy allowing(List<Cidr> allowed) {
        return new NetworkPolicy(allowed, InetAddress::getAllByName);
    }

    public List<Cidr> allowed() {
        return allowed;
    }

    /**
     * Checks that {@code uri} may be fetched.
     *
     * @throws FetchException naming the refused scheme or address
     */
    public void check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("refused " + uri + ": only http and https are fetched");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchException("refused " + uri + ": no host");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new FetchException("cannot resolve " + host, e);
        }
        for (InetAddress address : addresses) {
            if (!isAllowed(address)) {
                throw new FetchException("refused " + uri + ": " + host + " resolves to non-public address "
                        + address.getHostAddress() + " (allow it with --allow-network)");
            }
        }
    }

    /** Whether one address may be reached. */
    public boolean isAllowed(InetAddress address) {
        byte[] bytes = address.getAddress();
        byte[] embedded = embeddedIpv4(bytes);
        for (Cidr cidr : allowed) {
            if (cidr.contains(bytes) || (embedded != null && cidr.contains(embedded))) {
                return true;
            }
        }
        return isPublic(bytes) && (embedded == null || isPublic(embedded));
    }

    private static boolean isPublic(byte[] bytes) {
        for (Cidr cidr : NON_PUBLIC) {
            if (cidr.contains(bytes)) {
                return false;
            }
        }
        return true;
    }

    /** The IPv4 address carried inside an IPv6 one, or null. */
    static byte[] embeddedIpv4(byte[] v6) {
        if (v6.length != 16) {
            return null;
        }
        boolean firstTenZero = Arrays.equals(v6, 0, 10, new byte[10], 0, 10);
        boolean mapped = firstTenZero && v6[10] == (byte) 0xFF && v6[11] == (byte) 0xFF;
        boolean compatible = firstTenZero && v6[10] == 0 && v6[11] == 0;
        boolean nat64 = v6[0] == 0 && v6[1] == 0x64 && v6[2] == (byte) 0xFF && v6[3] == (byte) 0x9B
                && Arrays.equals(v6, 4, 12, new byte[8], 0, 8);
        if (mapped || compatible || nat64) {
            return Arrays.copyOfRange(v6, 12, 16);
        }
        if (v6[0] == 0x20 && v6[1] == 0x02) {
            return Arrays.copyOfRange(v6, 2, 6);
        }
        return null;
    }
}
