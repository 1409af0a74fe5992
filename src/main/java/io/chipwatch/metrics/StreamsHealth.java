package io.chipwatch.metrics;

import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/** Healthy only while the streams application is RUNNING: rebalancing, erred or stopped is red. */
final class StreamsHealth implements HealthCheck {

    private final Supplier<KafkaStreams.State> state;

    StreamsHealth(Supplier<KafkaStreams.State> state) {
        this.state = state;
    }

    @Override
    public Result check() {
        KafkaStreams.State now = state.get();
        return new Result("streams", now == KafkaStreams.State.RUNNING, String.valueOf(now));
    }
}
