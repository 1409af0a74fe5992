package io.chipwatch.signal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The signal rules of {@code seeds/signals.yaml}, loaded and validated: triggers per action, the
 * words that hedge, negate or date them, and the phrases that stand for a government.
 * Immutable; share one instance. The format is described in {@code docs/signals.md}.
 *
 * @param domain         chip vocabulary that makes a clause relevant without a tagged entity
 * @param actors         country phrases that resolve to a government id
 * @param objectMarkers  text ending right before a country that makes it an object ("to China")
 * @param attributes     text right after a country that makes it an attribute ("US export rules")
 * @param possessiveActs text right after a country that makes its possessive an actor ("'s decision to")
 * @param agentMarkers   text ending right before an actor named after the trigger ("by", "de")
 * @param anaphors       pronouns that point to an actor in an earlier sentence
 * @param instruments    regulators that stand for another actor only when no actor is named
 * @param weakActors     actors whose statements are calls, with the confidence they keep
 * @param modifiers      hedges, negations and past framings
 * @param dates          date vocabulary
 * @param rules          the rules, in the order they are tried
 */
public record SignalRules(
        Pattern domain,
        List<ActorPattern> actors,
        Pattern objectMarkers,
        Pattern attributes,
        Pattern possessiveActs,
        Pattern agentMarkers,
        Pattern passives,
        Pattern anaphors,
        Map<String, String> instruments,
        Map<String, Double> weakActors,
        List<Modifier> modifiers,
        DateVocabulary dates,
        List<SignalRule> rules) {

    /** Where {@link #loadDefault()} looks, relative to the working directory and on the classpath. */
    public static final String DEFAULT_PATH = "seeds/signals.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public SignalRules {
        actors = List.copyOf(actors);
        instruments = Map.copyOf(instruments);
        weakActors = Map.copyOf(weakActors);
        modifiers = List.copyOf(modifiers);
        rules = List.copyOf(rules);
    }

    @JsonCreator
    static SignalRules fromYaml(
            @JsonProperty(value = "version", required = true) int version,
            @JsonProperty(value = "domain", required = true) String domain,
            @JsonProperty(value = "actors", required = true) List<ActorPattern> actors,
            @JsonProperty(value = "objectMarkers", required = true) String objectMarkers,
            @JsonProperty(value = "attributes", required = true) String attributes,
            @JsonProperty(value = "possessiveActs", required = true) String possessiveActs,
            @JsonProperty(value = "agentMarkers", required = true) String agentMarkers,
            @JsonProperty("passives") String passives,
            @JsonProperty(value = "anaphors", required = true) String anaphors,
            @JsonProperty("instruments") Map<String, String> instruments,
            @JsonProperty("weakActors") Map<String, Double> weakActors,
            @JsonProperty(value = "modifiers", required = true) List<Modifier> modifiers,
            @JsonProperty(value = "dates", required = true) DateVocabulary dates,
            @JsonProperty(value = "rules", required = true) List<SignalRule> rules) {
        if (version != 1) {
            throw new IllegalArgumentException("version " + version + " is not supported (expected 1)");
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("rules is empty");
        }
        Set<String> ids = new HashSet<>();
        for (SignalRule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("rule id '" + rule.id() + "' is used twice");
            }
        }
        return new SignalRules(
                Regexes.compile("domain", domain),
                actors,
                Regexes.compile("objectMarkers", objectMarkers),
                Regexes.compile("attributes", attributes),
                Regexes.compile("possessiveActs", possessiveActs),
                Regexes.compile("agentMarkers", agentMarkers),
                // No passive voice known: a pattern that never matches.
                Regexes.compile("passives", passives == null ? "(?!)" : passives),
                Regexes.compile("anaphors", anaphors),
                instruments == null ? Map.of() : instruments,
                weakActors == null ? Map.of() : weakActors,
                modifiers,
                dates,
                rules);
    }

    /**
     * Reads and validates a rule file.
     *
     * @throws IllegalArgumentException naming the file and line of the first problem
     * @throws UncheckedIOException     when the file cannot be read
     */
    public static SignalRules load(Path yaml) {
        try (InputStream in = Files.newInputStream(yaml)) {
            return parse(in, yaml.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read signal rules " + yaml + ": " + e.getMessage(), e);
        }
    }

    /** {@code seeds/signals.yaml} in the working directory if there is one, else the copy bundled in the jar. */
    public static SignalRules loadDefault() {
        return loadDefault(Path.of(DEFAULT_PATH));
    }

    /** {@code local} if it is a file, else the copy bundled in the jar. */
    static SignalRules loadDefault(Path local) {
        if (Files.isRegularFile(local)) {
            return load(local);
        }
        try (InputStream in = SignalRules.class.getClassLoader().getResourceAsStream(DEFAULT_PATH)) {
            if (in == null) {
                throw new IllegalStateException("no " + DEFAULT_PATH + " in the working directory nor on the classpath");
            }
            return parse(in, "classpath:" + DEFAULT_PATH);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled signal rules: " + e.getMessage(), e);
        }
    }

    private static SignalRules parse(InputStream in, String name) throws IOException {
        try {
            SignalRules rules = YAML.readValue(in, SignalRules.class);
            if (rules == null) {
                throw new IllegalArgumentException(name + ": the file is empty");
            }
            return rules;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String line = where == null ? "" : ":" + where.getLineNr();
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : null;
            String message = cause != null ? cause.getMessage() : e.getOriginalMessage();
            throw new IllegalArgumentException(name + line + ": " + message, e);
        }
    }
}
