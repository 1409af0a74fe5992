package io.chipwatch.kafka;

/** The embedded broker could not start; the message says why in one line a person can act on. */
public final class BrokerStartException extends RuntimeException {

    public BrokerStartException(String message) {
        super(message);
    }

    public BrokerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
