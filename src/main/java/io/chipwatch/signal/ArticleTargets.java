package io.chipwatch.signal;

import io.chipwatch.article.Article;
import io.chipwatch.tag.EntityType;
import io.chipwatch.tag.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Gives the signals of one article that state one development the same actor and main target.
 *
 * <p>An article names its subject once ("the US restricted sales of Nvidia's A800 and H800") and
 * then writes around it ("the rules take effect in 30 days", "the company breached the law"):
 * those sentences name a company, or nothing, where the lead named the chip. Read alone they
 * would open alerts of their own for what is one development. So, per government and action:
 * <ul>
 *   <li>the article's main target is the first chip an alertable signal of that group targets,
 *       else the first company; when no signal names one, the chip or company of the headline;</li>
 *   <li>a signal that names nothing, a company where the article's target is another company,
 *       or a company that makes no chip the article names (a customer) where the article's target
 *       is a chip, takes the article's main target first;</li>
 *   <li>a signal on another chip, or on a company that makes another chip the article names,
 *       keeps its own target: the MI308 beside the H20 is another development.</li>
 * </ul>
 * Rules that name no target stay untargeted. A deal has two parties: all signals of one
 * two-party rule action in an article take the party the first one was given.
 */
final class ArticleTargets {

    private final Set<String> untargetedRules;
    private final Set<String> twoPartyRules;
    private final List<ActorPattern> governments;

    ArticleTargets(SignalRules rules) {
        this.untargetedRules = ids(rules, SignalRule::untargeted);
        this.twoPartyRules = ids(rules, SignalRule::anyActor);
        this.governments = rules.actors();
    }

    List<PolicySignal> normalise(Article article, List<Mention> mentions, List<PolicySignal> signals) {
        Map<String, String> parties = new HashMap<>();
        Map<String, String> mainTargets = new HashMap<>();
        for (PolicySignal s : signals) {
            if (!SignalDetector.isAlertable(s)) {
                continue;
            }
            if (twoPartyRules.contains(s.rule())) {
                parties.putIfAbsent(s.action().name(), s.actor());
            }
            if (!untargetedRules.contains(s.rule()) && !s.targets().isEmpty()) {
                String known = mainTargets.get(group(s));
                String main = s.targets().get(0);
                if (known == null || (!isChip(known) && isChip(main))) {
                    mainTargets.put(group(s), main);
                }
            }
        }
        List<PolicySignal> out = new ArrayList<>(signals.size());
        for (PolicySignal s : signals) {
            PolicySignal normalised = s;
            String party = twoPartyRules.contains(s.rule()) ? parties.get(s.action().name()) : null;
            if (party != null && !party.equals(s.actor())) {
                normalised = with(normalised, party, normalised.targets());
            }
            // History is left as written: it raises nothing, so there is nothing to merge.
            if (SignalDetector.isAlertable(s) && !untargetedRules.contains(s.rule())) {
                String main = mainTargets.get(group(s));
                if (main == null && s.targets().isEmpty() && headlineNames(article, s.actor())) {
                    // A headline target that another of this government's developments already
                    // has ("adds Zhipu to trade blacklist") is that development's, not this one's.
                    String government = jurisdiction(s.actor()) + "|";
                    main = headlineTarget(article, mentions)
                            .filter(t -> mainTargets.entrySet().stream()
                                    .noneMatch(e -> e.getKey().startsWith(government) && e.getValue().equals(t)))
                            .orElse(null);
                }
                if (main != null && vaguer(s, main, mentions)) {
                    Set<String> targets = new LinkedHashSet<>();
                    targets.add(main);
                    targets.addAll(s.targets());
                    normalised = with(normalised, normalised.actor(), List.copyOf(targets));
                }
            }
            out.add(normalised);
        }
        return out;
    }

    private static boolean vaguer(PolicySignal s, String articleMain, List<Mention> mentions) {
        if (s.targets().isEmpty()) {
            return true;
        }
        String own = s.targets().get(0);
        if (own.equals(articleMain) || isChip(own)) {
            return false;
        }
        if (!isChip(articleMain)) {
            return true;
        }
        return TargetFinder.isVendor(own, articleMain) || mentions.stream()
                .noneMatch(m -> m.type() == EntityType.CHIP && TargetFinder.isVendor(own, m.entity()));
    }

    /**
     * Whether the headline names the acting government ("China verbietet Nexperia-Exporte"): then
     * its chip or company is what that government acted on, not the subject of another story.
     */
    private boolean headlineNames(Article article, String actor) {
        if (article.title() == null) {
            return false;
        }
        String jurisdiction = jurisdiction(actor);
        return governments.stream().anyMatch(g -> jurisdiction(g.actor()).equals(jurisdiction)
                && g.pattern().matcher(Regexes.normalize(article.title())).find());
    }

    private static Optional<String> headlineTarget(Article article, List<Mention> mentions) {
        return TargetFinder.headlineEntity(article, mentions, EntityType.CHIP)
                .or(() -> TargetFinder.headlineEntity(article, mentions, EntityType.COMPANY));
    }

    private static PolicySignal with(PolicySignal s, String actor, List<String> targets) {
        return new PolicySignal(actor, s.action(), targets, s.background(), s.confidence(),
                s.evidence(), s.start(), s.end(), s.rule(), s.article());
    }

    /** Government (by the jurisdiction of the regulator id, {@code regulator:us-bis} -> {@code us}) and action. */
    private static String group(PolicySignal s) {
        return jurisdiction(s.actor()) + "|" + s.action();
    }

    private static String jurisdiction(String actor) {
        int colon = actor.indexOf(':');
        int dash = actor.indexOf('-', colon);
        return dash < 0 ? actor.substring(colon + 1) : actor.substring(colon + 1, dash);
    }

    private static boolean isChip(String id) {
        return id.startsWith("chip:");
    }

    private static Set<String> ids(SignalRules rules, Predicate<SignalRule> which) {
        Set<String> out = new HashSet<>();
        rules.rules().stream().filter(which).forEach(r -> out.add(r.id()));
        return Set.copyOf(out);
    }
}
