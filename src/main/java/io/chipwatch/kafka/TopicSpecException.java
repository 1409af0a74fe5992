package io.chipwatch.kafka;

/** A topic spec file that cannot be used; the message names the file and, when known, the line. */
public final class TopicSpecException extends RuntimeException {

    public TopicSpecException(String message) {
        super(message);
    }

    public TopicSpecException(String message, Throwable cause) {
        super(message, cause);
    }
}
