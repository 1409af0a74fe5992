package io.chipwatch.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.chipwatch.article.Article;
import io.chipwatch.article.ArticleFiles;
import io.chipwatch.tag.Mention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The detector over whole articles — the five seed articles and English articles written for
 * these tests under {@code signals/articles/} — with a plain alias list standing in for the
 * tagger: the developments they report are alerts, the history they restate is background, and
 * nothing else raises an alert.
 */
class SeedArticlesTest {

    private static final Map<String, List<PolicySignal>> SIGNALS = new TreeMap<>();
    private static final Map<String, List<PolicySignal>> WRITTEN = new TreeMap<>();

    @BeforeAll
    static void detect() throws IOException {
        SignalDetector detector = new SignalDetector(SignalRules.loadDefault());
        List<String> aliases = Files.readAllLines(
                Path.of(Objects.requireNonNull(SeedArticlesTest.class.getResource("/signals/seed-aliases.txt")).getPath()),
                StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        for (Article article : ArticleFiles.readAll(Path.of("seeds/articles"))) {
            SIGNALS.put(article.id().substring(0, 3), detector.signalsIn(article, mentions(article, aliases)));
        }
        Path written = Path.of(Objects.requireNonNull(SeedArticlesTest.class.getResource("/signals/articles")).getPath());
        for (Article article : ArticleFiles.readAll(written)) {
            WRITTEN.put(article.title(), detector.signalsIn(article, mentions(article, aliases)));
        }
    }

    private static List<Mention> mentions(Article article, List<String> aliases) {
        return GivenArticle.tagWithAliases(article.text(), aliases);
    }

    @Test
    void shouldAlertOnlyOnTheNewsOfArticlesWrittenForTheTests() {
        // given the English and French articles of signals/articles (in detect)

        // when
        Map<String, TreeSet<String>> alerts = new TreeMap<>();
        WRITTEN.forEach((title, signals) -> alerts.put(title, new TreeSet<>(signals.stream()
                .filter(SignalDetector::isAlertable).map(SeedArticlesTest::key).toList())));

        // then: the earnings, launch and benchmark stories restate old rules; the others' history is dated
        assertThat(alerts).containsOnly(
                Map.entry("China discourages firms from using Nvidia's H20 chips", new TreeSet<>(List.of(
                        "cn|PROCUREMENT_GUIDANCE|chip:nvidia-h20",
                        "cn|SECURITY_REVIEW|chip:nvidia-h20",
                        "us|EXPORT_EASING|chip:nvidia-h20",
                        "us|LICENSE_FEE|chip:nvidia-h20"))),
                Map.entry("US unveils new curbs on China's chip industry, adds 140 entities to trade list", new TreeSet<>(List.of(
                        "us|EXPORT_RESTRICTION|null",
                        "us|ENTITY_LIST|company:naura"))),
                Map.entry("Nvidia forecasts revenue above estimates as AI demand stays strong", new TreeSet<>()),
                Map.entry("Nexperia : Pékin bloque les exportations après la mise sous tutelle par La Haye", new TreeSet<>(List.of(
                        "nl|OTHER|company:nexperia",
                        "cn|EXPORT_RESTRICTION|company:nexperia",
                        "us|EXPORT_RESTRICTION|null"))),
                Map.entry("Huawei dévoile ses puces Ascend 950 et ses supercalculateurs", new TreeSet<>()),
                Map.entry("AMD unveils MI350 accelerators, takes aim at Nvidia's Blackwell", new TreeSet<>()),
                Map.entry("DeepSeek model runs on Huawei Ascend chips, benchmarks show", new TreeSet<>()));
    }

    @Test
    void shouldAlertOnTheDevelopmentsEachSeedArticleReports() {
        // given the five seed articles (in detect)

        // when
        Map<String, TreeSet<String>> alerts = new TreeMap<>();
        SIGNALS.forEach((id, signals) -> alerts.put(id, new TreeSet<>(signals.stream()
                .filter(SignalDetector::isAlertable).map(SeedArticlesTest::key).toList())));

        // then
        assertThat(alerts).containsOnly(
                Map.entry("000", new TreeSet<>(List.of(
                        "cn|PROCUREMENT_GUIDANCE|chip:nvidia-h20",
                        "cn|SECURITY_REVIEW|chip:nvidia-h20",
                        "us|EXPORT_EASING|chip:nvidia-h20",
                        "us|LICENSE_FEE|chip:nvidia-h20",
                        "us|LICENSE_FEE|chip:amd-mi308"))),
                Map.entry("001", new TreeSet<>(List.of(
                        "cn|PROCUREMENT_GUIDANCE|chip:nvidia-h20",
                        "us|LICENSE_FEE|chip:nvidia-h20",
                        "us|TRADE_TRUCE|null"))),
                Map.entry("002", new TreeSet<>(List.of(
                        "us|EXPORT_EASING|chip:nvidia-h200",
                        "us|LICENSE_FEE|chip:nvidia-h200"))),
                Map.entry("003", new TreeSet<>(List.of(
                        "us|EXPORT_EASING|chip:nvidia-h20"))),
                Map.entry("004", new TreeSet<>(List.of(
                        "us|EXPORT_EASING|chip:nvidia-h20"))));
    }

    @Test
    void shouldKeepTheHistoryTheDecemberArticleRestatesAsBackground() {
        // given the H200 article of 2025-12-16
        List<PolicySignal> signals = SIGNALS.get("002");

        // when
        List<String> background = signals.stream().filter(PolicySignal::background).map(SeedArticlesTest::key).toList();

        // then
        assertThat(background).contains(
                "us|ENTITY_LIST|company:huawei",
                "us|EXPORT_RESTRICTION|company:huawei",
                "us|EXPORT_RESTRICTION|null",
                "us|EXPORT_RESTRICTION|chip:nvidia-h20",
                "us|EXPORT_EASING|chip:nvidia-h20",
                "cn|MATERIALS_CONTROL|null",
                "us|TRADE_TRUCE|null");
    }

    /** Jurisdiction (from the regulator id), action and main target: the shape of an alert key. */
    private static String key(PolicySignal s) {
        String jurisdiction = s.actor().substring("regulator:".length(), s.actor().indexOf('-'));
        return jurisdiction + "|" + s.action() + "|" + (s.targets().isEmpty() ? null : s.targets().get(0));
    }
}
