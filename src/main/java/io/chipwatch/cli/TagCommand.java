package io.chipwatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chipwatch.article.Article;
import io.chipwatch.article.ArticleFiles;
import io.chipwatch.article.ArticleIds;
import io.chipwatch.article.SeedFormat;
import io.chipwatch.kafka.Json;
import io.chipwatch.signal.PolicySignal;
import io.chipwatch.signal.SignalDetector;
import io.chipwatch.signal.SignalRules;
import io.chipwatch.tag.Mention;
import io.chipwatch.tag.Tagger;
import io.chipwatch.tag.Watchlist;
import io.chipwatch.tag.WatchlistException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chipwatch tag [--json] FILE|-}: the mentions and the policy signals in each document,
 * without Kafka. Each document becomes one report ({@link #report}); with {@code --json} one
 * object a line.
 */
@Command(
        name = "tag",
        mixinStandardHelpOptions = true,
        description = {
            "Print the chips, companies and regulators named in each document, and the policy signals "
                + "(with the rule that fired), without Kafka.",
            "FILE is a seed-format file, a folder of them, or JSON Lines (.jsonl, one article a line);",
            "'-' reads standard input: JSON Lines, or else one plain-text document."})
public final class TagCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "Document(s) to tag, or '-' for standard input.")
    String input;

    @Option(names = "--json", description = "One JSON object a document: {\"id\", \"mentions\": [...], \"signals\": [...]}.")
    boolean json;

    @Option(names = "--watchlist", paramLabel = "FILE",
            description = "Watchlist YAML (default: seeds/watchlist.yaml, else the copy in the jar).")
    Path watchlistFile;

    @Option(names = "--signal-rules", paramLabel = "FILE",
            description = "Signal rules YAML (default: seeds/signals.yaml, else the copy in the jar).")
    Path signalRulesFile;

    @Override
    public Integer call() throws IOException {
        Tagger tagger = new Tagger(loadWatchlist(watchlistFile));
        SignalDetector detector = new SignalDetector(loadRules(signalRulesFile));
        PrintWriter out = spec.commandLine().getOut();
        Consumer<Article> sink = article -> {
            List<Mention> mentions = tagger.mentionsIn(article.text());
            print(out, article, mentions, detector.signalsIn(article, mentions));
        };
        if ("-".equals(input)) {
            readStdin(System.in, sink);
        } else {
            Path path = Path.of(input);
            if (!Files.exists(path)) {
                throw new UserError("no such file or folder: " + input);
            }
            try {
                ArticleFiles.read(path, sink);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), e);
            }
        }
        out.flush();
        return 0;
    }

    static Watchlist loadWatchlist(Path file) {
        try {
            if (file == null) {
                return Watchlist.loadDefault();
            }
            if (!Files.isRegularFile(file)) {
                throw new UserError("no such watchlist file: " + file);
            }
            return Watchlist.load(file);
        } catch (WatchlistException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    static SignalRules loadRules(Path file) {
        try {
            if (file == null) {
                return SignalRules.loadDefault();
            }
            if (!Files.isRegularFile(file)) {
                throw new UserError("no such signal rules file: " + file);
            }
            return SignalRules.load(file);
        } catch (RuntimeException e) {
            if (e instanceof UserError) {
                throw e;
            }
            throw new UserError(e.getMessage(), e);
        }
    }

    /**
     * What {@code tag} says about one document: its id, mentions and signals. A signal carries
     * the rule that fired; the article it came from is the document itself, so it is left out.
     */
    static ObjectNode report(Article article, List<Mention> mentions, List<PolicySignal> signals) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", article.id());
        node.set("mentions", Json.MAPPER.valueToTree(mentions));
        var signalNodes = node.putArray("signals");
        for (PolicySignal signal : signals) {
            ObjectNode s = Json.MAPPER.valueToTree(signal);
            s.remove("article");
            signalNodes.add(s);
        }
        return node;
    }

    private void print(PrintWriter out, Article article, List<Mention> mentions, List<PolicySignal> signals) {
        ObjectNode report = report(article, mentions, signals);
        if (json) {
            try {
                out.println(Json.MAPPER.writeValueAsString(report));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        out.println("== " + article.id() + (article.title() == null ? "" : "  " + article.title()));
        if (mentions.isEmpty()) {
            out.println("   (no mentions)");
        }
        for (Mention m : mentions) {
            out.println(String.format(Locale.ROOT, "%5d %6d-%-6d %-9s %-32s %s",
                    m.sentence(), m.start(), m.end(), m.type(), m.entity(), m.surface()));
        }
        for (PolicySignal s : signals) {
            out.println(String.format(Locale.ROOT, "   signal %s %s -> %s%s  rule %s  confidence %.2f  at %d-%d",
                    s.actor(), s.action(), String.join(", ", s.targets()), s.background() ? "  (background)" : "",
                    s.rule(), s.confidence(), s.start(), s.end()));
            out.println("          « " + s.evidence() + " »");
        }
        out.println();
    }

    private static void readStdin(InputStream in, Consumer<Article> sink) throws IOException {
        String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (content.stripLeading().startsWith("{")) {
            try {
                ArticleFiles.readJsonLines("stdin", new BufferedReader(new StringReader(content)), sink);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), e);
            }
            return;
        }
        Article article = SeedFormat.parse("stdin", content);
        sink.accept(article.withId(ArticleIds.idOf(article)));
    }
}
