package io.chipwatch.alert;

import io.chipwatch.article.ArticleRef;
import io.chipwatch.signal.PolicySignal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides what a signal changes: a new alert, an update of a known one, a reversal, or nothing.
 * Pure: state in, state and alerts out; the Kafka processor around it owns the store.
 *
 * <p>Everything is in event time (the article's publication time), so replaying old news in
 * any order ends in the same episodes as live processing: a late article joins the episode its
 * date falls in, and an episode that turns out to follow the opposite action is re-emitted as a
 * {@code REVERSAL}.
 */
public final class NoveltyPolicy {

    /** Episodes kept per key; older ones are forgotten. */
    static final int MAX_EPISODES = 8;
    static final int MAX_ARTICLES_LISTED = 10;
    /**
     * Article ids remembered per episode, to recognise an article met again. Upstream dedupe
     * already drops repeated articles; what reaches this stage twice is one article stating
     * the same development in two sentences, back to back. A short window covers that and
     * keeps the state (and its changelog record, rewritten on every update) small.
     */
    static final int MAX_ARTICLE_IDS = 64;
    static final int MAX_SOURCES = 200;

    private final Duration expiry;
    private final double minConfidence;
    private final EntityDirectory entities;
    private final SeverityPolicy severity;

    /**
     * @param expiry        how long a key may stay unseen before its next signal is new again
     * @param minConfidence signals below this raise nothing
     */
    public NoveltyPolicy(Duration expiry, double minConfidence, EntityDirectory entities) {
        this.expiry = expiry;
        this.minConfidence = minConfidence;
        this.entities = entities;
        this.severity = new SeverityPolicy(entities);
    }

    /** The outcome of one signal: the states to store and the alerts to emit, in order. */
    public record Outcome(AlertState state, Optional<AlertState> opposite, List<Alert> alerts) {
    }

    /** Whether a signal can raise or update an alert at all. */
    public boolean alerts(PolicySignal signal) {
        return !signal.background() && signal.confidence() >= minConfidence;
    }

    /**
     * @param key      the signal's alert key
     * @param current  the stored state of that key, or null
     * @param opposite the stored state of the opposite action's key on the same subject, or null
     * @param at       the signal's event time
     */
    public Outcome apply(String key, AlertState current, AlertState opposite, PolicySignal signal, Instant at) {
        List<Episode> episodes = current == null ? new ArrayList<>() : new ArrayList<>(current.episodes());
        List<Episode> touching = episodes.stream().filter(e -> e.covers(at, expiry)).toList();
        List<Alert> alerts = new ArrayList<>();
        Optional<AlertState> changedOpposite = Optional.empty();

        if (touching.isEmpty()) {
            boolean reversal = opposite != null && opposite.episodes().stream()
                    .anyMatch(e -> e.firstSeenAt().isBefore(at));
            Episode opened = open(signal, at, reversal ? AlertStatus.REVERSAL : AlertStatus.NEW);
            episodes.add(opened);
            alerts.add(toAlert(key, opened, opened.openedAs()));
            changedOpposite = reclassifyLaterOpposites(key, opposite, at, alerts);
        } else {
            Episode merged = touching.get(0);
            for (int i = 1; i < touching.size(); i++) {
                merged = merge(merged, touching.get(i));
            }
            String articleId = signal.article().id();
            if (touching.size() == 1 && merged.articleIds().contains(articleId)) {
                return new Outcome(current, Optional.empty(), List.of());
            }
            Episode updated = add(merged, signal, at);
            episodes.removeAll(touching);
            episodes.add(updated);
            alerts.add(toAlert(key, updated, AlertStatus.UPDATED));
        }
        episodes.sort(Comparator.comparing(Episode::firstSeenAt));
        while (episodes.size() > MAX_EPISODES) {
            episodes.remove(0);
        }
        return new Outcome(new AlertState(key, episodes), changedOpposite, alerts);
    }

    /**
     * An easing processed before the ban it reverses (replay out of order) was raised as NEW;
     * now that the ban is known, the easing's episode is a reversal: re-emit it as one.
     */
    private Optional<AlertState> reclassifyLaterOpposites(String key, AlertState opposite, Instant at, List<Alert> alerts) {
        if (opposite == null) {
            return Optional.empty();
        }
        List<Episode> episodes = new ArrayList<>(opposite.episodes());
        boolean changed = false;
        for (int i = 0; i < episodes.size(); i++) {
            Episode e = episodes.get(i);
            if (e.openedAs() == AlertStatus.NEW && e.firstSeenAt().isAfter(at) && !hasEarlier(episodes, e)) {
                Episode reversal = e.withOpenedAs(AlertStatus.REVERSAL);
                episodes.set(i, reversal);
                alerts.add(toAlert(opposite.key(), reversal, AlertStatus.REVERSAL));
                changed = true;
            }
        }
        return changed ? Optional.of(new AlertState(opposite.key(), episodes)) : Optional.empty();
    }

    /** Whether an episode of the same key precedes {@code e}: then {@code e} was not the first. */
    private static boolean hasEarlier(List<Episode> episodes, Episode e) {
        return episodes.stream().anyMatch(other -> other.firstSeenAt().isBefore(e.firstSeenAt()));
    }

    private Episode open(PolicySignal signal, Instant at, AlertStatus openedAs) {
        ArticleRef article = signal.article();
        return new Episode(
                entities.ref(signal.actor()),
                signal.action(),
                signal.targets(),
                Headlines.of(entities, signal),
                signal.evidence(),
                signal.rule(),
                at,
                at,
                1,
                List.of(article.id()),
                List.of(sourceOf(article)),
                List.of(article),
                openedAs);
    }

    private Episode add(Episode e, PolicySignal signal, Instant at) {
        ArticleRef article = signal.article();
        boolean earliest = at.isBefore(e.firstSeenAt());
        List<String> targets = union(e.targets(), signal.targets(), Integer.MAX_VALUE);
        return new Episode(
                earliest ? entities.ref(signal.actor()) : e.actor(),
                e.action(),
                targets,
                earliest ? Headlines.of(entities, signal) : e.headline(),
                earliest ? signal.evidence() : e.evidence(),
                earliest ? signal.rule() : e.rule(),
                earliest ? at : e.firstSeenAt(),
                at.isAfter(e.lastSeenAt()) ? at : e.lastSeenAt(),
                e.articleCount() + 1,
                recent(e.articleIds(), List.of(article.id())),
                sortedUnion(e.sources(), List.of(sourceOf(article)), MAX_SOURCES),
                earliestArticles(e.articles(), article),
                e.openedAs());
    }

    private Episode merge(Episode a, Episode b) {
        Episode first = a.firstSeenAt().isAfter(b.firstSeenAt()) ? b : a;
        Episode second = first == a ? b : a;
        List<ArticleRef> listed = first.articles();
        for (ArticleRef r : second.articles()) {
            listed = earliestArticles(listed, r);
        }
        return new Episode(first.actor(), first.action(), union(first.targets(), second.targets(), Integer.MAX_VALUE),
                first.headline(), first.evidence(), first.rule(), first.firstSeenAt(),
                first.lastSeenAt().isAfter(second.lastSeenAt()) ? first.lastSeenAt() : second.lastSeenAt(),
                first.articleCount() + second.articleCount(),
                recent(first.articleIds(), second.articleIds()),
                sortedUnion(first.sources(), second.sources(), MAX_SOURCES),
                listed, first.openedAs());
    }

    private Alert toAlert(String key, Episode e, AlertStatus status) {
        return new Alert(key, status, e.actor(), e.action(), e.targets(), e.headline(), e.evidence(),
                e.firstSeenAt(), e.lastSeenAt(), e.articleCount(), e.sources().size(), e.articles(),
                severity.of(e, status), e.rule());
    }

    /** The outlet an article counts for; an article of unknown outlet counts as its own. */
    static String sourceOf(ArticleRef article) {
        if (article.source() != null && !article.source().isBlank()) {
            return article.source();
        }
        if (article.url() != null) {
            try {
                String host = java.net.URI.create(article.url()).getHost();
                if (host != null) {
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                // not a URI: fall through to the article's own identity
            }
        }
        return "article:" + article.id();
    }

    private static List<String> union(List<String> a, List<String> b, int max) {
        List<String> out = new ArrayList<>(a);
        for (String s : b) {
            if (out.size() >= max) {
                break;
            }
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** The last {@link #MAX_ARTICLE_IDS} ids, oldest first. */
    private static List<String> recent(List<String> known, List<String> added) {
        List<String> out = new ArrayList<>(known);
        added.stream().filter(id -> !out.contains(id)).forEach(out::add);
        return out.size() > MAX_ARTICLE_IDS ? new ArrayList<>(out.subList(out.size() - MAX_ARTICLE_IDS, out.size())) : out;
    }

    /** Sorted, so that the state does not depend on the order articles arrived in. */
    private static List<String> sortedUnion(List<String> a, List<String> b, int max) {
        List<String> out = union(a, b, max);
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static List<ArticleRef> earliestArticles(List<ArticleRef> listed, ArticleRef added) {
        List<ArticleRef> out = new ArrayList<>(listed);
        if (out.stream().anyMatch(r -> r.id().equals(added.id()))) {
            return out;
        }
        out.add(added);
        out.sort(Comparator.comparing(ArticleRef::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ArticleRef::id));
        return out.size() > MAX_ARTICLES_LISTED ? out.subList(0, MAX_ARTICLES_LISTED) : out;
    }
}
