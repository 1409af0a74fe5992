package io.chipwatch.fetch;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Article ids recently sent by this process, whatever the feed, so a story carried by two feeds
 * goes out once. Bounded; older ids fall out, and the stream's own dedupe catches the rest.
 */
public final class RecentIds {

    private final Map<String, Boolean> ids;

    public RecentIds(int capacity) {
        this.ids = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True the first time {@code id} is seen (and remembers it), false afterwards. */
    public synchronized boolean claim(String id) {
        return ids.put(id, Boolean.TRUE) == null;
    }
}
