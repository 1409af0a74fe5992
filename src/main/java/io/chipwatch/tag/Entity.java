package io.chipwatch.tag;

import java.util.List;
import java.util.Objects;

/**
 * A chip, company or regulator on the watchlist.
 *
 * @param id           stable id {@code type-prefix:slug}, e.g. {@code chip:nvidia-h20}
 * @param type         what it is
 * @param name         display name
 * @param jurisdiction for regulators, the ISO country code (or {@code eu}) they act for; else {@code null}
 * @param government   true for the one regulator per jurisdiction that stands for the whole government
 * @param vendor       for chips, the id of the company that designs it; else {@code null}
 * @param family       for chips, the product family or architecture (Hopper, Blackwell, Ascend...); else {@code null}
 * @param aliases      every way the news writes its name, in English and French
 */
public record Entity(
        String id,
        EntityType type,
        String name,
        String jurisdiction,
        boolean government,
        String vendor,
        String family,
        List<Alias> aliases) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** The short form mentions, signals and alerts cite. */
    public EntityRef ref() {
        return new EntityRef(id, type, name);
    }
}
