package io.chipwatch.cli;

import io.chipwatch.signal.SignalDetector;
import io.chipwatch.signal.SignalRules;
import io.chipwatch.stream.AlertSettings;
import io.chipwatch.stream.ChipwatchTopology;
import io.chipwatch.stream.PipelineObserver;
import io.chipwatch.stream.WatchlistDirectory;
import io.chipwatch.tag.Tagger;
import io.chipwatch.tag.Watchlist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the pipeline knows: the watchlist (and the tagger built from it) and the signal rules,
 * loaded once from the files the options name. An edited watchlist file is reloaded while
 * running; a broken edit is logged and the last good watchlist stays in use.
 */
final class Knowledge {

    private static final Logger LOG = LoggerFactory.getLogger(Knowledge.class);

    private final Path watchlistFile;
    private final AtomicReference<Tagger> tagger;
    private final SignalDetector detector;
    private FileTime watchlistModified;

    private Knowledge(Path watchlistFile, Tagger tagger, SignalDetector detector) {
        this.watchlistFile = watchlistFile;
        this.tagger = new AtomicReference<>(tagger);
        this.detector = detector;
        this.watchlistModified = modified(watchlistFile);
    }

    /** @throws UserError naming the file when the watchlist or the rules do not load */
    static Knowledge load(AnalysisOptions options) {
        Path watchlistFile = options.watchlistFile();
        Path rulesFile = options.signalRulesFile();
        try {
            Watchlist watchlist = watchlistFile == null ? Watchlist.loadDefault() : Watchlist.load(watchlistFile);
            SignalRules rules = rulesFile == null ? SignalRules.loadDefault() : SignalRules.load(rulesFile);
            return new Knowledge(watchlistFile, new Tagger(watchlist),
                    new SignalDetector(rules, options.backgroundHorizon()));
        } catch (RuntimeException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    ChipwatchTopology topology(AlertSettings settings) {
        return topology(settings, PipelineObserver.NONE);
    }

    ChipwatchTopology topology(AlertSettings settings, PipelineObserver observer) {
        return new ChipwatchTopology(tagger::get, detector,
                new WatchlistDirectory(() -> tagger.get().watchlist()), settings, observer);
    }

    Tagger tagger() {
        return tagger.get();
    }

    SignalDetector detector() {
        return detector;
    }

    /** Reloads the watchlist file if it changed since it was last read. */
    void reloadIfChanged() {
        if (watchlistFile == null) {
            return;
        }
        FileTime now = modified(watchlistFile);
        if (now == null || now.equals(watchlistModified)) {
            return;
        }
        watchlistModified = now;
        try {
            Watchlist reloaded = Watchlist.load(watchlistFile);
            tagger.set(new Tagger(reloaded));
            LOG.info("watchlist {} reloaded: {} entities", watchlistFile, reloaded.entities().size());
        } catch (RuntimeException e) {
            LOG.error("watchlist {} not reloaded, keeping the previous one: {}", watchlistFile, e.getMessage());
        }
    }

    private static FileTime modified(Path file) {
        try {
            return file == null ? null : Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }
}
