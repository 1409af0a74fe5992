package io.chipwatch.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The one serde for every record type: plain JSON, so {@code kcat} and any consumer can read the
 * topics. {@code null} passes through both ways (tombstones on compacted topics); anything that
 * does not map to the type fails with a {@link SerializationException}, which Kafka Streams
 * routes to the dead-letter topic.
 */
public final class JsonSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {

    private final Class<T> type;
    private final ObjectReader reader;
    private final ObjectWriter writer;

    private JsonSerde(Class<T> type, ObjectMapper mapper) {
        this.type = type;
        this.reader = mapper.readerFor(type);
        this.writer = mapper.writerFor(type);
    }

    /** For topics people and other tools read: instants as ISO-8601 text. */
    public static <T> JsonSerde<T> of(Class<T> type) {
        return new JsonSerde<>(type, Json.MAPPER);
    }

    /** For state stores and internal topics: instants as epoch milliseconds ({@link Json#STATE_MAPPER}). */
    public static <T> JsonSerde<T> forState(Class<T> type) {
        return new JsonSerde<>(type, Json.STATE_MAPPER);
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        try {
            return writer.writeValueAsBytes(data);
        } catch (IOException e) {
            throw new SerializationException("cannot write " + type.getSimpleName() + " to " + topic, e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            T value = reader.readValue(data);
            if (value == null) {
                throw new SerializationException("empty " + type.getSimpleName() + " on " + topic);
            }
            return value;
        } catch (IOException | RuntimeException e) {
            if (e instanceof SerializationException se) {
                throw se;
            }
            throw new SerializationException("not a valid " + type.getSimpleName() + " on " + topic
                    + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
    }

    @Override
    public void close() {
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }
}
