package io.chipwatch.cli;

import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Turns failures into one line a person can act on and a non-zero exit code: 2 for misuse (a
 * wrong flag, a missing argument), 1 for a command that failed. Stack traces go to the log at
 * debug level, not to the terminal.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    static final int USAGE = 2;
    static final int FAILURE = 1;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println("chipwatch: " + ex.getMessage()
                + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        org.slf4j.LoggerFactory.getLogger(ErrorReporter.class).debug("command failed", ex);
        cmd.getErr().println("chipwatch: " + describe(ex));
        return ex instanceof UserError ? USAGE : FAILURE;
    }

    private static String describe(Throwable ex) {
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            message = ex.getClass().getSimpleName();
        }
        Throwable cause = ex.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message += ": " + cause.getMessage();
        }
        return message.lines().findFirst().orElse(message);
    }
}
