package io.chipwatch.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reviews a watchlist the way a second analyst would: two entities sharing a spelling (an
 * error: the tagger could only ever pick one), an alias shadowed by an ignore phrase, and
 * aliases that are also ordinary words or too short to be safe without a rule (a {@code case},
 * a {@code requires}, or an ignore phrase around them).
 */
public final class WatchlistCheck {

    /** Names that are also ordinary words, places or surnames: they need a rule. */
    private static final Set<String> LOOK_ALIKES = Set.of(
            "ascend", "blackwell", "hopper", "rubin", "house", "senate", "congress", "congres", "treasury",
            "tresor", "commerce", "micron", "intel", "apple", "amazon", "oracle", "meta", "cadence", "alphabet",
            "dell", "arm", "state", "trump", "biden", "washington", "beijing", "pekin", "brussels", "bruxelles",
            "tokyo", "seoul", "taipei", "lawmakers", "gaudi", "instinct", "atlas", "lutnick", "bessent", "yellen",
            "raimondo");

    /** How bad a finding is: errors make {@code watchlist check} fail. */
    public enum Severity { ERROR, WARNING }

    /** One thing to fix or to look at. */
    public record Finding(Severity severity, String message) {
        @Override
        public String toString() {
            return severity + ": " + message;
        }
    }

    private WatchlistCheck() {
    }

    public static List<Finding> check(Watchlist watchlist) {
        List<Finding> findings = new ArrayList<>();
        Map<String, String> ignoreKeys = new HashMap<>();
        for (String phrase : watchlist.ignore()) {
            for (String key : AliasVariants.keys(phrase, false)) {
                ignoreKeys.put(key, phrase);
            }
        }
        Map<String, Owner> owners = new LinkedHashMap<>();
        for (Entity entity : watchlist.entities()) {
            for (Alias alias : entity.aliases()) {
                for (String key : AliasVariants.keys(alias.text(), entity.type() == EntityType.CHIP)) {
                    Owner previous = owners.putIfAbsent(key, new Owner(entity.id(), alias));
                    if (previous != null && !previous.entity.equals(entity.id())) {
                        findings.add(new Finding(Severity.ERROR, "'" + alias.text() + "' (" + entity.id()
                                + ") and '" + previous.alias.text() + "' (" + previous.entity
                                + ") are the same name once folded ('" + key + "')"));
                    }
                    if (ignoreKeys.containsKey(key)) {
                        findings.add(new Finding(Severity.WARNING, "'" + alias.text() + "' (" + entity.id()
                                + ") can never match: ignore phrase '" + ignoreKeys.get(key) + "' is the same"));
                    }
                }
                ambiguity(entity, alias, ignoreKeys.keySet()).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static Optional<Finding> ambiguity(Entity entity, Alias alias, Set<String> ignoreKeys) {
        String key = Fold.key(alias.text());
        boolean lookAlike = LOOK_ALIKES.contains(key);
        boolean tooShort = key.replace(" ", "").length() <= 2;
        boolean bareNumber = key.chars().allMatch(c -> Character.isDigit(c) || c == ' ');
        if (!(lookAlike || tooShort || bareNumber) || alias.hasRule()) {
            return Optional.empty();
        }
        boolean guarded = ignoreKeys.stream().anyMatch(k -> (" " + k + " ").contains(" " + key + " "));
        if (guarded && !tooShort && !bareNumber) {
            return Optional.empty();
        }
        String why = lookAlike ? "is also an ordinary word or name" : tooShort ? "is very short" : "is a bare number";
        return Optional.of(new Finding(Severity.WARNING, "'" + alias.text() + "' (" + entity.id() + ") " + why
                + " and has no rule: add case, requires, or ignore phrases"));
    }

    private record Owner(String entity, Alias alias) {
    }
}
