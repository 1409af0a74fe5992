package io.chipwatch.cli;

import io.chipwatch.kafka.KafkaConnection;
import io.chipwatch.kafka.Topics;
import io.chipwatch.tag.Watchlist;
import io.chipwatch.tag.WatchlistCheck.Finding;
import io.chipwatch.tag.WatchlistCheck.Severity;
import io.chipwatch.tag.WatchlistCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chipwatch watchlist check}: review the watchlist data before it goes live. */
@Command(
        name = "watchlist",
        mixinStandardHelpOptions = true,
        description = "Work with the watchlist of chips, companies and regulators.",
        subcommands = {WatchlistCommand.Check.class, WatchlistCommand.Publish.class})
public final class WatchlistCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand (check or publish)");
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

    /**
     * Puts a watchlist in force in every running instance: validates it, then writes it to the
     * compacted {@code chipwatch.watchlist} topic that the instances read as a global store.
     */
    @Command(
            name = "publish",
            mixinStandardHelpOptions = true,
            description = {
                "Validate the watchlist and publish it on chipwatch.watchlist: every running instance",
                "(run, stream) switches to it without a restart. A watchlist with errors is not published."})
    public static final class Publish implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        KafkaOptions kafkaOptions;

        @Mixin
        TopicSpecOptions topicSpecs;

        @Option(names = "--file", paramLabel = "FILE", defaultValue = "${env:CHIPWATCH_HOME:-.}/seeds/watchlist.yaml",
                description = "Watchlist YAML (default: ${DEFAULT-VALUE}).")
        Path file;

        @Override
        public Integer call() throws Exception {
            String yaml;
            Watchlist watchlist;
            try {
                yaml = Files.readString(file, StandardCharsets.UTF_8);
                watchlist = Watchlist.parse(file.toString(), yaml);
            } catch (IOException e) {
                throw new UserError("cannot read " + file + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                throw new UserError(e.getMessage(), e);
            }
            long errors = WatchlistCheck.check(watchlist).stream().filter(f -> f.severity() == Severity.ERROR).count();
            if (errors > 0) {
                throw new UserError(file + " has " + errors + " errors; see 'chipwatch watchlist check --file " + file + "'");
            }
            try (KafkaConnection kafka = KafkaConnection.openOrAttach(kafkaOptions.toConfig())) {
                TopicsSetup.ensure(kafka, topicSpecs.load());
                Properties props = kafka.producerProperties();
                props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
                try (KafkaProducer<String, String> producer = new KafkaProducer<>(props,
                        Topics.WATCHLIST.keySerde().serializer(), Topics.WATCHLIST.valueSerde().serializer())) {
                    producer.send(new ProducerRecord<>(Topics.WATCHLIST.name(), Topics.WATCHLIST_KEY, yaml)).get();
                }
            }
            spec.commandLine().getOut().printf("published %s: %d entities%n", file, watchlist.entities().size());
            return 0;
        }
    }
}
