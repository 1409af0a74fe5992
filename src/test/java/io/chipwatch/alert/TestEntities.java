package io.chipwatch.alert;

import io.chipwatch.tag.EntityRef;
import io.chipwatch.tag.EntityType;
import java.util.Map;

/** A small directory for tests: the agencies of two governments and a few chips. */
final class TestEntities implements EntityDirectory {

    private static final Map<String, String> NAMES = Map.of(
            "regulator:us-government", "US government",
            "regulator:us-commerce", "US Department of Commerce",
            "regulator:cn-government", "Chinese government",
            "regulator:cn-cac", "Cyberspace Administration of China",
            "chip:nvidia-h20", "Nvidia H20",
            "chip:nvidia-h200", "Nvidia H200",
            "company:nvidia", "Nvidia");

    @Override
    public EntityRef ref(String id) {
        EntityType type = id.startsWith("chip:") ? EntityType.CHIP
                : id.startsWith("company:") ? EntityType.COMPANY : EntityType.REGULATOR;
        return new EntityRef(id, type, NAMES.getOrDefault(id, id));
    }

    @Override
    public String governmentOf(String actorId) {
        if (actorId.startsWith("regulator:us-")) {
            return "regulator:us-government";
        }
        if (actorId.startsWith("regulator:cn-")) {
            return "regulator:cn-government";
        }
        return actorId;
    }
}
