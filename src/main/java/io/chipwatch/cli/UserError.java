package io.chipwatch.cli;

/** A problem with what the user asked for (a missing file, a bad value), reported with exit code 2. */
public final class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
