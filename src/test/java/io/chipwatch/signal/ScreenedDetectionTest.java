package io.chipwatch.signal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.chipwatch.article.Article;
import io.chipwatch.article.ArticleFiles;
import io.chipwatch.article.SeedFormat;
import io.chipwatch.tag.Mention;
import io.chipwatch.tag.Tagger;
import io.chipwatch.tag.Watchlist;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stem screen changes nothing: over every case sentence, the seed articles, the articles
 * written for the signal tests and the evaluation corpora, each trigger and actor phrase that
 * matches a sentence passes the screen, and the detector finds the same signals with and without it.
 */
class ScreenedDetectionTest {

    private static final SignalRules RULES = SignalRules.loadDefault();
    private static final List<Article> ARTICLES = new ArrayList<>();
    private static final List<List<Mention>> MENTIONS = new ArrayList<>();

    @BeforeAll
    static void corpus() throws IOException {
        try (InputStream in = ScreenedDetectionTest.class.getResourceAsStream("/signals/cases.yaml")) {
            List<SignalCase> cases = new ObjectMapper(new YAMLFactory())
                    .readValue(Objects.requireNonNull(in, "signals/cases.yaml"), new TypeReference<List<SignalCase>>() { });
            for (SignalCase c : cases) {
                Instant published = c.published() == null ? null : SeedFormat.parseInstant(c.published(), c.name());
                ARTICLES.add(GivenArticle.article(c.text(), c.title(), published));
                MENTIONS.add(GivenArticle.mentions(c.text(), c.mentions() == null ? List.of() : c.mentions()));
            }
        }
        Tagger tagger = new Tagger(Watchlist.loadDefault());
        for (String source : List.of("seeds/articles", "src/test/resources/signals/articles",
                "src/test/resources/eval/articles.jsonl", "src/test/resources/eval/heldout.jsonl")) {
            for (Article article : ArticleFiles.readAll(Path.of(source))) {
                ARTICLES.add(article);
                MENTIONS.add(tagger.mentionsIn(article.text()));
            }
        }
    }

    @Test
    void shouldLetThroughEveryPatternThatMatches() {
        // given: triggers, actor phrases, modifiers and date expressions, each screened on its own
        List<List<Pattern>> groups = List.of(
                RULES.rules().stream().map(SignalRule::trigger).toList(),
                RULES.actors().stream().map(ActorPattern::pattern).toList(),
                RULES.modifiers().stream().map(Modifier::pattern).toList(),
                datePatterns());
        List<StemScreen> screens = groups.stream().map(StemScreen::new).toList();
        List<String> missed = new ArrayList<>();
        int matches = 0;

        // when
        for (Article article : ARTICLES) {
            String text = Regexes.normalize(article.text());
            String folded = RequiredStems.fold(text);
            for (PlainSentenceSplitter.Span span : PlainSentenceSplitter.split(text)) {
                String sentence = text.substring(span.start(), span.end());
                for (int g = 0; g < groups.size(); g++) {
                    matches += missed(groups.get(g), screens.get(g).candidates(folded, span.start(), span.end()),
                            sentence, span.start(), missed);
                }
            }
        }

        // then
        assertThat(matches).as("sentences where a pattern matches").isGreaterThan(2000);
        assertThat(missed).isEmpty();
    }

    private static List<Pattern> datePatterns() {
        DateVocabulary dates = RULES.dates();
        List<Pattern> patterns = new ArrayList<>(dates.months());
        patterns.addAll(List.of(dates.recent(), dates.lastMonth(), dates.lastYear(), dates.ago(), dates.relative()));
        dates.seasons().forEach(season -> patterns.add(season.pattern()));
        return patterns;
    }

    /** Counts the patterns that match; notes those the screen drops or whose first match starts before the screen's earliest. */
    private static int missed(List<Pattern> patterns, StemScreen.Possible passed, String sentence, int offset,
            List<String> missed) {
        int matching = 0;
        for (int i = 0; i < patterns.size(); i++) {
            Matcher m = patterns.get(i).matcher(sentence);
            if (m.find()) {
                matching++;
                if (!passed.patterns().get(i) || offset + m.start() < passed.earliest()[i]) {
                    missed.add(patterns.get(i).pattern() + " at " + m.start() + " in: " + sentence);
                }
            }
        }
        return matching;
    }

    @Test
    void shouldFindTheSameSignalsWithAndWithoutTheScreen() {
        // given
        SignalDetector screened = new SignalDetector(RULES, SignalDetector.DEFAULT_HORIZON, true);
        SignalDetector unscreened = new SignalDetector(RULES, SignalDetector.DEFAULT_HORIZON, false);
        int signals = 0;

        for (int i = 0; i < ARTICLES.size(); i++) {
            // when
            List<PolicySignal> fast = screened.signalsIn(ARTICLES.get(i), MENTIONS.get(i));
            List<PolicySignal> slow = unscreened.signalsIn(ARTICLES.get(i), MENTIONS.get(i));

            // then
            assertThat(fast).as("signals of %s", ARTICLES.get(i).title() == null ? ARTICLES.get(i).text() : ARTICLES.get(i).title())
                    .isEqualTo(slow);
            signals += slow.size();
        }
        assertThat(signals).as("signals compared").isGreaterThan(300);
    }

    @Test
    void shouldFindStemsForEveryTriggerAndActorPhrase() {
        // when
        long unscreenedTriggers = RULES.rules().stream().filter(r -> RequiredStems.of(r.trigger()).isEmpty()).count();
        long unscreenedActors = RULES.actors().stream().filter(a -> RequiredStems.of(a.pattern()).isEmpty()).count();
        long unscreenedModifiers = RULES.modifiers().stream().filter(m -> RequiredStems.of(m.pattern()).isEmpty()).count();

        // then
        assertThat(unscreenedTriggers).isZero();
        assertThat(unscreenedActors).isZero();
        assertThat(unscreenedModifiers).isLessThanOrEqualTo(2);
    }
}
