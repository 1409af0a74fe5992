package io.chipwatch.alert;

import io.chipwatch.article.ArticleRef;
import io.chipwatch.signal.PolicySignal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why an alert exists: its latest state, and each article that stated the development with the
 * sentences that did and the rule that read them. Pure: built from the alert and the signals of
 * its key, whatever their order.
 *
 * @param key      the alert key
 * @param alert    the alert's latest state, or null if it raised none (yet, or at all)
 * @param articles the articles, earliest first, each with its signals in text order
 */
public record Explanation(String key, Alert alert, List<ArticleEvidence> articles) {

    public Explanation {
        articles = List.copyOf(articles);
    }

    /** One article and the signals read in it. */
    public record ArticleEvidence(ArticleRef article, List<PolicySignal> signals) {

        public ArticleEvidence {
            signals = List.copyOf(signals);
        }
    }

    /**
     * @param signals signals of any keys; those whose alert key is {@code key} are kept, one
     *                per sentence of an article even if the topic holds it twice
     */
    public static Explanation of(String key, Alert alert, List<PolicySignal> signals, AlertKeys keys) {
        Map<String, ArticleRef> refs = new LinkedHashMap<>();
        Map<String, List<PolicySignal>> byArticle = new LinkedHashMap<>();
        for (PolicySignal signal : signals) {
            if (signal.article() == null || !key.equals(keys.keyOf(signal))) {
                continue;
            }
            String id = signal.article().id();
            refs.putIfAbsent(id, signal.article());
            List<PolicySignal> list = byArticle.computeIfAbsent(id, k -> new ArrayList<>());
            if (list.stream().noneMatch(s -> s.start() == signal.start() && s.rule().equals(signal.rule()))) {
                list.add(signal);
            }
        }
        List<ArticleEvidence> articles = new ArrayList<>();
        refs.forEach((id, ref) -> {
            List<PolicySignal> list = new ArrayList<>(byArticle.get(id));
            list.sort(Comparator.comparingInt(PolicySignal::start));
            articles.add(new ArticleEvidence(ref, list));
        });
        articles.sort(Comparator.comparing((ArticleEvidence e) -> e.article().published(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(e -> e.article().id()));
        return new Explanation(key, alert, articles);
    }

    /** Whether nothing at all is known of the key. */
    public boolean isEmpty() {
        return alert == null && articles.isEmpty();
    }
}
