package io.chipwatch.stream;

import static io.chipwatch.kafka.Topics.ALERTS;

import io.chipwatch.alert.EntityDirectory;
import io.chipwatch.alert.MentionTally;
import io.chipwatch.alert.SpikePolicy;
import io.chipwatch.alert.VolumeHistory;
import io.chipwatch.article.ArticleRef;
import io.chipwatch.kafka.JsonSerde;
import io.chipwatch.tag.TaggedArticle;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The volume branch of the topology: mentions per entity in one-hour windows that advance
 * every ten minutes, and a {@code SPIKE} alert when an hour is far above the entity's baseline.
 * Mentions are counted once, in ten-minute slices; an hour is the sum of its six slices. (Hopping
 * windows in the store would count each mention six times over, once per window it falls in,
 * and that made the volume branch the largest cost of the stream thread.)
 *
 * <pre>
 * tagged articles -> one record per entity mentioned, at the article's publication time
 *   -> repartition by entity id (mentions-by-entity)
 *   -> ten-minute slices, tallied (mention-slices)
 *   -> the six hours around each changed slice, with each entity's hourly history
 *      (volume-history) -> spike detection -> chipwatch.alerts
 * </pre>
 *
 * <p>Event time is the publication time, as in the novelty stage: an afternoon of news fetched
 * at once, or a replay of old news, counts in the hours it was published, not in "now". The
 * other side of that choice: once the stream has moved on, an article published more than
 * {@link #GRACE} before the latest one seen is too late for its window and is not counted
 * (Kafka Streams logs and counts it as a dropped late record). Two hours covers feeds polled
 * every few minutes and outlets that stamp a story an hour before it appears in their feed;
 * a replay of history in arbitrary order loses volume counts of its older articles, which is
 * acceptable since a volume alert is about what is happening now. The same holds across
 * partitions: stream time is per task, and a backfill that one task races through ahead of
 * another can make the other's older articles late; live traffic arrives in publication order
 * within minutes and is not affected. The slice store keeps a slice for its size plus the grace
 * period only, which covers the hour before any slice still open; the baseline lives in the
 * history store.
 */
final class SpikeBranch {

    static final String REPARTITION = "mentions-by-entity";
    static final String SLICE_STORE = "mention-slices";
    static final Duration SLICE = Duration.ofMinutes(10);
    static final int SLICES_PER_HOUR = (int) (SpikePolicy.HOUR.toMillis() / SLICE.toMillis());
    static final Duration GRACE = Duration.ofHours(2);

    private SpikeBranch() {
    }

    static void add(StreamsBuilder builder, KStream<String, TaggedArticle> tagged, SpikePolicy policy,
            EntityDirectory entities) {
        // Cached: an entity's history changes with every counted mention, and only its state at
        // each commit needs to reach the changelog.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SpikeProcessor.STORE),
                Serdes.String(), JsonSerde.forState(VolumeHistory.class)).withCachingEnabled());

        tagged.process(MentionsByEntity::new, Named.as("mentions-by-entity-at-publication"))
                .repartition(Repartitioned.with(Serdes.String(), JsonSerde.forState(ArticleRef.class)).withName(REPARTITION))
                .groupByKey(Grouped.with("group-mentions-by-entity", Serdes.String(), JsonSerde.forState(ArticleRef.class)))
                .windowedBy(TimeWindows.ofSizeAndGrace(SLICE, GRACE))
                .aggregate(() -> MentionTally.EMPTY, (entity, article, tally) -> tally.add(article),
                        Named.as("tally-mention-slices"),
                        Materialized.<String, MentionTally, WindowStore<Bytes, byte[]>>as(SLICE_STORE)
                                .withKeySerde(Serdes.String())
                                .withValueSerde(JsonSerde.forState(MentionTally.class)))
                .toStream(Named.as("mention-slice-updates"))
                .process(() -> new SpikeProcessor(policy, entities), Named.as("detect-spikes"), SpikeProcessor.STORE,
                        SLICE_STORE)
                .to(ALERTS.name(), Produced.with(ALERTS.keySerde(), ALERTS.valueSerde()).withName("write-spike-alerts"));
    }
}
