package io.chipwatch.signal;

import io.chipwatch.article.Article;
import io.chipwatch.tag.Mention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;

/** The work of {@link SignalDetector} on one sentence: triggers, their clauses, dates, actors, targets. */
final class SentenceScan {

    /** One trigger match; offsets relative to the sentence. */
    record Hit(SignalRule rule, int start, int end) {
    }

    private final Article article;
    private final String text;
    private final List<PlainSentenceSplitter.Span> spans;
    private final int index;
    private final PlainSentenceSplitter.Span span;
    private final String sentence;
    private final List<Mention> mentions;
    private final List<Mention> allMentions;
    private final LocalDate today;
    /** The requirements of each clause a trigger was found in: the triggers of a clause share them. */
    private final Map<String, ClauseRequirements.Check> clauses = new HashMap<>();
    /** The article text folded by {@link RequiredStems#foldToChars(String)}, for the screens. */
    private final char[] folded;
    /** The article's {@link TargetFinder#headlineChip}, the same for all its sentences. */
    private final Supplier<Optional<String>> headlineChip;
    /** The sentence's {@link Clause#depths(String)}, computed at the first trigger. */
    private int[] depths;
    /** What can match in the sentence, once a trigger matched in it. */
    private SignalDetector.SentenceScreens screens;
    /** See {@link #dated(SignalDetector)}. */
    private List<DateExpressions.Dated> dated;

    SentenceScan(Article article, String text, List<PlainSentenceSplitter.Span> spans, int index,
            List<Mention> mentions, List<Mention> allMentions, LocalDate today, char[] folded,
            Supplier<Optional<String>> headlineChip) {
        this.article = article;
        this.text = text;
        this.spans = spans;
        this.index = index;
        this.span = spans.get(index);
        this.sentence = text.substring(span.start(), span.end());
        this.mentions = mentions;
        this.allMentions = allMentions;
        this.today = today;
        this.folded = folded;
        this.headlineChip = headlineChip;
    }

    /**
     * @param possible the rules whose trigger can match in this sentence, and from where (see
     *                 {@link StemScreen}); rules are still tried in file order
     */
    List<PolicySignal> signals(SignalDetector detector, List<List<ActorFinder.Candidate>> candidates,
            List<List<PolicySignal>> earlier, StemScreen.Possible possible) {
        List<Hit> hits = new ArrayList<>();
        BitSet rules = possible.patterns();
        for (int r = rules.nextSetBit(0); r >= 0; r = rules.nextSetBit(r + 1)) {
            SignalRule rule = detector.rules().rules().get(r);
            // Overlapping matches: when "interdit ... de justifier" is negated, "demandé ... de
            // justifier" inside it must still be tried.
            Matcher m = rule.trigger().matcher(sentence);
            // Only the starts the screen allows are tried, which finds the same matches.
            int from = 0;
            while (from < sentence.length() && possible.find(r, m, span.start(), from)) {
                hits.add(new Hit(rule, m.start(), m.end()));
                from = m.start() + 1;
            }
        }
        if (hits.isEmpty()) {
            return List.of();
        }
        screens = detector.screens(folded, span);
        StemScreen.Possible modifiers = screens.modifiers();
        // A rule fires once per actor in a sentence: "Au lendemain de l'annonce par Washington...,
        // le ministère chinois a interdit..." states two actors with one rule.
        List<Found> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Hit hit : hits) {
            Optional<PolicySignal> signal = signal(detector, hit, hits, modifiers, candidates, earlier);
            if (signal.isPresent() && seen.add(hit.rule().id() + "|" + signal.get().actor())) {
                found.add(new Found(signal.get(), hit));
                if (!hit.rule().anyActor()) {
                    for (String other : detector.actors().coActors(text, candidates.get(index), signal.get().actor(),
                            span.start() + hit.start())) {
                        if (seen.add(hit.rule().id() + "|" + other)) {
                            found.add(new Found(withActor(signal.get(), other), hit));
                        }
                    }
                }
            }
        }
        return suppress(found);
    }

    private Optional<PolicySignal> signal(SignalDetector detector, Hit hit, List<Hit> hits,
            StemScreen.Possible modifiers, List<List<ActorFinder.Candidate>> candidates,
            List<List<PolicySignal>> earlier) {
        SignalRule rule = hit.rule();
        if (depths == null) {
            depths = Clause.depths(sentence);
        }
        Clause clause = Clause.around(sentence, depths, hit.start());
        String clauseText = clause.text(sentence);
        // A clause without asides reads the sentence's screen; one with asides blanked is screened on its own.
        ClauseRequirements.Check requirements = clauses.computeIfAbsent(clauseText, t -> clause.plain()
                ? detector.requirements().in(t, screens.requirements(), span.start() + clause.start())
                : detector.requirements().in(t));
        if (!requirements.satisfies(rule)) {
            return Optional.empty();
        }
        List<Mention> clauseMentions = mentions.stream()
                .filter(m -> clause.contains(m.start() - span.start(), m.end() - span.start())).toList();
        Optional<String> contextChip = rule.contextTarget()
                ? TargetFinder.contextChip(headlineChip, allMentions, paragraphStart(), span.start(), clauseMentions)
                : Optional.empty();
        if (rule.domain() && !SignalDetector.namesTarget(clauseMentions)
                && !requirements.namesDomain() && contextChip.isEmpty()) {
            return Optional.empty();
        }
        Framing.Verdict verdict = detector.framing().judge(sentence, span.start(), hit.start(),
                TriggerDates.of(sentence, hit, clause, hits, dated(detector), detector.dates()), article.published(), modifiers);
        if (verdict.negated()) {
            return Optional.empty();
        }
        double confidence = Math.min(rule.confidence(), verdict.confidenceCap());
        Optional<String> actor = detector.actors().inSentence(text, span, candidates.get(index),
                span.start() + hit.start(), span.start() + hit.end(), rule);
        if (actor.isEmpty() && detector.actors().passive(text, span, span.start() + hit.start())) {
            // "It was banned": the pronoun is what the action befell; only an instrument can act.
            actor = detector.actors().instrument(candidates.get(index));
            if (actor.isEmpty()) {
                return Optional.empty();
            }
        }
        if (actor.isEmpty()) {
            Optional<SignalDetector.Borrowed> borrowed = detector.impliedActor(rule,
                    sentence.substring(0, hit.start()), spans, index, candidates, earlier);
            if (borrowed.isEmpty()) {
                return Optional.empty();
            }
            actor = Optional.of(borrowed.get().actor());
            confidence *= borrowed.get().factor();
        }
        Double weak = detector.rules().weakActors().get(actor.get());
        if (weak != null) {
            confidence = Math.min(confidence, weak);
        }
        List<String> targets = rule.untargeted() ? List.of()
                : TargetFinder.targets(text, clauseMentions, span.start() + hit.start(), contextChip);
        String evidence = article.text().substring(span.start(), span.end());
        return Optional.of(new PolicySignal(actor.get(), rule.action(), targets, verdict.background(),
                Math.round(confidence * 100) / 100.0, evidence, span.start(), span.end(), rule.id(), article.ref()));
    }

    /**
     * The date expressions of the sentence, found when a trigger first needs them: many triggers
     * fail their clause's requirements before their date matters.
     */
    private List<DateExpressions.Dated> dated(SignalDetector detector) {
        if (dated == null) {
            dated = today == null ? List.of() : detector.dates().find(sentence, screens.dates(), span.start(), today);
        }
        return dated;
    }

    private int paragraphStart() {
        int i = index;
        while (i > 0 && spans.get(i - 1).paragraph() == span.paragraph()) {
            i--;
        }
        return spans.get(i).start();
    }

    /** A signal and the trigger match it came from. */
    private record Found(PolicySignal signal, Hit hit) {

        String mainTarget() {
            return signal.targets().isEmpty() ? null : signal.targets().get(0);
        }

        String key() {
            return signal.actor() + "|" + signal.action() + "|" + mainTarget();
        }
    }

    /**
     * Drops a signal when a rule that supersedes its action fired for the same actor on the same
     * words or the same main target ("restricted exports of gallium" is a materials control, not
     * also an export restriction), and repeats of the same actor, action and main target.
     */
    private static List<PolicySignal> suppress(List<Found> found) {
        List<Found> standing = new ArrayList<>();
        for (Found f : found) {
            boolean superseded = found.stream().anyMatch(t -> t != f
                    && t.signal().actor().equals(f.signal().actor())
                    && t.hit().rule().suppresses().contains(f.signal().action())
                    && (overlap(t.hit(), f.hit()) || (f.mainTarget() != null && f.mainTarget().equals(t.mainTarget()))));
            if (!superseded) {
                standing.add(f);
            }
        }
        List<PolicySignal> kept = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Found f : standing) {
            if (keys.add(f.key())) {
                kept.add(f.signal());
            }
        }
        return kept;
    }


    private static PolicySignal withActor(PolicySignal s, String actor) {
        return new PolicySignal(actor, s.action(), s.targets(), s.background(), s.confidence(), s.evidence(),
                s.start(), s.end(), s.rule(), s.article());
    }

    private static boolean overlap(Hit a, Hit b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
