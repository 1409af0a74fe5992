package io.chipwatch.alert;

import io.chipwatch.signal.Action;
import io.chipwatch.signal.PolicySignal;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One line that says what happened, built from the signal rather than from an article title, so
 * that it reads the same whatever outlet or language reported it first:
 * "US government: export easing on Nvidia H20".
 */
final class Headlines {

    private Headlines() {
    }

    static String of(EntityDirectory entities, PolicySignal signal) {
        String actor = entities.ref(signal.actor()).name();
        String what = describe(signal.action());
        if (signal.targets().isEmpty()) {
            return actor + ": " + what;
        }
        String targets = signal.targets().stream()
                .limit(3)
                .map(id -> entities.ref(id).name())
                .collect(Collectors.joining(", "));
        return actor + ": " + what + " on " + targets;
    }

    static String describe(Action action) {
        return switch (action) {
            case LICENSE_FEE -> "licence fee / revenue share";
            case ENTITY_LIST -> "Entity List designation";
            default -> action.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        };
    }
}
