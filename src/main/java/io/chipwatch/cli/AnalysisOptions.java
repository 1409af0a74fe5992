package io.chipwatch.cli;

import io.chipwatch.stream.AlertSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Where the knowledge comes from and how alerts are raised; shared with {@code @Mixin}. */
public final class AnalysisOptions {

    @Option(names = "--watchlist", paramLabel = "FILE",
            description = "Watchlist of chips, companies and regulators (default: seeds/watchlist.yaml of "
                    + "the repository, else the copy in the jar). Edits are picked up while running.")
    Path watchlist;

    @Option(names = "--signal-rules", paramLabel = "FILE",
            description = "Signal rules (default: seeds/signals.yaml, else the copy in the jar).")
    Path signalRules;

    /** Where the repository's seeds/ are: set by bin/chipwatch, so the defaults work from any directory. */
    @Option(names = "--home", hidden = true, defaultValue = "${env:CHIPWATCH_HOME:-.}")
    Path home;

    @Option(names = "--alert-expiry-days", paramLabel = "DAYS", defaultValue = "30",
            description = "A development unseen this many days raises a new alert (default: ${DEFAULT-VALUE}).")
    int expiryDays;

    @Option(names = "--background-days", paramLabel = "DAYS", defaultValue = "30",
            description = "Actions dated more than this before the article are background (default: ${DEFAULT-VALUE}).")
    int backgroundDays;

    /** The watchlist file to read: the one named, else the repository's, else none (the jar's copy). */
    Path watchlistFile() {
        return chosenOrHome(watchlist, "watchlist.yaml");
    }

    /** The signal rules file to read: the one named, else the repository's, else none (the jar's copy). */
    Path signalRulesFile() {
        return chosenOrHome(signalRules, "signals.yaml");
    }

    private Path chosenOrHome(Path chosen, String name) {
        if (chosen != null) {
            if (!Files.isRegularFile(chosen)) {
                throw new UserError("no such file: " + chosen);
            }
            return chosen;
        }
        Path inHome = home.resolve("seeds").resolve(name);
        return Files.isRegularFile(inHome) ? inHome : null;
    }

    AlertSettings alertSettings() {
        if (expiryDays < 1) {
            throw new UserError("--alert-expiry-days must be at least 1, got " + expiryDays);
        }
        return new AlertSettings(Duration.ofDays(expiryDays), AlertSettings.DEFAULTS.minConfidence(),
                AlertSettings.DEFAULTS.dedupeRetention());
    }

    Duration backgroundHorizon() {
        if (backgroundDays < 0) {
            throw new UserError("--background-days must not be negative, got " + backgroundDays);
        }
        return Duration.ofDays(backgroundDays);
    }
}
