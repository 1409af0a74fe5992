package io.chipwatch.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

class HealthChecksTest {

    @Test
    void shouldBeRedInEveryStreamsStateButRunning() {
        // given
        AtomicReference<KafkaStreams.State> state = new AtomicReference<>(KafkaStreams.State.RUNNING);
        StreamsHealth health = new StreamsHealth(state::get);

        // when
        HealthCheck.Result running = health.check();
        state.set(KafkaStreams.State.REBALANCING);
        HealthCheck.Result rebalancing = health.check();
        state.set(KafkaStreams.State.ERROR);
        HealthCheck.Result erred = health.check();

        // then
        assertThat(running.up()).isTrue();
        assertThat(rebalancing).isEqualTo(new HealthCheck.Result("streams", false, "REBALANCING"));
        assertThat(erred).isEqualTo(new HealthCheck.Result("streams", false, "ERROR"));
    }

    @Test
    void shouldBeRedWhenNoBrokerAnswers() throws Exception {
        // given a loopback port nobody listens on
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + closedPort);

        // when
        HealthCheck.Result result;
        try (BrokerHealth broker = new BrokerHealth(admin, Clock.systemUTC())) {
            result = broker.check();
        }

        // then
        assertThat(result.name()).isEqualTo("broker");
        assertThat(result.up()).isFalse();
        assertThat(result.detail()).startsWith("unreachable");
    }
}
