package io.chipwatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.chipwatch.alert.Alert;
import io.chipwatch.alert.AlertKeys;
import io.chipwatch.alert.Explanation;
import io.chipwatch.article.ArticleRef;
import io.chipwatch.kafka.Json;
import io.chipwatch.kafka.KafkaConnection;
import io.chipwatch.kafka.TopicReader;
import io.chipwatch.kafka.Topics;
import io.chipwatch.signal.PolicySignal;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chipwatch explain KEY}: an alert, and the articles and sentences behind it. Reads
 * {@code chipwatch.alerts} for the key's latest record and {@code chipwatch.signals} for every
 * signal whose alert key (computed with the current watchlist) is the key; both committed records
 * only. The signals topic is read from its start: this is a look-up for a person, not a service.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Show an alert and the articles behind it: date, source, title, URL, the evidence "
                + "sentences and the rule that read each.",
                "KEY is the alert key, e.g. 'regulator:cn-government|PROCUREMENT_GUIDANCE|chip:nvidia-h20'."})
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafkaOptions;

    @Mixin
    AnalysisOptions analysisOptions;

    @Parameters(index = "0", paramLabel = "KEY", description = "The alert key (quote it: it contains '|').")
    String key;

    @Option(names = "--json", description = "Print one JSON object: {\"key\", \"alert\", \"articles\": [{..., \"signals\": [...]}]}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (key.isBlank()) {
            throw new UserError("the alert key is empty");
        }
        Explanation explanation;
        try (Knowledge knowledge = Knowledge.load(analysisOptions);
             KafkaConnection kafka = KafkaConnection.open(kafkaOptions.toConfig());
             TopicReader<String, Alert> alertReader = new TopicReader<>(Topics.ALERTS, kafka.consumerProperties(), true);
             TopicReader<String, PolicySignal> signalReader =
                     new TopicReader<>(Topics.SIGNALS, kafka.consumerProperties(), true)) {
            Alert latest = null;
            for (Alert alert : alertReader.drain()) {
                if (key.equals(alert.key())) {
                    latest = alert;
                }
            }
            explanation = Explanation.of(key, latest, signalReader.drain(), new AlertKeys(knowledge.entities()));
        }
        if (explanation.isEmpty()) {
            throw new UserError("no alert and no signal with key " + key + " (see 'chipwatch alerts' for the keys)");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(out, explanation);
        } else {
            printReadable(out, explanation);
        }
        out.flush();
        return 0;
    }

    private static void printJson(PrintWriter out, Explanation explanation) {
        try {
            out.println(Json.MAPPER.writeValueAsString(explanation));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void printReadable(PrintWriter out, Explanation e) {
        if (e.alert() == null) {
            out.println("no alert raised for " + e.key() + " (its signals are background or below the alerting threshold)");
        } else {
            new AlertPrinter(out, false).print(e.alert());
        }
        out.println();
        out.println(e.articles().size() + (e.articles().size() == 1 ? " article" : " articles") + ":");
        for (Explanation.ArticleEvidence evidence : e.articles()) {
            ArticleRef a = evidence.article();
            out.println(String.format(Locale.ROOT, "  %-10s  %-20s  %s",
                    a.published() == null ? "(undated)" : a.published().toString().substring(0, 10),
                    a.source() == null ? "-" : a.source(), a.title() == null ? a.id() : a.title()));
            if (a.url() != null) {
                out.println("              " + a.url());
            }
            for (PolicySignal s : evidence.signals()) {
                out.println(String.format(Locale.ROOT, "      rule %s%s: « %s »", s.rule(),
                        s.background() ? " (background)" : "", s.evidence()));
            }
        }
    }
}
