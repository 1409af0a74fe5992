package io.chipwatch.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignalRulesTest {

    @TempDir
    Path dir;

    @Test
    void shouldLoadTheSeedRulesWithAnEnglishAndAFrenchRuleForEveryAction() {
        // given
        Path seeds = Path.of(SignalRules.DEFAULT_PATH);

        // when
        SignalRules rules = SignalRules.load(seeds);

        // then
        for (String lang : List.of("en", "fr")) {
            Set<Action> covered = rules.rules().stream().filter(r -> lang.equals(r.lang()))
                    .map(SignalRule::action).collect(Collectors.toSet());
            assertThat(covered).as(lang).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Action.class));
        }
    }

    @Test
    void shouldNameTheFileAndLineOfABrokenRegex() throws IOException {
        // given
        Path file = withRules("""
                  - id: en-broken
                    lang: en
                    action: EXPORT_RESTRICTION
                    trigger: '\\b(banned'
                """);

        // when / then
        assertThatThrownBy(() -> SignalRules.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ":")
                .hasMessageContaining("rule en-broken: trigger is not a valid regular expression");
    }

    @Test
    void shouldRejectAnActionOutsideTheVocabulary() throws IOException {
        // given
        Path file = withRules("""
                  - id: en-sanction
                    action: SANCTION
                    trigger: 'sanctioned'
                """);

        // when / then
        assertThatThrownBy(() -> SignalRules.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("(?s).*signals\\.yaml:\\d+: .*SANCTION.*");
    }

    @Test
    void shouldRejectTwoRulesWithTheSameId() throws IOException {
        // given
        Path file = withRules("""
                  - id: en-ban
                    action: EXPORT_RESTRICTION
                    trigger: 'banned'
                  - id: en-ban
                    action: EXPORT_EASING
                    trigger: 'lifted'
                """);

        // when / then
        assertThatThrownBy(() -> SignalRules.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rule id 'en-ban' is used twice");
    }

    @Test
    void shouldRejectARuleWhoseTriggerIsMisspelled() throws IOException {
        // given
        Path file = withRules("""
                  - id: en-ban
                    action: EXPORT_RESTRICTION
                    triger: 'banned'
                """);

        // when / then
        assertThatThrownBy(() -> SignalRules.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("(?s).*signals\\.yaml:\\d+: .*'trigger'.*");
    }

    @Test
    void shouldFallBackToTheBundledCopyOnTheClasspath() {
        // given a working directory without seeds/
        Path missing = dir.resolve(SignalRules.DEFAULT_PATH);

        // when
        SignalRules rules = SignalRules.loadDefault(missing);

        // then
        assertThat(rules.rules()).extracting(SignalRule::id)
                .containsExactlyElementsOf(SignalRules.load(Path.of(SignalRules.DEFAULT_PATH)).rules().stream().map(SignalRule::id).toList());
    }

    /** The seed file's header with its rules replaced by {@code rules}. */
    private Path withRules(String rules) throws IOException {
        String seed = Files.readString(Path.of(SignalRules.DEFAULT_PATH));
        String header = seed.substring(0, seed.indexOf("\nrules:") + "\nrules:\n".length());
        Path file = dir.resolve("signals.yaml");
        Files.writeString(file, header + rules);
        return file;
    }
}
