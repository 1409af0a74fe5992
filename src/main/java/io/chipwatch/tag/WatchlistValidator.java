package io.chipwatch.tag;

import io.chipwatch.tag.WatchlistReader.Located;
import io.chipwatch.tag.WatchlistReader.Parsed;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules that make a watchlist usable, checked on load: ids well formed and unique, chips
 * pointing at a known vendor, one government per jurisdiction, aliases that can match.
 */
final class WatchlistValidator {

    private static final Pattern ID = Pattern.compile("(chip|company|regulator):[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern JURISDICTION = Pattern.compile("[a-z]{2}");

    private WatchlistValidator() {
    }

    static void validate(Parsed parsed) {
        String file = parsed.name();
        Map<String, Located<Entity>> byId = new HashMap<>();
        Map<String, String> governments = new HashMap<>();
        Set<String> jurisdictions = new HashSet<>();
        for (Located<Entity> located : parsed.entities()) {
            Entity e = located.value();
            String where = file + ":" + located.line() + ": " + e.id() + ": ";
            checkShape(e, where);
            if (byId.putIfAbsent(e.id(), located) != null) {
                throw new WatchlistException(where + "duplicate id (first on line " + byId.get(e.id()).line() + ")");
            }
            if (e.jurisdiction() != null) {
                jurisdictions.add(e.jurisdiction());
            }
            if (e.government() && governments.putIfAbsent(e.jurisdiction(), e.id()) != null) {
                throw new WatchlistException(where + "a second government for jurisdiction '" + e.jurisdiction()
                        + "' (already " + governments.get(e.jurisdiction()) + ")");
            }
        }
        for (String j : jurisdictions) {
            if (!governments.containsKey(j)) {
                throw new WatchlistException(file + ": jurisdiction '" + j
                        + "' has regulators but none marked 'government: true'");
            }
        }
        for (Located<Entity> located : parsed.entities()) {
            Entity e = located.value();
            String where = file + ":" + located.line() + ": " + e.id() + ": ";
            if (e.vendor() != null) {
                Located<Entity> vendor = byId.get(e.vendor());
                if (vendor == null || vendor.value().type() != EntityType.COMPANY) {
                    throw new WatchlistException(where + "vendor '" + e.vendor() + "' is not a company on the watchlist");
                }
            }
            for (Alias alias : e.aliases()) {
                for (String requirement : alias.requires()) {
                    if (!isKnownRequirement(requirement, byId, jurisdictions)) {
                        throw new WatchlistException(where + "alias '" + alias.text() + "' requires '" + requirement
                                + "', which is neither an entity id, jurisdiction:xx with a regulator, nor type:CHIP|COMPANY|REGULATOR");
                    }
                }
            }
        }
        for (Located<String> phrase : parsed.ignore()) {
            if (!canMatch(phrase.value())) {
                throw new WatchlistException(file + ":" + phrase.line() + ": ignore phrase '" + phrase.value()
                        + "' must start and end with a letter or a digit");
            }
        }
    }

    private static void checkShape(Entity e, String where) {
        if (!ID.matcher(e.id()).matches()) {
            throw new WatchlistException(where + "id must be type-prefix:slug in lower case, e.g. chip:nvidia-h20");
        }
        String prefix = e.id().substring(0, e.id().indexOf(':'));
        if (!prefix.equalsIgnoreCase(e.type().name())) {
            throw new WatchlistException(where + "id prefix '" + prefix + "' does not match type " + e.type());
        }
        if (e.type() == EntityType.REGULATOR) {
            if (e.jurisdiction() == null || !JURISDICTION.matcher(e.jurisdiction()).matches()) {
                throw new WatchlistException(where + "a regulator needs a two-letter lower-case jurisdiction (us, cn, eu...)");
            }
        } else if (e.jurisdiction() != null || e.government()) {
            throw new WatchlistException(where + "only regulators have a jurisdiction or 'government: true'");
        }
        if (e.type() == EntityType.CHIP && (e.vendor() == null || e.family() == null)) {
            throw new WatchlistException(where + "a chip needs a vendor (company id) and a family");
        }
        if (e.type() != EntityType.CHIP && (e.vendor() != null || e.family() != null)) {
            throw new WatchlistException(where + "only chips have a vendor and a family");
        }
        if (e.aliases().isEmpty()) {
            throw new WatchlistException(where + "at least one alias is needed");
        }
        for (Alias alias : e.aliases()) {
            if (!canMatch(alias.text())) {
                throw new WatchlistException(where + "alias '" + alias.text()
                        + "' must start and end with a letter or a digit");
            }
        }
    }

    private static boolean isKnownRequirement(String requirement, Map<String, ?> ids, Set<String> jurisdictions) {
        if (requirement.startsWith("jurisdiction:")) {
            return jurisdictions.contains(requirement.substring("jurisdiction:".length()));
        }
        if (requirement.startsWith("type:")) {
            String type = requirement.substring("type:".length());
            return Set.of("CHIP", "COMPANY", "REGULATOR").contains(type);
        }
        return ids.containsKey(requirement);
    }

    private static boolean canMatch(String text) {
        return !text.isEmpty()
                && Fold.classOf(text.charAt(0)) == Fold.WORD
                && Fold.classOf(text.charAt(text.length() - 1)) == Fold.WORD;
    }
}
