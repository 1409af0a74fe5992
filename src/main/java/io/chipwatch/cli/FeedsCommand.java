package io.chipwatch.cli;

import io.chipwatch.fetch.FeedHealth;
import io.chipwatch.fetch.FeedRecord;
import io.chipwatch.fetch.FeedRegistry;
import io.chipwatch.fetch.FeedSource;
import io.chipwatch.fetch.PageLinks;
import io.chipwatch.kafka.Json;
import io.chipwatch.kafka.KafkaConnection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chipwatch feeds add|import|list}: the feed registry on {@code chipwatch.feeds}. */
@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = "Declare feeds and see how they are doing.",
        subcommands = {FeedsCommand.Add.class, FeedsCommand.Import.class, FeedsCommand.ListFeeds.class})
public final class FeedsCommand implements Runnable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command: add, import or list");
    }

    /**
     * The registry on the cluster the options name, else on the local chipwatch broker (a
     * running {@code chipwatch run}), else on an embedded broker started for the command.
     */
    static <T> T withRegistry(KafkaOptions options, RegistryCall<T> call) throws InterruptedException {
        try (KafkaConnection kafka = KafkaConnection.openOrAttach(options.toConfig())) {
            return call.apply(new FeedRegistry(kafka.bootstrapServers(), kafka.commonProperties()));
        }
    }

    @FunctionalInterface
    interface RegistryCall<T> {
        T apply(FeedRegistry registry) throws InterruptedException;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Declare a feed, or a page with --selector.")
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "URL", description = "The feed, or the page with --selector.")
        private String url;

        @Option(names = "--selector", paramLabel = "CSS", description = "For a page without a feed: the CSS selector of its item links.")
        private String selector;

        @Option(names = "--title", description = "A name for people.")
        private String title;

        @Option(names = "--no-pages", description = "Keep the feed's summaries; do not fetch each item's page.")
        private boolean noPages;

        @Mixin
        private KafkaOptions kafkaOptions;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            FeedSource source;
            try {
                if (selector != null) {
                    PageLinks.validate(selector);
                }
                source = new FeedSource(url, title, selector, !noPages);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), e);
            }
            int written = withRegistry(kafkaOptions, registry -> registry.declare(List.of(source), TIMEOUT));
            spec.commandLine().getOut().println((written == 0 ? "already declared: " : "added ") + source.url());
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Declare every feed of an OPML file.")
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.opml")
        private Path file;

        @Mixin
        private KafkaOptions kafkaOptions;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            List<FeedSource> sources = FeedSources.fromOpml(file);
            int written = withRegistry(kafkaOptions, registry -> registry.declare(sources, TIMEOUT));
            spec.commandLine().getOut().println("imported " + file + ": " + written + " new or changed of "
                    + sources.size() + " feeds");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The feeds with their health: from the registry, or from --opml without Kafka.")
    static final class ListFeeds implements Callable<Integer> {
        @Option(names = "--json", description = "One feed record (declaration, state, health) a line.")
        private boolean json;

        @Option(names = "--opml", paramLabel = "FILE", description = "List the feeds declared in this file instead.")
        private Path opml;

        @Mixin
        private KafkaOptions kafkaOptions;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            List<FeedRecord> feeds = opml != null
                    ? FeedSources.fromOpml(opml).stream().map(FeedRecord::of).toList()
                    : withRegistry(kafkaOptions, registry -> registry.list(TIMEOUT));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                for (FeedRecord feed : feeds) {
                    out.println(Json.MAPPER.writeValueAsString(feed));
                }
            } else {
                out.println(FeedTable.header());
                feeds.forEach(f -> out.println(FeedTable.row(f)));
            }
            out.flush();
            return 0;
        }
    }

    /** The human-readable listing. */
    static final class FeedTable {
        private static final String FORMAT = "%-8s %5s %7s  %-20s  %s%s";

        private FeedTable() {
        }

        static String header() {
            return String.format(Locale.ROOT, FORMAT, "STATUS", "FAILS", "ITEMS", "LAST SUCCESS", "URL", "  LAST ERROR");
        }

        static String row(FeedRecord feed) {
            FeedHealth h = feed.state().health();
            String status = h.failing() ? "failing" : h.lastSuccessAt() == null ? "new" : "ok";
            String error = h.failing() && h.lastError() != null ? "  " + h.lastError() : "";
            return String.format(Locale.ROOT, FORMAT, status, h.consecutiveFailures(), h.itemsSeen(),
                    time(h.lastSuccessAt()), feed.url(), error);
        }

        private static String time(Instant at) {
            return at == null ? "-" : at.truncatedTo(ChronoUnit.SECONDS).toString();
        }
    }
}
