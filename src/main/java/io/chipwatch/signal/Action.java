package io.chipwatch.signal;

import java.util.Optional;

/** What a government did. The names are part of the output contract (see PRODUCT.md). */
public enum Action {
    EXPORT_RESTRICTION,
    EXPORT_EASING,
    LICENSE_FEE,
    PROCUREMENT_GUIDANCE,
    SECURITY_REVIEW,
    ANTITRUST,
    ENTITY_LIST,
    MATERIALS_CONTROL,
    TARIFF,
    TRADE_TRUCE,
    IMPORT_RESTRICTION,
    OTHER;

    /** The action that undoes this one on the same target, if there is one: a ban and an easing. */
    public Optional<Action> opposite() {
        return switch (this) {
            case EXPORT_RESTRICTION -> Optional.of(EXPORT_EASING);
            case EXPORT_EASING -> Optional.of(EXPORT_RESTRICTION);
            default -> Optional.empty();
        };
    }
}
