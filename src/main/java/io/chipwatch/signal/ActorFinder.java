package io.chipwatch.signal;

import io.chipwatch.tag.EntityType;
import io.chipwatch.tag.Mention;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who acted in a sentence: a tagged regulator or a country phrase of the rules, nearest
 * before the trigger (the subject), else right after it behind an agent marker ("approved by",
 * "l'autorisation de"), else the subject of the main clause after a leading gerund ("En
 * autorisant..., le président"). A country right after a preposition ("to China") is an object.
 */
final class ActorFinder {

    /** A possible actor in a sentence; offsets are in the article text. */
    record Candidate(String actor, int start, int end, boolean object, boolean instrument) {
    }

    /** How far after the trigger an agent may be named ("approval from the US Commerce Department"). */
    private static final int AGENT_REACH = 60;
    /**
     * The agent of a passive ("banned by Washington"); "from" and "of" are places and objects
     * there ("barred from China").
     */
    private static final Pattern PASSIVE_AGENT = Pattern.compile(
            "\\b(by|par|de la part de|von|por)\\s+(la |le |les |l'|the |el |los |die |der )?$", Regexes.FLAGS);
    /** What joins coordinated subjects: "Japan and the Netherlands", "le Japon et les Pays-Bas". */
    private static final Pattern COORDINATION = Pattern.compile(
            "\\s*(,|,?\\s*(and|et|y|und|as well as|ainsi que|as well as))\\s+(the |la |le |les |l'|die |los |las )?", Regexes.FLAGS);
    private static final Pattern LEADING_GERUND = Pattern.compile(
            "^(en|by|after|après avoir|in)\\s+\\S+", Regexes.FLAGS);

    private final SignalRules rules;
    /** The rules' marker patterns, tried on the words before a trigger or a country many times per article. */
    private final ScreenedPattern passives;
    private final ScreenedPattern objectMarkers;
    private final ScreenedPattern agentMarkers;
    private final ScreenedPattern passiveAgent;

    ActorFinder(SignalRules rules) {
        this(rules, true);
    }

    /** @param screened whether to screen the marker patterns; the same answers either way */
    ActorFinder(SignalRules rules, boolean screened) {
        this.rules = rules;
        this.passives = new ScreenedPattern(rules.passives(), screened);
        this.objectMarkers = new ScreenedPattern(rules.objectMarkers(), screened);
        this.agentMarkers = new ScreenedPattern(rules.agentMarkers(), screened);
        this.passiveAgent = new ScreenedPattern(PASSIVE_AGENT, screened);
    }

    /**
     * The regulator mentions and country phrases of one sentence, in text order.
     *
     * @param possible the actor phrases that can match in the sentence, and from where (see {@link StemScreen})
     */
    List<Candidate> candidates(String text, PlainSentenceSplitter.Span span, List<Mention> mentions,
            StemScreen.Possible possible) {
        List<Candidate> found = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.REGULATOR) {
                boolean instrument = rules.instruments().containsKey(m.entity());
                found.add(new Candidate(m.entity(), m.start(), m.end(), notActing(text, span, m.start(), m.end()), instrument));
            }
        }
        String sentence = text.substring(span.start(), span.end());
        BitSet phrases = possible.patterns();
        for (int p = phrases.nextSetBit(0); p >= 0; p = phrases.nextSetBit(p + 1)) {
            ActorPattern phrase = rules.actors().get(p);
            Matcher matcher = phrase.pattern().matcher(sentence);
            // Only the starts the screen allows are tried, which finds the same matches; each
            // search resumes where find() would, after the previous match.
            boolean matched = possible.find(p, matcher, span.start(), 0);
            while (matched) {
                int start = span.start() + matcher.start();
                int end = span.start() + matcher.end();
                int resume = StemScreen.resume(matcher);
                if (!overlapsAny(mentions, start, end) && !overlapsAny(found, start, end)) {
                    found.add(new Candidate(phrase.actor(), start, end, notActing(text, span, start, end), false));
                }
                matched = resume <= sentence.length() && possible.find(p, matcher, span.start(), resume);
            }
        }
        found.sort(Comparator.comparingInt(Candidate::start));
        return found;
    }

    /**
     * Whether the trigger at {@code ts} is a passive participle ("was banned", "remains barred",
     * "est autorisé"): the government named before it is then what the action befell, not who did it.
     */
    boolean passive(String text, PlainSentenceSplitter.Span span, int ts) {
        return passives.find(text.substring(Math.max(span.start(), ts - 40), ts));
    }

    /**
     * The actor of the trigger at {@code [ts, te)} named in the sentence itself, if any. For a
     * passive trigger only an agent named after it counts ("was approved by Commerce").
     */
    Optional<String> inSentence(String text, PlainSentenceSplitter.Span span, List<Candidate> candidates,
            int ts, int te, SignalRule rule) {
        if (!rule.anyActor() && passive(text, span, ts)) {
            return agentAfter(text, span, candidates, ts, te, passiveAgent);
        }
        if (rule.anyActor()) {
            // A deal has two parties. Whichever order an outlet names them in, the same party must
            // stand for it so that reports of one deal share an alert: the one whose country
            // comes first in the rule file's actors list.
            Optional<String> party = candidates.stream().filter(c -> !c.instrument())
                    .min(Comparator.comparingInt(c -> countryRank(c.actor()))).map(Candidate::actor);
            if (party.isPresent()) {
                return party;
            }
        }
        Candidate before = null;
        for (Candidate c : candidates) {
            if (c.end() <= ts && !c.instrument() && !c.object()) {
                before = c;
            }
        }
        if (before != null && !rule.agentOnly()) {
            return Optional.of(before.actor());
        }
        Optional<String> agent = agentAfter(text, span, candidates, ts, te, agentMarkers);
        if (agent.isPresent() || rule.agentOnly()) {
            return agent;
        }
        return afterLeadingGerund(text, span, candidates, ts);
    }

    /** A regulator named after the trigger's first word, or inside a long trigger ("informed by the U.S. government of a licence"). */
    private Optional<String> agentAfter(String text, PlainSentenceSplitter.Span span, List<Candidate> candidates,
            int ts, int te, ScreenedPattern markers) {
        for (Candidate c : candidates) {
            if (c.start() > ts && c.start() - te <= AGENT_REACH && !c.instrument()
                    && markers.find(text.substring(Math.max(span.start(), c.start() - 30), c.start()))) {
                return Optional.of(c.actor());
            }
        }
        return Optional.empty();
    }

    private int countryRank(String actor) {
        String country = jurisdiction(actor);
        for (int i = 0; i < rules.actors().size(); i++) {
            if (jurisdiction(rules.actors().get(i).actor()).equals(country)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** {@code regulator:cn-mofcom} -> {@code cn}. */
    private static String jurisdiction(String actor) {
        int colon = actor.indexOf(':');
        int dash = actor.indexOf('-', colon);
        return dash < 0 ? actor.substring(colon + 1) : actor.substring(colon + 1, dash);
    }

    /**
     * The other governments coordinated with the actor named just before the trigger ("Japan and
     * the Netherlands restricted...", "les États-Unis, le Japon et les Pays-Bas ont restreint..."):
     * each acted too. Empty when the actor is not the subject just before the trigger.
     */
    List<String> coActors(String text, List<Candidate> candidates, String actor, int ts) {
        int at = -1;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.end() <= ts && !c.instrument() && !c.object()) {
                at = i;
            }
        }
        if (at < 0 || !candidates.get(at).actor().equals(actor)) {
            return List.of();
        }
        List<String> others = new ArrayList<>();
        for (int i = at; i > 0; i--) {
            Candidate before = candidates.get(i - 1);
            Candidate after = candidates.get(i);
            if (before.end() > after.start() || before.instrument()
                    || !COORDINATION.matcher(text.substring(before.end(), after.start())).matches()) {
                break;
            }
            if (!before.actor().equals(actor) && !others.contains(before.actor())) {
                others.add(before.actor());
            }
        }
        return others;
    }

    /** The actor an instrument named in the sentence stands for ("added to the Entity List": BIS). */
    Optional<String> instrument(List<Candidate> candidates) {
        return candidates.stream().filter(Candidate::instrument)
                .map(c -> rules.instruments().get(c.actor())).findFirst();
    }

    /** The last actor an earlier sentence names as a subject, for "Il a demandé..." and the like. */
    static Optional<String> lastSubject(List<Candidate> candidates) {
        String last = null;
        for (Candidate c : candidates) {
            if (!c.object() && !c.instrument()) {
                last = c.actor();
            }
        }
        return Optional.ofNullable(last);
    }

    private Optional<String> afterLeadingGerund(String text, PlainSentenceSplitter.Span span,
            List<Candidate> candidates, int ts) {
        String sentence = text.substring(span.start(), span.end());
        Matcher lead = LEADING_GERUND.matcher(sentence);
        int comma = sentence.indexOf(',');
        if (!lead.find() || comma < 0 || ts - span.start() > lead.end() + 2 || ts - span.start() > comma) {
            return Optional.empty();
        }
        return candidates.stream()
                .filter(c -> c.start() > span.start() + comma && !c.object() && !c.instrument())
                .map(Candidate::actor)
                .findFirst();
    }

    /**
     * Whether a government named at {@code [start, end)} is not acting there: an object ("vers la
     * Chine"), an attribute ("US export rules", "a Beijing-based columnist") or a possessive that
     * qualifies a thing ("China's chip industry"), but not one that owns an act ("Washington's
     * decision to allow").
     */
    private boolean notActing(String text, PlainSentenceSplitter.Span span, int start, int end) {
        String before = text.substring(Math.max(span.start(), start - 40), start);
        if (objectMarkers.find(before)) {
            return true;
        }
        Matcher after = rules.attributes().matcher(text).region(end, span.end());
        if (after.lookingAt()) {
            return true;
        }
        return text.startsWith("'s", end)
                && !rules.possessiveActs().matcher(text).region(end, span.end()).lookingAt();
    }

    private static boolean overlapsAny(List<?> spans, int start, int end) {
        for (Object o : spans) {
            int s = o instanceof Mention m ? m.start() : ((Candidate) o).start();
            int e = o instanceof Mention m ? m.end() : ((Candidate) o).end();
            if (start < e && end > s) {
                return true;
            }
        }
        return false;
    }
}
