package io.chipwatch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/** Entry point: {@code chipwatch <command>}. Each verb is a class of its own in this package. */
@Command(
        name = "chipwatch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Streaming monitor for AI-chip export-control news, on Kafka.",
        subcommands = {
            RunCommand.class,
            ReplayCommand.class,
            TagCommand.class,
            ExtractCommand.class,
            AlertsCommand.class,
            ExplainCommand.class,
            TopicsCommand.class,
            StreamCommand.class,
            FetchCommand.class,
            BenchCommand.class,
            FeedsCommand.class,
            BrokerCommand.class,
            WatchlistCommand.class,
            CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(new ErrorReporter())
                .setParameterExceptionHandler(new ErrorReporter());
    }
}
