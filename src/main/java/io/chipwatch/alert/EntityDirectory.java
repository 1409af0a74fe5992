package io.chipwatch.alert;

import io.chipwatch.tag.EntityRef;

/** What the alert stage needs to know of entities: their names, and whose government acts. */
public interface EntityDirectory {

    /** The entity with this id; an unknown id gets a reference named after itself. */
    EntityRef ref(String id);

    /**
     * The regulator that stands for the whole government of this actor's jurisdiction (the US
     * government for the Commerce Department), or the actor itself when it has none.
     */
    String governmentOf(String actorId);
}
