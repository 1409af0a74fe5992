package io.chipwatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.article.ArticleRef;
import io.chipwatch.signal.Action;
import io.chipwatch.signal.PolicySignal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoveltyPolicyTest {

    private final EntityDirectory entities = new TestEntities();
    private final AlertKeys keys = new AlertKeys(entities);
    private final NoveltyPolicy policy = new NoveltyPolicy(Duration.ofDays(30), 0.5, entities);

    /** The store, as the processor keeps it: one state per alert key. */
    private final Map<String, AlertState> store = new HashMap<>();

    @Test
    void shouldRaiseNewOnTheFirstSignalAndUpdateCountsOnLaterOnes() {
        // given
        PolicySignal first = signal("regulator:us-commerce", Action.EXPORT_EASING, "a1", "reuters.com", "2025-07-15");
        PolicySignal second = signal("regulator:us-government", Action.EXPORT_EASING, "a2", "ft.com", "2025-07-16");
        PolicySignal third = signal("regulator:us-commerce", Action.EXPORT_EASING, "a3", "reuters.com", "2025-07-17");

        // when
        List<Alert> alerts = process(first, second, third);

        // then
        assertThat(alerts).extracting(Alert::status)
                .containsExactly(AlertStatus.NEW, AlertStatus.UPDATED, AlertStatus.UPDATED);
        Alert last = alerts.get(2);
        assertThat(last.key()).isEqualTo("regulator:us-government|EXPORT_EASING|chip:nvidia-h20");
        assertThat(last.articleCount()).isEqualTo(3);
        assertThat(last.sourceCount()).isEqualTo(2);
        assertThat(last.firstSeenAt()).isEqualTo(day("2025-07-15"));
        assertThat(last.lastSeenAt()).isEqualTo(day("2025-07-17"));
        assertThat(last.actor().id()).isEqualTo("regulator:us-commerce");
        assertThat(last.articles()).extracting(ArticleRef::id).containsExactly("a1", "a2", "a3");
    }

    @Test
    void shouldEmitNothingWhenTheSameArticleArrivesAgain() {
        // given
        PolicySignal signal = signal("regulator:cn-cac", Action.SECURITY_REVIEW, "a1", "x.com", "2025-07-31");

        // when
        List<Alert> alerts = process(signal, signal);

        // then
        assertThat(alerts).extracting(Alert::status).containsExactly(AlertStatus.NEW);
    }

    @Test
    void shouldRaiseReversalForTheOppositeActionOnTheSameTarget() {
        // given
        PolicySignal ban = signal("regulator:us-commerce", Action.EXPORT_RESTRICTION, "a1", "x.com", "2025-04-15");
        PolicySignal easing = signal("regulator:us-government", Action.EXPORT_EASING, "a2", "y.com", "2025-07-15");

        // when
        List<Alert> alerts = process(ban, easing);

        // then
        assertThat(alerts).extracting(Alert::status).containsExactly(AlertStatus.NEW, AlertStatus.REVERSAL);
        assertThat(alerts.get(1).key()).isEqualTo("regulator:us-government|EXPORT_EASING|chip:nvidia-h20");
    }

    @Test
    void shouldRaiseNewAgainWhenAKeyWasUnseenLongerThanTheExpiry() {
        // given
        PolicySignal early = signal("regulator:cn-cac", Action.PROCUREMENT_GUIDANCE, "a1", "x.com", "2025-08-12");
        PolicySignal late = signal("regulator:cn-cac", Action.PROCUREMENT_GUIDANCE, "a2", "y.com", "2025-09-20");

        // when
        List<Alert> alerts = process(early, late);

        // then
        assertThat(alerts).extracting(Alert::status).containsExactly(AlertStatus.NEW, AlertStatus.NEW);
        assertThat(alerts).extracting(Alert::articleCount).containsExactly(1, 1);
    }

    @Test
    void shouldAttachALateArticleToTheEpisodeItsDateFallsIn() {
        // given: the September article arrives first, then an August one within 30 days of it
        PolicySignal september = signal("regulator:cn-cac", Action.PROCUREMENT_GUIDANCE, "a2", "y.com", "2025-09-01");
        PolicySignal august = signal("regulator:cn-cac", Action.PROCUREMENT_GUIDANCE, "a1", "x.com", "2025-08-12");

        // when
        List<Alert> alerts = process(september, august);

        // then
        assertThat(alerts).extracting(Alert::status).containsExactly(AlertStatus.NEW, AlertStatus.UPDATED);
        assertThat(alerts.get(1).firstSeenAt()).isEqualTo(day("2025-08-12"));
        assertThat(alerts.get(1).lastSeenAt()).isEqualTo(day("2025-09-01"));
        assertThat(alerts.get(1).articles()).extracting(ArticleRef::id).containsExactly("a1", "a2");
    }

    @Test
    void shouldEndInTheSameAlertsWhateverOrderTheArticlesArriveIn() {
        // given
        List<PolicySignal> inOrder = List.of(
                signal("regulator:us-commerce", Action.EXPORT_RESTRICTION, "a1", "x.com", "2025-04-15"),
                signal("regulator:us-commerce", Action.EXPORT_RESTRICTION, "a2", "y.com", "2025-04-20"),
                signal("regulator:us-government", Action.EXPORT_EASING, "a3", "x.com", "2025-07-15"),
                signal("regulator:us-government", Action.EXPORT_EASING, "a4", "z.com", "2025-07-18"),
                signal("regulator:cn-cac", Action.SECURITY_REVIEW, "a5", "z.com", "2025-07-31"));
        List<PolicySignal> reversed = new ArrayList<>(inOrder);
        java.util.Collections.reverse(reversed);

        // when
        process(inOrder.toArray(PolicySignal[]::new));
        Map<String, AlertState> live = new HashMap<>(store);
        store.clear();
        process(reversed.toArray(PolicySignal[]::new));

        // then: the same episodes with the same counts, and the easing is a reversal both ways
        assertThat(normalized(store)).isEqualTo(normalized(live));
        assertThat(store.get("regulator:us-government|EXPORT_EASING|chip:nvidia-h20").episodes())
                .extracting(Episode::openedAs, Episode::articleCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AlertStatus.REVERSAL, 2));
    }

    @Test
    void shouldIgnoreBackgroundAndLowConfidenceSignals() {
        // given
        PolicySignal background = new PolicySignal("regulator:us-commerce", Action.EXPORT_RESTRICTION,
                List.of("chip:nvidia-h20"), true, 0.9, "In 2022 ...", 0, 10, "r", ref("a1", "x.com", "2025-12-16"));
        PolicySignal hedged = new PolicySignal("regulator:us-commerce", Action.EXPORT_RESTRICTION,
                List.of("chip:nvidia-h20"), false, 0.2, "could ban", 0, 10, "r", ref("a2", "x.com", "2025-12-16"));

        // then
        assertThat(policy.alerts(background)).isFalse();
        assertThat(policy.alerts(hedged)).isFalse();
    }

    /** The states with article ids sorted: which articles were seen, not in what order. */
    private static Map<String, List<Episode>> normalized(Map<String, AlertState> states) {
        Map<String, List<Episode>> out = new HashMap<>();
        states.forEach((key, state) -> out.put(key, state.episodes().stream()
                .map(e -> new Episode(e.actor(), e.action(), e.targets(), e.headline(), e.evidence(), e.rule(),
                        e.firstSeenAt(), e.lastSeenAt(), e.articleCount(), e.articleIds().stream().sorted().toList(),
                        e.sources(), e.articles(), e.openedAs()))
                .toList()));
        return out;
    }

    /** Runs signals through the policy as the processor does, returning every emitted alert. */
    private List<Alert> process(PolicySignal... signals) {
        List<Alert> out = new ArrayList<>();
        for (PolicySignal s : signals) {
            String key = keys.keyOf(s);
            String oppositeKey = s.action().opposite().map(a -> AlertKeys.withAction(key, a.name())).orElse(null);
            NoveltyPolicy.Outcome outcome = policy.apply(key, store.get(key),
                    oppositeKey == null ? null : store.get(oppositeKey), s, s.article().published());
            store.put(key, outcome.state());
            outcome.opposite().ifPresent(o -> store.put(o.key(), o));
            out.addAll(outcome.alerts());
        }
        return out;
    }

    private static PolicySignal signal(String actor, Action action, String articleId, String source, String date) {
        return new PolicySignal(actor, action, List.of("chip:nvidia-h20", "company:nvidia"), false, 0.9,
                "evidence of " + articleId, 0, 10, "rule-1", ref(articleId, source, date));
    }

    private static ArticleRef ref(String id, String source, String date) {
        return new ArticleRef(id, "https://" + source + "/" + id, "title " + id, source, day(date));
    }

    private static Instant day(String date) {
        return Instant.parse(date + "T00:00:00Z");
    }
}
