package io.chipwatch.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on stderr when a person is watching a terminal; silent otherwise, so
 * that logs and pipes carry no carriage returns.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final long total;
    private final boolean visible;
    private long done;
    private int lastPercent = -1;

    private ProgressBar(PrintWriter err, long total, boolean visible) {
        this.err = err;
        this.total = total;
        this.visible = visible;
    }

    static ProgressBar forTerminal(PrintWriter err, long total) {
        return new ProgressBar(err, total, System.console() != null && total > 0);
    }

    void step() {
        done++;
        if (!visible) {
            return;
        }
        int percent = (int) (done * 100 / total);
        if (percent != lastPercent) {
            lastPercent = percent;
            int filled = percent * WIDTH / 100;
            err.printf(Locale.ROOT, "\r[%s%s] %3d%% %d/%d", "#".repeat(filled), " ".repeat(WIDTH - filled),
                    percent, done, total);
            err.flush();
        }
    }

    void done(String message) {
        if (visible) {
            err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
        }
        err.println(message);
        err.flush();
    }
}
