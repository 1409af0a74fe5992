package io.chipwatch.stream;

import io.chipwatch.kafka.Topics;
import io.chipwatch.tag.WatchlistSource;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the global watchlist store and puts each published watchlist in force in this instance.
 * A bad watchlist is rejected (and logged) by the source, and the one in force stays.
 */
final class WatchlistUpdateProcessor implements Processor<String, String, Void, Void> {

    static final String STORE = "watchlist-store";

    private final WatchlistSource source;
    private KeyValueStore<String, String> store;

    WatchlistUpdateProcessor(WatchlistSource source) {
        this.source = source;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(STORE);
        // A restarted instance restores the store without passing the records through
        // process(): put the stored watchlist in force here.
        String stored = store.get(Topics.WATCHLIST_KEY);
        if (stored != null) {
            source.apply(Topics.WATCHLIST.name(), stored);
        }
    }

    @Override
    public void process(Record<String, String> record) {
        if (!Topics.WATCHLIST_KEY.equals(record.key()) || record.value() == null) {
            return;
        }
        store.put(record.key(), record.value());
        source.apply(Topics.WATCHLIST.name(), record.value());
    }
}
