package io.chipwatch.signal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.regex.Pattern;

/**
 * Words that stand for a government when they are the grammatical actor ("China", "Washington",
 * "l'administration américaine"), for texts where the tagger does not tag a bare country name.
 *
 * @param actor   the regulator id the words resolve to
 * @param pattern the words
 */
public record ActorPattern(String actor, Pattern pattern) {

    @JsonCreator
    static ActorPattern fromYaml(
            @JsonProperty(value = "actor", required = true) String actor,
            @JsonProperty(value = "pattern", required = true) String pattern) {
        if (actor == null || !actor.startsWith("regulator:")) {
            throw new IllegalArgumentException("actor '" + actor + "' must be a regulator id (regulator:...)");
        }
        return new ActorPattern(actor, Regexes.compile("actor " + actor + ": pattern", pattern));
    }
}
