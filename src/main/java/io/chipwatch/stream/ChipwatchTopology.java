package io.chipwatch.stream;

import static io.chipwatch.kafka.Topics.ALERTS;
import static io.chipwatch.kafka.Topics.ARTICLES;
import static io.chipwatch.kafka.Topics.ARTICLES_TAGGED;
import static io.chipwatch.kafka.Topics.SIGNALS;
import static io.chipwatch.kafka.Topics.WATCHLIST;

import io.chipwatch.alert.AlertKeys;
import io.chipwatch.alert.AlertState;
import io.chipwatch.alert.EntityDirectory;
import io.chipwatch.alert.NoveltyPolicy;
import io.chipwatch.alert.SpikePolicy;
import io.chipwatch.article.Article;
import io.chipwatch.kafka.JsonSerde;
import io.chipwatch.signal.PolicySignal;
import io.chipwatch.signal.SignalDetector;
import io.chipwatch.tag.TaggedArticle;
import io.chipwatch.tag.WatchlistSource;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;

/**
 * The whole pipeline as one Kafka Streams topology:
 *
 * <pre>
 * chipwatch.articles -> dedupe -> tag -> chipwatch.articles.tagged
 *                                    \-> detect signals -> chipwatch.signals (keyed by subject)
 * chipwatch.signals  -> novelty -> chipwatch.alerts (keyed by alert key)
 * tagged articles    -> mentions per entity and hour -> volume spikes -> chipwatch.alerts
 * chipwatch.watchlist -> global store -> the tagger in force, in every instance
 * </pre>
 *
 * The signals topic doubles as the repartition step: signals leave keyed by article and come
 * back keyed by subject (government and main target), so that the novelty store of one subject
 * lives in one task.
 */
public final class ChipwatchTopology {

    private final WatchlistSource watchlist;
    private final SignalDetector detector;
    private final AlertKeys keys;
    private final NoveltyPolicy novelty;
    private final AlertSettings settings;
    private final PipelineObserver observer;
    private final EntityDirectory entities;
    private final SpikePolicy spikes;

    /**
     * @param watchlist the watchlist in force and its tagger; swapped when a new watchlist is
     *                  published on {@code chipwatch.watchlist} (or its file changes)
     * @param detector  the signal detector
     */
    public ChipwatchTopology(WatchlistSource watchlist, SignalDetector detector, AlertSettings settings) {
        this(watchlist, detector, settings, SpikePolicy.defaults(), PipelineObserver.NONE);
    }

    /**
     * @param spikes   when an entity's hourly mentions are unusual enough for a volume alert
     * @param observer told of each tagged article, signal and alert, for metrics
     */
    public ChipwatchTopology(WatchlistSource watchlist, SignalDetector detector, AlertSettings settings,
            SpikePolicy spikes, PipelineObserver observer) {
        this.observer = observer;
        EntityDirectory entities = new WatchlistDirectory(() -> watchlist.tagger().watchlist());
        this.watchlist = watchlist;
        this.entities = entities;
        this.spikes = spikes;
        this.detector = detector;
        this.keys = new AlertKeys(entities);
        this.novelty = new NoveltyPolicy(settings.expiry(), settings.minConfidence(), entities);
        this.settings = settings;
    }

    public Topology build() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addGlobalStore(Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(WatchlistUpdateProcessor.STORE), Serdes.String(), Serdes.String())
                        .withLoggingDisabled(),
                WATCHLIST.name(), WATCHLIST.consumed(), () -> new WatchlistUpdateProcessor(watchlist));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(DedupeProcessor.STORE), Serdes.String(), Serdes.Long()));
        // Cached: a busy alert key is rewritten by every corroborating signal, and only its state at
        // each commit needs to reach the changelog (an alert state runs to kilobytes).
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(NoveltyProcessor.STORE), Serdes.String(), JsonSerde.forState(AlertState.class))
                .withCachingEnabled());

        KStream<String, TaggedArticle> tagged = builder.stream(ARTICLES.name(), ARTICLES.consumed())
                .processValues(() -> new DedupeProcessor(settings.dedupeRetention()), Named.as("dedupe"),
                        DedupeProcessor.STORE)
                .mapValues(this::tag, Named.as("tag"))
                .peek((id, article) -> observer.tagged(article), Named.as("count-tagged"));
        tagged.to(ARTICLES_TAGGED.name(), ARTICLES_TAGGED.produced());

        tagged.flatMap(this::signalsBySubject, Named.as("detect-signals"))
                .peek((subject, signal) -> observer.signal(signal), Named.as("count-signals"))
                .to(SIGNALS.name(), SIGNALS.produced());
        SpikeBranch.add(builder, tagged, spikes, entities);

        builder.stream(SIGNALS.name(), SIGNALS.consumed())
                .process(() -> new NoveltyProcessor(novelty, keys, observer), Named.as("novelty"), NoveltyProcessor.STORE)
                .to(ALERTS.name(), ALERTS.produced());
        return builder.build();
    }

    /**
     * Every topic the application consumes, internal ones included: when the application's
     * committed offsets reach their ends, everything published before is fully processed.
     */
    public static List<String> consumedTopics(String applicationId) {
        return List.of(ARTICLES.name(), SIGNALS.name(), applicationId + "-" + SpikeBranch.REPARTITION + "-repartition");
    }

    private TaggedArticle tag(Article article) {
        return new TaggedArticle(article, watchlist.tagger().mentionsIn(article.text()));
    }

    private List<KeyValue<String, PolicySignal>> signalsBySubject(String articleId, TaggedArticle tagged) {
        return detector.signalsIn(tagged.article(), tagged.mentions()).stream()
                .map(signal -> KeyValue.pair(keys.subjectOf(signal), signal))
                .toList();
    }
}
