package io.chipwatch.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.article.Article;
import io.chipwatch.article.ArticleFiles;
import io.chipwatch.tag.Mention;
import io.chipwatch.tag.Tagger;
import io.chipwatch.tag.Watchlist;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Trying a pattern only at the starts its stems allow ({@link StartWindows}) finds exactly what a
 * search from every position finds, and the screened detector exactly what the plain one finds,
 * also on text that stresses case folding: upper case, accented capitals ("ÉTATS-UNIS"), Turkish
 * dotted and dotless i, long s, the Kelvin sign, ß and capital ẞ, ligatures.
 */
class WindowedMatchingTest {

    private static final SignalRules RULES = SignalRules.loadDefault();
    private static final Tagger TAGGER = new Tagger(Watchlist.loadDefault());
    private static final Instant PUBLISHED = Instant.parse("2025-12-10T08:00:00Z");
    /** Sentences written for the hard cases, English, French, German and Spanish. */
    private static final List<String> WRITTEN = List.of(
            "Les ÉTATS-UNIS ont interdit les exportations de puces Nvidia H20 vers la Chine.",
            "LES ETATS-UNIS ONT INTERDIT LES EXPORTATIONS DE PUCES H20 VERS LA CHINE EN AVRIL.",
            "Le département du Commerce a İNTERDIT lundi la vente de puces H20 ; Pékin a ordonné aux entreprises de ne pas les acheter.",
            "Washington a autorısé la vente de puces H20 à des clients chinois, selon l'administration Trump.",
            "The US Commerce Department banned exports of Nvidia H20 chips to China on Monday.",
            "THE U.S. COMMERCE DEPARTMENT BANNED EXPORTS OF NVIDIA H20 CHIPS TO CHINA LAST WEEK.",
            "Beijing orde\u0280ed its companies to ſtop buying Nvidia H20 chips, the \u212Aey regulator said.",
            "China's Ministry of Commerce launched an anti-dumping probe into US analog chips in September.",
            "Die USA haben den Export der H20 verboten; ein Bußgeld wegen Verstoß gegen die Regeln wurde verhängt.",
            "DIE CHINESISCHE REGIERUNG VERHÄNGT STRAFZÖLLE; EINE GELDBUẞE WEGEN VERSTOẞ WURDE VERHÄNGT.",
            "El Gobierno chino prohibió la compra de chips H20 y el Departamento de Comercio impuso restricciones.",
            "The Netherlands restricted exports of ASML machines; the Dutch government ﬁnalized the rules.",
            "Il a demandé aux entreprises de suspendre leurs commandes de puces H20 dès le 1er octobre 2025.",
            "Japan and the Netherlands tightened controls on chip equipment after Washington's decision to allow sales.",
            "Shares of chipmakers moved little in early trading on Tuesday. The firm declined to comment.");

    private static final List<String> TEXTS = new ArrayList<>();

    @BeforeAll
    static void texts() throws IOException {
        List<String> plain = new ArrayList<>(WRITTEN);
        for (String source : List.of("seeds/articles", "src/test/resources/signals/articles",
                "src/test/resources/eval/articles.jsonl", "src/test/resources/eval/heldout.jsonl")) {
            for (Article article : ArticleFiles.readAll(Path.of(source))) {
                plain.add(article.text());
            }
        }
        Random random = new Random(20251210);
        for (String text : plain) {
            TEXTS.add(text);
            TEXTS.add(text.toUpperCase(Locale.ROOT));
            TEXTS.add(confusables(text, random));
        }
    }

    /**
     * The text with letters swapped for ones that fold the same way, or almost (İ, ı, ſ, the
     * Kelvin sign, ẞ, ligatures, accented capitals), and cases flipped at random.
     */
    private static String confusables(String text, Random random) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean swap = random.nextInt(6) == 0;
            if (swap && text.startsWith("ss", i)) {
                out.append(random.nextBoolean() ? 'ß' : 'ẞ');
                i++;
            } else if (swap && text.startsWith("fi", i)) {
                out.append('ﬁ');
                i++;
            } else if (swap && text.startsWith("fl", i)) {
                out.append('ﬂ');
                i++;
            } else if (swap && (c == 'i' || c == 'I')) {
                out.append(random.nextBoolean() ? 'İ' : 'ı');
            } else if (swap && (c == 's' || c == 'S')) {
                out.append('ſ');
            } else if (swap && (c == 'k' || c == 'K')) {
                out.append('\u212A');
            } else if (swap && c == 'e') {
                out.append(random.nextBoolean() ? 'É' : 'é');
            } else if (swap && c == 'é') {
                out.append('É');
            } else if (random.nextInt(4) == 0) {
                out.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void shouldFindTheSameMatchesAsASearchFromEveryPosition() {
        // given: every pattern group the detector screens, each with its screen (requirements are
        // screened on clauses and markers on the words before a trigger or a country, parts of
        // sentences; each marker has a screen of its own, which finds the same stems)
        List<List<Pattern>> groups = List.of(
                RULES.rules().stream().map(SignalRule::trigger).toList(),
                RULES.actors().stream().map(ActorPattern::pattern).toList(),
                RULES.modifiers().stream().map(Modifier::pattern).toList(),
                datePatterns(),
                requirements(),
                List.of(RULES.passives(), RULES.objectMarkers(), RULES.agentMarkers()));
        List<StemScreen> screens = groups.stream().map(StemScreen::new).toList();
        List<String> differences = new ArrayList<>();
        int matches = 0;

        // when
        for (String raw : TEXTS) {
            String text = Regexes.normalize(raw);
            String folded = RequiredStems.fold(text);
            for (PlainSentenceSplitter.Span span : PlainSentenceSplitter.split(text)) {
                String sentence = text.substring(span.start(), span.end());
                for (int g = 0; g < groups.size(); g++) {
                    StemScreen.Possible possible = screens.get(g).candidates(folded, span.start(), span.end());
                    for (int p = 0; p < groups.get(g).size(); p++) {
                        List<String> plain = everyMatch(groups.get(g).get(p).matcher(sentence));
                        List<String> windowed = possible.patterns().get(p)
                                ? windowedMatches(possible, p, groups.get(g).get(p).matcher(sentence), span.start())
                                : List.of();
                        matches += plain.size();
                        if (!plain.equals(windowed)) {
                            differences.add(groups.get(g).get(p).pattern() + ": " + plain + " vs " + windowed + " in: " + sentence);
                        }
                    }
                }
            }
        }

        // then
        assertThat(matches).as("matches compared").isGreaterThan(5_000);
        assertThat(differences).isEmpty();
    }

    /** Every match start, overlapping ones included, as the detector reads triggers. */
    private static List<String> everyMatch(Matcher m) {
        List<String> found = new ArrayList<>();
        int from = 0;
        while (from < m.regionEnd() && m.find(from)) {
            found.add(m.start() + "-" + m.end());
            from = m.start() + 1;
        }
        return found;
    }

    private static List<String> windowedMatches(StemScreen.Possible possible, int p, Matcher m, int offset) {
        List<String> found = new ArrayList<>();
        int from = 0;
        int length = m.regionEnd();
        while (from < length && possible.find(p, m, offset, from)) {
            found.add(m.start() + "-" + m.end());
            from = m.start() + 1;
        }
        return found;
    }

    /** The rules' {@code require} patterns and the domain vocabulary, as {@link ClauseRequirements} screens them. */
    private static List<Pattern> requirements() {
        List<Pattern> patterns = new ArrayList<>();
        RULES.rules().forEach(rule -> patterns.addAll(rule.require()));
        patterns.add(RULES.domain());
        return patterns;
    }

    private static List<Pattern> datePatterns() {
        DateVocabulary dates = RULES.dates();
        List<Pattern> patterns = new ArrayList<>(dates.months());
        patterns.addAll(List.of(dates.recent(), dates.lastMonth(), dates.lastYear(), dates.ago(), dates.relative()));
        dates.seasons().forEach(season -> patterns.add(season.pattern()));
        return patterns;
    }

    @Test
    void shouldFindTheSameSignalsAsThePlainDetectorInFoldedAndMixedCaseText() {
        // given
        SignalDetector screened = new SignalDetector(RULES, SignalDetector.DEFAULT_HORIZON, true);
        SignalDetector plain = new SignalDetector(RULES, SignalDetector.DEFAULT_HORIZON, false);
        int signals = 0;

        for (String text : TEXTS) {
            Article article = GivenArticle.article(text, null, PUBLISHED);
            List<Mention> mentions = TAGGER.mentionsIn(text);

            // when
            List<PolicySignal> fast = screened.signalsIn(article, mentions);
            List<PolicySignal> slow = plain.signalsIn(article, mentions);

            // then
            assertThat(fast).as("signals of %s", text).isEqualTo(slow);
            signals += slow.size();
        }
        assertThat(signals).as("signals compared").isGreaterThan(500);
    }
}
