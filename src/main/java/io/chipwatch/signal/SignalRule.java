package io.chipwatch.signal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One entry of {@code seeds/signals.yaml}: a trigger that, with a government actor, states an
 * action. See {@code docs/signals.md} for the meaning of each field.
 *
 * @param id            stable name, reported in {@link PolicySignal#rule()}
 * @param lang          language the patterns are written in ({@code en}, {@code fr}...); informative
 * @param action        the action the rule recognises
 * @param confidence    confidence of an unhedged match, 0..1
 * @param trigger       where the action is stated; its position anchors actor, negation, hedges, dates
 * @param require       each must also match somewhere in the trigger's clause
 * @param domain        the clause must name a chip or company, or use chip vocabulary
 * @param contextTarget when the clause names no chip, borrow the chip the article is about
 * @param anyActor      a country after a preposition may be the actor (trade deals: "between X and Y")
 * @param untargeted    the action has no chip or company target (a truce); targets stay empty
 * @param agentOnly     a noun trigger: the actor must be named after it as its agent ("par", "by", "de")
 * @param impliedActor  the actor may be implied by the sentences just before in the same paragraph
 * @param suppresses    actions this rule replaces when both fire for the same actor in a sentence
 */
public record SignalRule(
        String id,
        String lang,
        Action action,
        double confidence,
        Pattern trigger,
        List<Pattern> require,
        boolean domain,
        boolean contextTarget,
        boolean anyActor,
        boolean untargeted,
        boolean agentOnly,
        boolean impliedActor,
        Set<Action> suppresses) {

    public SignalRule {
        require = List.copyOf(require);
        suppresses = suppresses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(suppresses));
    }

    @JsonCreator
    static SignalRule fromYaml(
            @JsonProperty(value = "id", required = true) String id,
            @JsonProperty("lang") String lang,
            @JsonProperty(value = "action", required = true) Action action,
            @JsonProperty("confidence") Double confidence,
            @JsonProperty(value = "trigger", required = true) String trigger,
            @JsonProperty("require") List<String> require,
            @JsonProperty("domain") Boolean domain,
            @JsonProperty("contextTarget") Boolean contextTarget,
            @JsonProperty("anyActor") Boolean anyActor,
            @JsonProperty("untargeted") Boolean untargeted,
            @JsonProperty("agentOnly") Boolean agentOnly,
            @JsonProperty("impliedActor") Boolean impliedActor,
            @JsonProperty("suppresses") List<Action> suppresses) {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("rule id '" + id + "' must be lower-case words joined by '-'");
        }
        double conf = confidence == null ? 0.9 : confidence;
        if (conf <= 0 || conf > 1) {
            throw new IllegalArgumentException("rule " + id + ": confidence " + conf + " is not in (0, 1]");
        }
        List<Pattern> required = require == null ? List.of()
                : require.stream().map(r -> Regexes.compile("rule " + id + ": require", r)).toList();
        return new SignalRule(id, lang, action, conf,
                Regexes.compile("rule " + id + ": trigger", trigger),
                required,
                domain != null && domain,
                contextTarget != null && contextTarget,
                anyActor != null && anyActor,
                untargeted != null && untargeted,
                agentOnly != null && agentOnly,
                impliedActor != null && impliedActor,
                suppresses == null ? Set.of() : Set.copyOf(suppresses));
    }
}
