package io.chipwatch.signal;

import static io.chipwatch.signal.GivenArticle.m;
import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.article.Article;
import io.chipwatch.tag.EntityType;
import io.chipwatch.tag.Mention;
import io.chipwatch.tag.TaggedArticle;
import java.util.ArrayList;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SignalDetectorTest {

    private static final SignalRules RULES = SignalRules.loadDefault();
    private static final String SUMMONS = "Il a été question de sécurité.\nLe 31 juillet, le CAC a déclaré avoir convoqué "
            + "le géant américain de la technologie Nvidia pour des risques de sécurité liés à son H20.";
    private static final List<String> SUMMONS_MENTIONS = List.of(
            m("CAC", "regulator:cn-cac"), m("Nvidia", "company:nvidia"), m("H20", "chip:nvidia-h20"));

    @Test
    void shouldPointEvidenceAndOffsetsAtTheSentenceInTheArticleText() {
        // given
        Article article = GivenArticle.article(SUMMONS, null, Instant.parse("2025-08-13T00:00:00Z"));

        // when
        List<PolicySignal> signals = new SignalDetector(RULES).signalsIn(article, mentions(SUMMONS));

        // then
        assertThat(signals).singleElement().satisfies(s -> {
            assertThat(s.evidence()).startsWith("Le 31 juillet").endsWith("son H20.");
            assertThat(SUMMONS.substring(s.start(), s.end())).isEqualTo(s.evidence());
            assertThat(s.rule()).isEqualTo("fr-security-review");
            assertThat(s.article()).isEqualTo(article.ref());
        });
    }

    @Test
    void shouldMakeTheBackgroundHorizonConfigurable() {
        // given: the summons is 13 days older than the article
        Article article = GivenArticle.article(SUMMONS, null, Instant.parse("2025-08-13T00:00:00Z"));

        // when
        List<PolicySignal> thirtyDays = new SignalDetector(RULES).signalsIn(article, mentions(SUMMONS));
        List<PolicySignal> tenDays = new SignalDetector(RULES, Duration.ofDays(10)).signalsIn(article, mentions(SUMMONS));

        // then
        assertThat(thirtyDays).singleElement().matches(s -> !s.background());
        assertThat(tenDays).singleElement().matches(PolicySignal::background);
    }

    @Test
    void shouldNotDateBackgroundWhenTheArticleHasNoDate() {
        // given
        String text = "In 2022, Washington banned exports of Nvidia's A100 to China.";
        Article undated = GivenArticle.article(text, null, null);
        List<Mention> mentions = GivenArticle.mentions(text, List.of(m("Nvidia", "company:nvidia"), m("A100", "chip:nvidia-a100")));

        // when
        List<PolicySignal> signals = new SignalDetector(RULES).signalsIn(undated, mentions);

        // then
        assertThat(signals).singleElement().matches(s -> !s.background() && s.targets().get(0).equals("chip:nvidia-a100"));
    }

    @Test
    void shouldIgnoreTheTaggersSentenceNumbering() {
        // given: mentions numbered by a splitter that disagrees with this one
        Article article = GivenArticle.article(SUMMONS, null, Instant.parse("2025-08-13T00:00:00Z"));
        List<Mention> renumbered = mentions(SUMMONS).stream()
                .map(x -> new Mention(x.entity(), x.type(), x.name(), x.surface(), x.start(), x.end(), 7)).toList();

        // when
        List<PolicySignal> signals = new SignalDetector(RULES).signalsIn(article, renumbered);

        // then
        assertThat(signals).extracting(PolicySignal::actor).containsExactly("regulator:cn-cac");
    }

    @Test
    void shouldGiveTheSameAnswerFromManyThreads() throws Exception {
        // given
        SignalDetector detector = new SignalDetector(RULES);
        Article article = GivenArticle.article(SUMMONS, null, Instant.parse("2025-08-13T00:00:00Z"));
        List<PolicySignal> expected = detector.signalsIn(article, mentions(SUMMONS));
        ExecutorService pool = Executors.newFixedThreadPool(4);

        // when
        List<Future<List<PolicySignal>>> results;
        try {
            results = pool.invokeAll(Collections.nCopies(32, () -> detector.signalsIn(article, mentions(SUMMONS))));
        } finally {
            pool.shutdown();
        }

        // then
        for (Future<List<PolicySignal>> r : results) {
            assertThat(r.get()).isEqualTo(expected);
        }
    }

    @Test
    void shouldIgnoreMentionsThatDoNotPointIntoTheText() {
        // given
        Article article = GivenArticle.article(SUMMONS, null, Instant.parse("2025-08-13T00:00:00Z"));
        List<Mention> mentions = new ArrayList<>(mentions(SUMMONS));
        mentions.add(new Mention("chip:nvidia-h200", EntityType.CHIP, "Nvidia H200", null, 5000, 5004, 3));
        mentions.add(new Mention("chip:nvidia-h100", EntityType.CHIP, "Nvidia H100", "H100", -1, 3, 0));

        // when
        List<PolicySignal> signals = new SignalDetector(RULES).signalsIn(new TaggedArticle(article, mentions));

        // then
        assertThat(signals).singleElement().satisfies(s -> assertThat(s.targets()).containsExactly("chip:nvidia-h20", "company:nvidia"));
    }

    @Test
    void shouldFindNothingInAnEmptyArticle() {
        // given
        Article article = GivenArticle.article("", null, null);

        // when
        List<PolicySignal> signals = new SignalDetector(RULES).signalsIn(article, List.of());

        // then
        assertThat(signals).isEmpty();
    }

    private static List<Mention> mentions(String text) {
        return GivenArticle.mentions(text, SUMMONS_MENTIONS);
    }
}
