package io.chipwatch.cli;

import io.chipwatch.alert.EntityDirectory;
import io.chipwatch.alert.SpikePolicy;
import io.chipwatch.signal.SignalDetector;
import io.chipwatch.signal.SignalRules;
import io.chipwatch.stream.AlertSettings;
import io.chipwatch.stream.ChipwatchTopology;
import io.chipwatch.stream.PipelineObserver;
import io.chipwatch.stream.WatchlistDirectory;
import io.chipwatch.tag.Tagger;
import io.chipwatch.tag.Watchlist;
import io.chipwatch.tag.WatchlistSource;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What the pipeline knows: the watchlist (and the tagger built from it) and the signal rules,
 * loaded from the files the options name. The watchlist file is watched: an edit reaches the
 * running topology at once; a broken edit is logged and the last good watchlist stays in force.
 */
final class Knowledge implements AutoCloseable {

    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(2);

    private final WatchlistSource watchlist;
    private final SignalDetector detector;

    private Knowledge(WatchlistSource watchlist, SignalDetector detector) {
        this.watchlist = watchlist;
        this.detector = detector;
    }

    /** @throws UserError naming the file when the watchlist or the rules do not load */
    static Knowledge load(AnalysisOptions options) {
        Path watchlistFile = options.watchlistFile();
        Path rulesFile = options.signalRulesFile();
        try {
            SignalRules rules = rulesFile == null ? SignalRules.loadDefault() : SignalRules.load(rulesFile);
            WatchlistSource source = watchlistFile == null
                    ? WatchlistSource.of(Watchlist.loadDefault())
                    : WatchlistSource.open(watchlistFile).watch(WATCH_INTERVAL);
            return new Knowledge(source, new SignalDetector(rules, options.backgroundHorizon()));
        } catch (RuntimeException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** Names and governments of the entities of the watchlist in force, for alert keys. */
    EntityDirectory entities() {
        return new WatchlistDirectory(() -> watchlist.tagger().watchlist());
    }

    /** The tagger of the watchlist in force. */
    Tagger tagger() {
        return watchlist.tagger();
    }

    SignalDetector detector() {
        return detector;
    }

    ChipwatchTopology topology(AlertSettings settings) {
        return topology(settings, PipelineObserver.NONE);
    }

    ChipwatchTopology topology(AlertSettings settings, PipelineObserver observer) {
        return new ChipwatchTopology(watchlist, detector, settings, SpikePolicy.defaults(), observer);
    }

    @Override
    public void close() {
        watchlist.close();
    }
}
