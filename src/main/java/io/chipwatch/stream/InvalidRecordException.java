package io.chipwatch.stream;

/**
 * A record that deserialized but cannot be processed (no key, oversized text). Thrown inside a
 * processor, it reaches the processing exception handler, which sends the original record to
 * {@code chipwatch.dlq} with this message in the {@code __streams.errors.message} header.
 */
public final class InvalidRecordException extends RuntimeException {

    public InvalidRecordException(String message) {
        super(message);
    }
}
