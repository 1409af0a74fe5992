package io.chipwatch.signal.eval;

import io.chipwatch.alert.Alert;
import io.chipwatch.alert.AlertKeys;
import io.chipwatch.alert.AlertState;
import io.chipwatch.alert.EntityDirectory;
import io.chipwatch.alert.NoveltyPolicy;
import io.chipwatch.article.Article;
import io.chipwatch.signal.PolicySignal;
import io.chipwatch.signal.SignalDetector;
import io.chipwatch.stream.AlertSettings;
import io.chipwatch.tag.Tagger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The alerting half of the pipeline without Kafka: tagger, detector and novelty policy over a
 * list of articles in publication order, keeping alert states in a map as the streams store does.
 */
final class AlertReplay {

    /** One alert and the signal that caused it. */
    record Raised(Alert alert, PolicySignal signal) {

        String articleId() {
            return signal.article().id();
        }
    }

    private final Tagger tagger;
    private final SignalDetector detector;
    private final NoveltyPolicy policy;
    private final AlertKeys keys;

    AlertReplay(Tagger tagger, SignalDetector detector, EntityDirectory entities, AlertSettings settings) {
        this.tagger = tagger;
        this.detector = detector;
        this.policy = new NoveltyPolicy(settings.expiry(), settings.minConfidence(), entities);
        this.keys = new AlertKeys(entities);
    }

    List<Raised> run(List<Article> articles) {
        List<Article> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Article::id));
        Map<String, AlertState> states = new HashMap<>();
        List<Raised> raised = new ArrayList<>();
        for (Article article : ordered) {
            for (PolicySignal signal : detector.signalsIn(article, tagger.mentionsIn(article.text()))) {
                if (!policy.alerts(signal)) {
                    continue;
                }
                String key = keys.keyOf(signal);
                String oppositeKey = signal.action().opposite()
                        .map(action -> AlertKeys.withAction(key, action.name())).orElse(null);
                Instant at = article.published() == null ? Instant.EPOCH : article.published();
                NoveltyPolicy.Outcome outcome = policy.apply(key, states.get(key),
                        oppositeKey == null ? null : states.get(oppositeKey), signal, at);
                states.put(key, outcome.state());
                outcome.opposite().ifPresent(o -> states.put(o.key(), o));
                outcome.alerts().forEach(alert -> raised.add(new Raised(alert, signal)));
            }
        }
        return raised;
    }
}
