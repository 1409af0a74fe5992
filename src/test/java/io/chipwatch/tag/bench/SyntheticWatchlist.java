package io.chipwatch.tag.bench;

import io.chipwatch.tag.Alias;
import io.chipwatch.tag.CaseRule;
import io.chipwatch.tag.Entity;
import io.chipwatch.tag.EntityType;
import io.chipwatch.tag.Watchlist;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Grows the seed watchlist to a given number of aliases with made-up companies and part numbers
 * ("Korvane Semiconductor", "KV-4410"), the way a watchlist covering the whole industry would
 * look: many names, few of which occur in any one article.
 */
final class SyntheticWatchlist {

    private static final String[] SYLLABLES = {
        "ka", "lo", "ven", "tri", "mor", "sy", "nex", "qua", "ri", "zen", "tal", "vor", "ex", "lu", "pra", "den",
        "sil", "cor", "ma", "ti", "ber", "on", "gal", "fi", "dra", "ne", "xo", "hu", "sto", "ar"};
    private static final String[] SUFFIXES = {"Semiconductor", "Technologies", "Microelectronics", "Systems"};

    private SyntheticWatchlist() {
    }

    static Watchlist grow(Watchlist seed, int aliases) {
        List<Entity> entities = new ArrayList<>(seed.entities());
        int count = entities.stream().mapToInt(e -> e.aliases().size()).sum();
        Random random = new Random(42);
        Set<String> used = new HashSet<>();
        int n = 0;
        while (count < aliases) {
            String name = name(random, used);
            String code = name.substring(0, 2).toUpperCase(Locale.ROOT) + (1000 + random.nextInt(9000));
            String company = "company:synthetic-" + n;
            entities.add(new Entity(company, EntityType.COMPANY, name, null, false, null, null, List.of(
                    new Alias(name, "any", CaseRule.CAPITALS, List.of(), false),
                    Alias.of(name + " " + SUFFIXES[n % SUFFIXES.length], "en"),
                    new Alias(name.toUpperCase(Locale.ROOT), "any", CaseRule.CAPITALS, List.of(), false))));
            entities.add(new Entity("chip:synthetic-" + n, EntityType.CHIP, name + " " + code, null, false,
                    company, name, List.of(Alias.of(code, "any"), Alias.of(name + " " + code, "any"),
                    new Alias(code + "X", "any", CaseRule.ANY, List.of(company), false))));
            count += 6;
            n++;
        }
        return Watchlist.of("synthetic-" + aliases, entities, seed.ignore());
    }

    /** Every alias text, for the contenders that take a plain list of strings. */
    static List<String> aliasTexts(Watchlist watchlist) {
        List<String> texts = new ArrayList<>();
        watchlist.entities().forEach(e -> e.aliases().forEach(a -> texts.add(a.text())));
        return texts;
    }

    private static String name(Random random, Set<String> used) {
        while (true) {
            StringBuilder b = new StringBuilder();
            int parts = 2 + random.nextInt(2);
            for (int i = 0; i < parts; i++) {
                b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            String name = Character.toUpperCase(b.charAt(0)) + b.substring(1);
            if (used.add(name)) {
                return name;
            }
        }
    }
}
