package io.chipwatch.cli;

import io.chipwatch.tag.Watchlist;
import io.chipwatch.tag.WatchlistCheck;
import io.chipwatch.tag.WatchlistCheck.Finding;
import io.chipwatch.tag.WatchlistCheck.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chipwatch watchlist check}: review the watchlist data before it goes live. */
@Command(
        name = "watchlist",
        mixinStandardHelpOptions = true,
        description = "Work with the watchlist of chips, companies and regulators.",
        subcommands = {WatchlistCommand.Check.class})
public final class WatchlistCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand (check)");
    }

    /** Loads, validates and reviews a watchlist; exits 1 when it has errors. */
    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = {
                "Validate the watchlist and report alias collisions (one spelling, two entities: an error)",
                "and ambiguous aliases that have no disambiguation rule (warnings). Exits 1 on errors."})
    public static final class Check implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--file", paramLabel = "FILE",
                description = "Watchlist YAML (default: seeds/watchlist.yaml, else the copy in the jar).")
        Path file;

        @Override
        public Integer call() {
            Watchlist watchlist;
            try {
                watchlist = TagCommand.loadWatchlist(file);
            } catch (UserError e) {
                spec.commandLine().getErr().println("chipwatch: " + e.getMessage());
                return ErrorReporter.FAILURE;
            }
            List<Finding> findings = WatchlistCheck.check(watchlist);
            PrintWriter out = spec.commandLine().getOut();
            findings.forEach(out::println);
            long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
            out.printf("%s: %d entities, %d aliases, %d ignore phrases; %d errors, %d warnings%n",
                    watchlist.source(), watchlist.entities().size(),
                    watchlist.entities().stream().mapToInt(e -> e.aliases().size()).sum(),
                    watchlist.ignore().size(), errors, findings.size() - errors);
            out.flush();
            return errors > 0 ? ErrorReporter.FAILURE : 0;
        }
    }
}
