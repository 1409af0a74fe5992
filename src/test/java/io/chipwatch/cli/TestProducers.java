package io.chipwatch.cli;

import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;

/** Producer settings for tests that load a topic the moment it is created. */
final class TestProducers {

    private TestProducers() {
    }

    /**
     * One request in flight per connection. Right after topic creation the broker may refuse a
     * producer's first batch while it accepts the next (logged as OutOfOrderSequenceException);
     * with a single request in flight there is no next batch to overtake the first.
     */
    static Properties oneRequestAtATime(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        return p;
    }
}
