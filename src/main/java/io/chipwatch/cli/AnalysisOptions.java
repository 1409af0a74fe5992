package io.chipwatch.cli;

import io.chipwatch.stream.AlertSettings;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Where the knowledge comes from and how alerts are raised; shared with {@code @Mixin}. */
public final class AnalysisOptions {

    @Option(names = "--watchlist", paramLabel = "FILE",
            description = "Watchlist of chips, companies and regulators (default: seeds/watchlist.yaml, "
                    + "else the copy in the jar). Edits are picked up while running.")
    Path watchlist;

    @Option(names = "--signal-rules", paramLabel = "FILE",
            description = "Signal rules (default: seeds/signals.yaml, else the copy in the jar).")
    Path signalRules;

    @Option(names = "--alert-expiry-days", paramLabel = "DAYS", defaultValue = "30",
            description = "A development unseen this many days raises a new alert (default: ${DEFAULT-VALUE}).")
    int expiryDays;

    @Option(names = "--background-days", paramLabel = "DAYS", defaultValue = "30",
            description = "Actions dated more than this before the article are background (default: ${DEFAULT-VALUE}).")
    int backgroundDays;

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
