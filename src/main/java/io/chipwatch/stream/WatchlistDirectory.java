package io.chipwatch.stream;

import io.chipwatch.alert.EntityDirectory;
import io.chipwatch.tag.Entity;
import io.chipwatch.tag.EntityRef;
import io.chipwatch.tag.EntityType;
import io.chipwatch.tag.Watchlist;
import java.util.function.Supplier;

/** The alert stage's view of the current watchlist. */
public final class WatchlistDirectory implements EntityDirectory {

    private final Supplier<Watchlist> watchlist;

    public WatchlistDirectory(Supplier<Watchlist> watchlist) {
        this.watchlist = watchlist;
    }

    @Override
    public EntityRef ref(String id) {
        return watchlist.get().entity(id)
                .map(Entity::ref)
                .orElseGet(() -> new EntityRef(id, typeOf(id), id));
    }

    @Override
    public String governmentOf(String actorId) {
        Watchlist current = watchlist.get();
        return current.entity(actorId)
                .map(Entity::jurisdiction)
                .flatMap(current::governmentOf)
                .map(Entity::id)
                .orElse(actorId);
    }

    private static EntityType typeOf(String id) {
        if (id.startsWith("chip:")) {
            return EntityType.CHIP;
        }
        return id.startsWith("company:") ? EntityType.COMPANY : EntityType.REGULATOR;
    }
}
