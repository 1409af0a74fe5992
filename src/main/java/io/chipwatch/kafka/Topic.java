package io.chipwatch.kafka;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/** A topic name with the serdes of its keys and values, so no call site picks serdes by hand. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

    public Consumed<K, V> consumed() {
        return Consumed.with(keySerde, valueSerde).withName("read-" + name);
    }

    public Produced<K, V> produced() {
        return Produced.with(keySerde, valueSerde).withName("write-" + name);
    }
}
