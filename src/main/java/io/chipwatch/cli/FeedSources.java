package io.chipwatch.cli;

import io.chipwatch.fetch.FeedSource;
import io.chipwatch.fetch.OpmlFeeds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Loads an OPML file for a command, turning every problem into a one-line {@link UserError}. */
final class FeedSources {

    private FeedSources() {
    }

    static List<FeedSource> fromOpml(Path file) {
        try {
            return OpmlFeeds.read(file);
        } catch (IOException e) {
            throw new UserError("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
