package io.chipwatch.signal;

import io.chipwatch.article.Article;
import io.chipwatch.tag.EntityType;
import io.chipwatch.tag.Mention;
import io.chipwatch.tag.TaggedArticle;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a tagged article into the government actions it states, one sentence at a time.
 *
 * <p>For each sentence, each rule's trigger is looked for; a match becomes a {@link PolicySignal}
 * when it is not negated, its clause satisfies the rule's requirements and an actor is found (in
 * the sentence, or for "Il a demandé..." in the sentences before). Hedges lower the confidence
 * (signals under {@link #ALERT_THRESHOLD} raise no alert); dates older than the background horizon
 * and standing-past framings make it {@code background}. Immutable and thread-safe.
 */
public final class SignalDetector {

    /** Signals with a lower confidence are kept for the record but must raise no alert. */
    public static final double ALERT_THRESHOLD = 0.5;
    /** Actions older than this, relative to the article's date, are background. */
    public static final Duration DEFAULT_HORIZON = Duration.ofDays(30);
    /** How many sentences back a pronoun may point. */
    private static final int ANAPHOR_REACH = 3;
    /** How many sentences back an actorless trigger may borrow an actor within its paragraph. */
    private static final int PARAGRAPH_REACH = 2;
    /** Confidence kept by a signal whose actor was only implied by an earlier sentence. */
    private static final double BORROWED_ACTOR_FACTOR = 0.8;

    private final SignalRules rules;
    private final ActorFinder actors;
    private final Framing framing;
    private final DateExpressions dates;
    private final ArticleTargets articleTargets;
    private final ClauseRequirements requirements;
    /** Which triggers and actor phrases can match in a sentence; null tries them all. */
    private final StemScreen triggerScreen;
    private final StemScreen actorScreen;
    /** What a sentence with a trigger needs: its modifiers, date expressions and clause requirements. */
    private final ScreenGroups sentenceScreen;

    public SignalDetector(SignalRules rules, Duration backgroundHorizon) {
        this(rules, backgroundHorizon, true);
    }

    /**
     * @param screened whether to try only the triggers, actor phrases, modifiers, date expressions and
     *                 other patterns whose literal stems occur in a sentence, at the starts the stems allow;
     *                 the same signals either way, {@code false} only for tests that prove it
     */
    SignalDetector(SignalRules rules, Duration backgroundHorizon, boolean screened) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.actors = new ActorFinder(rules, screened);
        this.framing = new Framing(rules.modifiers(), Objects.requireNonNull(backgroundHorizon, "backgroundHorizon"));
        this.dates = new DateExpressions(rules.dates(), screened);
        this.articleTargets = new ArticleTargets(rules);
        this.requirements = new ClauseRequirements(rules, screened);
        this.triggerScreen = screened ? new StemScreen(rules.rules().stream().map(SignalRule::trigger).toList()) : null;
        this.actorScreen = screened ? new StemScreen(rules.actors().stream().map(ActorPattern::pattern).toList()) : null;
        this.sentenceScreen = new ScreenGroups(List.of(framing.patterns(), dates.patterns(), requirements.patterns()), screened);
    }

    public SignalDetector(SignalRules rules) {
        this(rules, DEFAULT_HORIZON);
    }

    /** Whether a signal should raise (or update) an alert: confident enough and not history. */
    public static boolean isAlertable(PolicySignal signal) {
        return !signal.background() && signal.confidence() >= ALERT_THRESHOLD;
    }

    /**
     * The signals of an article, in text order. {@code mentions} are placed into sentences by their
     * offsets; their {@code sentence} index is not used.
     */
    public List<PolicySignal> signalsIn(Article article, List<Mention> mentions) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(mentions, "mentions");
        // One copy of the article's chars, normalised, then split, then folded once for the
        // screens, which read the same offsets as the sentence spans.
        char[] chars = article.text().toCharArray();
        String text = Regexes.normalizeInPlace(chars) ? new String(chars) : article.text();
        List<PlainSentenceSplitter.Span> spans = PlainSentenceSplitter.split(text, chars);
        char[] folded = RequiredStems.foldInPlace(chars);
        List<StemScreen.Possible> triggers = new ArrayList<>(spans.size());
        boolean anyTrigger = false;
        for (PlainSentenceSplitter.Span span : spans) {
            StemScreen.Possible possible = possible(triggerScreen, folded, span, rules.rules().size());
            triggers.add(possible);
            anyTrigger |= !possible.patterns().isEmpty();
        }
        if (!anyTrigger) {
            // Every signal starts with a trigger match: most articles end here.
            return new ArrayList<>();
        }
        // A mention that does not point into this text (a tagger bug, a stale offset) is ignored.
        List<Mention> sorted = mentions.stream()
                .filter(m -> m.start() >= 0 && m.end() <= text.length() && m.start() < m.end() && m.type() != null)
                .sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
        // Needed only by the sentences a trigger's sentence reads, as the actor candidates below.
        List<List<Mention>> mentionsBySentence = new LazyList<>(spans.size(),
                i -> within(sorted, spans.get(i).start(), spans.get(i).end()));
        // Computed only for the sentences a trigger's sentence reads (itself and a few before).
        List<List<ActorFinder.Candidate>> candidates = new LazyList<>(spans.size(), i -> actors.candidates(text,
                spans.get(i), mentionsBySentence.get(i), possible(actorScreen, folded, spans.get(i), rules.actors().size())));
        // The headline's chip is the same for every trigger of the article: found at most once.
        List<Optional<String>> headlineChip = new LazyList<>(1, k -> TargetFinder.headlineChip(article, sorted));
        List<List<PolicySignal>> bySentence = new ArrayList<>();
        LocalDate today = article.published() == null ? null : article.published().atZone(ZoneOffset.UTC).toLocalDate();
        for (int i = 0; i < spans.size(); i++) {
            if (triggers.get(i).patterns().isEmpty()) {
                bySentence.add(List.of()); // what the scan finds without a trigger to try
                continue;
            }
            SentenceScan scan = new SentenceScan(article, text, spans, i, mentionsBySentence.get(i), sorted, today, folded,
                    () -> headlineChip.get(0));
            bySentence.add(scan.signals(this, candidates, bySentence, triggers.get(i)));
        }
        return articleTargets.normalise(article, sorted, bySentence.stream().flatMap(List::stream).toList());
    }

    /** The patterns of a screen that can match in a sentence; all {@code size} of them without a screen. */
    private static StemScreen.Possible possible(StemScreen screen, char[] folded, PlainSentenceSplitter.Span span, int size) {
        return screen == null ? StemScreen.Possible.all(size, span.start()) : screen.candidates(folded, span.start(), span.end());
    }

    /** The signals of a tagged article, as {@link #signalsIn(Article, List)}. */
    public List<PolicySignal> signalsIn(TaggedArticle tagged) {
        return signalsIn(tagged.article(), tagged.mentions());
    }

    /** The modifiers, date expressions and clause requirements that can match in a sentence, and where. */
    record SentenceScreens(StemScreen.Possible modifiers, StemScreen.Possible dates, StemScreen.Possible requirements) {
    }

    /** Screens a sentence with a trigger for its modifiers, dates and requirements, in one pass. */
    SentenceScreens screens(char[] folded, PlainSentenceSplitter.Span span) {
        List<StemScreen.Possible> groups = sentenceScreen.candidates(folded, span.start(), span.end());
        return new SentenceScreens(groups.get(0), groups.get(1), groups.get(2));
    }

    SignalRules rules() {
        return rules;
    }

    Framing framing() {
        return framing;
    }

    DateExpressions dates() {
        return dates;
    }

    ClauseRequirements requirements() {
        return requirements;
    }

    ActorFinder actors() {
        return actors;
    }

    /**
     * The actor of a trigger whose sentence names none: after a pronoun ("Il a demandé..."), the
     * last actor of the three sentences before; else an instrument of the sentence (the Entity
     * List); else, for rules that allow it, at a lower confidence, the last actor of the two
     * sentences before in the same paragraph. Noun triggers ({@code agentOnly}) borrow nothing. An earlier sentence's signal gives its actor; otherwise its last subject does.
     */
    Optional<Borrowed> impliedActor(SignalRule rule, String beforeTrigger, List<PlainSentenceSplitter.Span> spans,
            int index, List<List<ActorFinder.Candidate>> candidates, List<List<PolicySignal>> signals) {
        if (rule.agentOnly()) {
            return Optional.empty();
        }
        boolean anaphor = rules.anaphors().matcher(Framing.wordsBefore(beforeTrigger, beforeTrigger.length(), 8)).find();
        if (anaphor) {
            Optional<String> earlier = lookBack(spans, index, candidates, signals, ANAPHOR_REACH, false);
            if (earlier.isPresent()) {
                return Optional.of(new Borrowed(earlier.get(), 1.0));
            }
        }
        Optional<String> instrument = actors.instrument(candidates.get(index));
        if (instrument.isPresent()) {
            return Optional.of(new Borrowed(instrument.get(), 1.0));
        }
        if (!rule.impliedActor()) {
            return Optional.empty();
        }
        return lookBack(spans, index, candidates, signals, PARAGRAPH_REACH, true)
                .map(actor -> new Borrowed(actor, BORROWED_ACTOR_FACTOR));
    }

    private static Optional<String> lookBack(List<PlainSentenceSplitter.Span> spans, int index,
            List<List<ActorFinder.Candidate>> candidates, List<List<PolicySignal>> signals, int reach,
            boolean sameParagraph) {
        for (int j = index - 1; j >= Math.max(0, index - reach); j--) {
            if (sameParagraph && spans.get(j).paragraph() != spans.get(index).paragraph()) {
                break;
            }
            List<PolicySignal> earlier = signals.get(j);
            Optional<String> actor = earlier.isEmpty()
                    ? ActorFinder.lastSubject(candidates.get(j))
                    : Optional.of(earlier.get(earlier.size() - 1).actor());
            if (actor.isPresent()) {
                return actor;
            }
        }
        return Optional.empty();
    }

    /** An actor the sentence implies, and the confidence factor it costs. */
    record Borrowed(String actor, double factor) {
    }

    /** The mentions inside {@code [start, end)}, in order; {@code mentions} are sorted by start. */
    static List<Mention> within(List<Mention> mentions, int start, int end) {
        List<Mention> out = new ArrayList<>();
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < mentions.size() && mentions.get(k).start() < end; k++) {
            if (mentions.get(k).end() <= end) {
                out.add(mentions.get(k));
            }
        }
        return out;
    }

    static boolean namesTarget(List<Mention> mentions) {
        return mentions.stream().anyMatch(m -> m.type() == EntityType.CHIP || m.type() == EntityType.COMPANY);
    }

}
