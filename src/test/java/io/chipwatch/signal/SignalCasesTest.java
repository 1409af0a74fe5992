package io.chipwatch.signal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.chipwatch.article.Article;
import io.chipwatch.article.SeedFormat;
import io.chipwatch.tag.Mention;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven tests of the detector: every case of {@code signals/cases.yaml} (English and French
 * sentences in news style about real 2022-2026 events, the seed articles' sentences, and chip news
 * that must raise nothing).
 */
class SignalCasesTest {

    private static final SignalDetector DETECTOR = new SignalDetector(SignalRules.loadDefault());

    static Stream<SignalCase> cases() throws IOException {
        try (InputStream in = SignalCasesTest.class.getResourceAsStream("/signals/cases.yaml")) {
            List<SignalCase> all = new ObjectMapper(new YAMLFactory())
                    .readValue(Objects.requireNonNull(in, "signals/cases.yaml"), new TypeReference<List<SignalCase>>() { });
            return all.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldFindExactlyTheExpectedSignals(SignalCase c) {
        // given
        Instant published = c.published() == null ? null : SeedFormat.parseInstant(c.published(), c.name());
        Article article = GivenArticle.article(c.text(), c.title(), published);
        List<Mention> mentions = GivenArticle.mentions(c.text(), c.mentions() == null ? List.of() : c.mentions());

        // when
        List<PolicySignal> signals = DETECTOR.signalsIn(article, mentions);

        // then
        List<SignalCase.Expected> expected = c.expect() == null ? List.of() : c.expect();
        for (SignalCase.Expected e : expected) {
            assertThat(signals).as("signals of '%s'", c.name())
                    .anySatisfy(s -> {
                        assertThat(s.actor()).isEqualTo(e.actor());
                        assertThat(s.action().name()).isEqualTo(e.action());
                        assertThat(s.targets().isEmpty() ? null : s.targets().get(0)).isEqualTo(e.target());
                        if (e.targets() != null) {
                            assertThat(s.targets()).containsExactlyElementsOf(e.targets());
                        }
                        assertThat(s.background()).isEqualTo(e.isBackground());
                        assertThat(SignalDetector.isAlertable(s)).isEqualTo(e.isAlert());
                    });
        }
        List<String> alerts = signals.stream().filter(SignalDetector::isAlertable).map(SignalCasesTest::key).distinct().toList();
        List<String> expectedAlerts = expected.stream().filter(SignalCase.Expected::isAlert)
                .map(e -> e.actor() + "|" + e.action() + "|" + e.target()).distinct().toList();
        assertThat(alerts).as("alertable signals of '%s': %s", c.name(), signals)
                .containsExactlyInAnyOrderElementsOf(expectedAlerts);
    }

    private static String key(PolicySignal s) {
        return s.actor() + "|" + s.action() + "|" + (s.targets().isEmpty() ? null : s.targets().get(0));
    }
}
