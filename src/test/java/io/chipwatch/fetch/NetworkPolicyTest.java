package io.chipwatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkPolicyTest {

    /** DNS as the test wants it: every name resolves to the address written in its first label. */
    private static NetworkPolicy policy(List<Cidr> allowed) {
        return new NetworkPolicy(allowed, host -> new InetAddress[] {InetAddress.getByName(host)});
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
        "169.254.169.254", "100.64.0.1", "100.127.255.254", "0.0.0.0", "224.0.0.1", "255.255.255.255",
        "[::1]", "[::]", "[fe80::1]", "[fc00::1]", "[fd12:3456::1]", "[::ffff:127.0.0.1]", "[::ffff:10.0.0.1]",
        "[::127.0.0.1]", "[64:ff9b::a9fe:a9fe]", "[2002:7f00:1::]", "[fec0::1]"})
    void shouldRefuseNonPublicAddresses(String host) {
        // given
        NetworkPolicy policy = policy(List.of());

        // when / then
        assertThatThrownBy(() -> policy.check(URI.create("http://" + host + "/feed.rss")))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("non-public address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "100.128.0.1", "172.32.0.1", "[2606:4700::1111]", "[::ffff:8.8.8.8]"})
    void shouldAcceptPublicAddresses(String host) {
        // given
        NetworkPolicy policy = policy(List.of());

        // when / then
        assertThatCode(() -> policy.check(URI.create("https://" + host + "/feed.rss"))).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseAHostWhenAnyOfItsAddressesIsPrivate() {
        // given: a name with one public and one private address (a DNS-rebinding set-up)
        NetworkPolicy policy = new NetworkPolicy(List.of(), host -> new InetAddress[] {
            InetAddress.getByName("8.8.8.8"), InetAddress.getByName("192.168.0.10")});

        // when / then
        assertThatThrownBy(() -> policy.check(URI.create("https://news.example/rss")))
                .hasMessageContaining("192.168.0.10");
    }

    @Test
    void shouldAcceptAnExplicitlyAllowedNetworkIncludingItsMappedForm() throws Exception {
        // given
        NetworkPolicy policy = policy(List.of(Cidr.parse("10.20.0.0/16")));

        // when / then
        assertThatCode(() -> policy.check(URI.create("http://10.20.3.4:8080/feed"))).doesNotThrowAnyException();
        assertThat(policy.isAllowed(InetAddress.getByName("::ffff:10.20.3.4"))).isTrue();
        assertThat(policy.isAllowed(InetAddress.getByName("10.21.0.1"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.org/feed", "gopher://example.org/", "jar:http://x/!/"})
    void shouldRefuseSchemesOtherThanHttp(String url) {
        // given
        NetworkPolicy policy = policy(List.of());

        // when / then
        assertThatThrownBy(() -> policy.check(URI.create(url))).hasMessageContaining("only http and https");
    }

    @Test
    void shouldReportAHostThatDoesNotResolve() {
        // given
        NetworkPolicy policy = new NetworkPolicy(List.of(), host -> {
            throw new UnknownHostException(host);
        });

        // when / then
        assertThatThrownBy(() -> policy.check(URI.create("https://www.bis.gov/news"))).hasMessage("cannot resolve www.bis.gov");
    }

    @Test
    void shouldRejectMalformedNetworks() {
        // when / then
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> Cidr.parse("intranet.local/8")).hasMessageContaining("CIDR");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/x")).hasMessageContaining("prefix");
    }
}
